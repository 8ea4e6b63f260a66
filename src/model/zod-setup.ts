import * as z from 'zod/mini';

/**
 * zod 4 compiles object parsers with `new Function` after probing whether eval is allowed.
 * The page's Content-Security-Policy forbids eval, so the probe only produces a CSP report;
 * parsing without it is what the app does anyway. Imported first by `schema.ts`, so it runs
 * before any schema exists, in the page and in every worker.
 */
z.config({ jitless: true });

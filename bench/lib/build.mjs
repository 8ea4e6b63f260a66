import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/**
 * Builds the production app into a private folder (not dist/, which other tools rebuild
 * concurrently). Uses the project's vite.config.ts; typechecking is `npm run build`'s job.
 * @param {string} root repository root
 * @param {string} outDir
 */
export async function buildApp(root, outDir, { minify = true } = {}) {
  // minify: false keeps function names readable in CPU profiles taken by hand; its timings are not comparable.
  // 'error': the bundler's plugin-timing notes are noise here.
  await build({
    root,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) },
  });
}

/**
 * Bundles the pure generator and layout modules for Node, so the bench needs no TS runner.
 * @param {string} root repository root
 * @param {string} outDir
 * @returns {Promise<{ generateChart: (n: number, seed?: number) => any, layoutChart: (chart: any, options?: any) => any }>}
 */
export async function bundlePureModules(root, outDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      lib: {
        entry: { generate: 'src/model/generate-chart.ts', layout: 'src/layout/tree-layout.ts' },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
    },
  });
  // A query string makes a rebuilt bundle load fresh even within one Node process.
  const bust = `?t=${Date.now()}`;
  const generate = await import(pathToFileURL(join(outDir, 'generate.mjs')).href + bust);
  const layout = await import(pathToFileURL(join(outDir, 'layout.mjs')).href + bust);
  return { generateChart: generate.generateChart, layoutChart: layout.layoutChart };
}

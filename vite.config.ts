/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The one inline `<style>` the built app makes: Radix's scroll lock (react-remove-scroll-bar
 * 2.3.x) while a dialog or menu is open, for a page without a scroll bar (this app's body never
 * scrolls, so the measured gap is 0 and the text never changes). Its hash lets the policy drop
 * `'unsafe-inline'`; `storage-reload.spec.ts` opens a dialog, hashes the element the page really
 * got and fails (naming the new hash) if a dependency update changes it. The print view uses a
 * constructed style sheet (CSSOM, which style-src does not gate); the dev server keeps
 * `'unsafe-inline'` for Vite's injected styles.
 */
export const SCROLL_LOCK_STYLE_HASH = "'sha256-nzTgYzXYDNe6BAHiiI7NNlfK8n/auuOAhh2t92YvuXo='";

/**
 * The dev server's hot reload needs a WebSocket; the built app makes no connection at all,
 * so the build's policy drops that allowance, and inline styles but the one above.
 */
const buildCsp: Plugin = {
  name: 'opschart-build-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html
      .replace(/ ws:\/\/127\.0\.0\.1:\* ws:\/\/localhost:\*/, '')
      .replace("style-src 'self' 'unsafe-inline'", `style-src 'self' ${SCROLL_LOCK_STYLE_HASH}`),
};

export default defineConfig({
  plugins: [react(), tailwindcss(), buildCsp],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  test: {
    css: false,
    // Pure modules run in plain Node: no DOM to set up, and a faster run.
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          include: ['tests/unit/model/**/*.test.ts', 'tests/unit/layout/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
          exclude: ['tests/unit/model/**', 'tests/unit/layout/**'],
        },
      },
    ],
  },
});

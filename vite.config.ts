/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The dev server's hot reload needs a WebSocket; the built app makes no connection at all,
 * so the build's policy drops that allowance. (Inline `<style>` stays: Radix's scroll lock
 * and the print view insert style elements, and a static page has no server to add a nonce.)
 */
const buildCsp: Plugin = {
  name: 'opschart-build-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace(/ ws:\/\/127\.0\.0\.1:\* ws:\/\/localhost:\*/, ''),
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

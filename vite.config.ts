/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
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

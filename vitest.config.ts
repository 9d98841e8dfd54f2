import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    // The site's Python programs run through their own config (vitest.python.config.ts): minutes, not seconds.
    exclude: ['test/python/**', '**/node_modules/**'],
    // Content builds run Astro in child processes; two at a time fits a 2-core machine.
    maxWorkers: 2,
  },
});

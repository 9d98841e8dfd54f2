import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Runs every Python program on the site (test/python): `npm run examples`, and a step of `npm test`. One test
 * file; its programs run two at a time (one per core), each as a concurrent test.
 */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/python/**/*.test.ts'],
    maxWorkers: 1,
    maxConcurrency: 2,
  },
});

import { defineConfig } from 'vitest/config';
import { sourceAliases } from './vitest.config.js';

/**
 * `npm run test:browser`: tests that drive headless Chromium (the system's
 * Debian `chromium` through playwright-core; no browser is downloaded).
 * They run in Node and open pages in the browser, so they stay out of
 * `npm test`.
 */
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time is plenty, and kinder to small CI machines.
    fileParallelism: false,
  },
});

import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../vitest.config.js';

/**
 * `npm run test:package`: packs the package and installs it into temporary
 * projects. Slow and needs the npm registry, so it stays out of `npm test`.
 */
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

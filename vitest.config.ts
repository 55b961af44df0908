import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `coproduce` and its subpaths (`coproduce/node`, `/report`, `/schemas`,
 * `/testing`) resolve to the sources, as tsconfig.json's
 * `paths` do for tsc and tsx, so examples and tests import the package the
 * way users do without a build. `npm run test:package` covers the build.
 */
export const sourceAliases = [
  { find: /^coproduce$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  {
    find: /^coproduce\/node$/,
    replacement: fileURLToPath(new URL('./src/node/index.ts', import.meta.url)),
  },
  {
    find: /^coproduce\/report$/,
    replacement: fileURLToPath(new URL('./src/report/index.ts', import.meta.url)),
  },
  {
    find: /^coproduce\/schemas$/,
    replacement: fileURLToPath(new URL('./src/schemas.ts', import.meta.url)),
  },
  {
    find: /^coproduce\/testing$/,
    replacement: fileURLToPath(new URL('./src/testing.ts', import.meta.url)),
  },
];

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    // Browser tests run under `npm run test:browser`; the pack test under `npm run test:package`.
    exclude: ['test/browser/**', 'test/package/**', '**/node_modules/**'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 30_000,
  },
});

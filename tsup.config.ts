import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The `.` entry must run in a browser, so it is built for a neutral platform:
  // a stray Node built-in import fails the build instead of shipping.
  platform: 'neutral',
  treeshake: true,
  // One copy of the core shared by both entries, in CJS too, so a CoproduceError
  // thrown by coproduce/node is an instance of the one coproduce exports.
  splitting: true,
});

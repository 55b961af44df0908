import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schemas: 'src/schemas.ts',
      report: 'src/report/index.ts',
      testing: 'src/testing.ts',
      node: 'src/node/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Both builds run at once: leave the CLI's file to its own build.
    clean: ['!cli.js', '!portfolio-worker.js'],
    target: 'node20',
    // Every entry but `./node` must run in a browser, so all are built for a neutral platform:
    // a stray Node built-in import fails the build instead of shipping.
    platform: 'neutral',
    treeshake: true,
    // One copy of the core shared by all entries, in CJS too, so a CoproduceError
    // thrown by coproduce/node is an instance of the one coproduce exports.
    splitting: true,
  },
  {
    // The `coproduce` command (package.json "bin"): one ESM file for Node with its
    // dependencies bundled in, which starts about 40 ms faster than resolving and
    // loading zod, immer and json-rules-engine file by file (see bench/cli.ts).
    // The worker of `coproduce check --threads` is its own file beside it
    // (src/cli/portfolio-pool.ts looks for it there).
    entry: { cli: 'src/cli/main.ts', 'portfolio-worker': 'src/cli/portfolio-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
    noExternal: [/.*/],
    // The bundled CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __coproduceRequire } from 'node:module';",
        'const require = __coproduceRequire(import.meta.url);',
      ].join('\n'),
    },
  },
]);

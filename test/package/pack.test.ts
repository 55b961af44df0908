/**
 * The package as a user installs it (`npm run test:package`, after `npm run
 * build`): `npm pack`, then install the tarball with its dependencies into
 * fresh projects in a temporary folder and use it from ES modules, from
 * CommonJS, from TypeScript with `moduleResolution` `node16` and `bundler`,
 * and through the `coproduce` command.
 *
 * Installing needs the npm registry for the dependencies (zod, immer,
 * json-rules-engine); TypeScript and @types/node come from this repository.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type CheckReport, check } from 'coproduce';
import { loadProjectFile } from 'coproduce/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareReadmeLine, readmeArgs, readmeCommandLines } from '../support/readme-lines.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = '2026-11-20T12:00:00Z';
const PROJECT = join(ROOT, 'examples', 'projects', 'mid-way.json');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const run = promisify(execFile);

/** The subpath entries besides the root, as package.json's "exports" names them. */
const SUBPATHS = ['schemas', 'report', 'testing', 'node'] as const;

/**
 * One use of each browser subpath that must work in every module system: a
 * schema parses, a formatter formats the report, and testRule runs a rule.
 * `report` is the check's report; prints one JSON line.
 */
const subpathUse = (report: string) => [
  "const schemaOk = ProjectSchema.safeParse({}).success === false && 'properties' in ruleJsonSchema();",
  `const text = formatReportText(${report});`,
  "await testRule('ideas-recorded', {",
  "  valid: [{ project: minimalProject({ ideas: [{ id: 'i-1', summary: 'Evening sessions', raisedOn: '2025-05-01', status: 'open' }] }) }],",
  '  needsReview: [{ project: minimalProject() }],',
  '});',
  'console.log(JSON.stringify({ schemaOk, text: text.length > 0, tested: true }));',
];
const SUBPATH_OUTPUT = { schemaOk: true, text: true, tested: true };
const SUBPATH_IMPORTS = {
  schemas: ['ProjectSchema', 'ruleJsonSchema'],
  report: ['formatReportText'],
  testing: ['minimalProject', 'testRule'],
} as const;
const esmImports = () =>
  Object.entries(SUBPATH_IMPORTS).map(
    ([sub, names]) => `import { ${names.join(', ')} } from 'coproduce/${sub}';`,
  );
const cjsRequires = () =>
  Object.entries(SUBPATH_IMPORTS).map(
    ([sub, names]) => `const { ${names.join(', ')} } = require('coproduce/${sub}');`,
  );

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

let work: string;
let tarball: string;
let packed: PackedFile[];
let expected: CheckReport;
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin?: Record<string, string>;
  files: string[];
};

async function sh(command: string, args: readonly string[], cwd: string) {
  try {
    return await run(command, args, { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${e.stderr ?? ''}${e.stdout ?? ''}`,
    );
  }
}

/** A fresh project in the work folder with the packed tarball installed. */
async function consumer(name: string, packageJson: Record<string, unknown>): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', private: true, ...packageJson }, null, 2),
  );
  await sh('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], dir);
  return dir;
}

/** The check a consumer runs, in its own module system: prints the report's counts as JSON. */
const summary = (report: string) =>
  `JSON.stringify({ issues: ${report}.issues.length, bySeverity: ${report}.counts.bySeverity, reportVersion: ${report}.reportVersion })`;

function expectedSummary() {
  return {
    issues: expected.issues.length,
    bySeverity: expected.counts.bySeverity,
    reportVersion: expected.reportVersion,
  };
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run "npm run build" before "npm run test:package"');
  }
  expected = await check(await loadProjectFile(PROJECT), { now: NOW });
  work = await mkdtemp(join(tmpdir(), 'coproduce-pack-'));
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  const [info] = JSON.parse(stdout) as [{ filename: string; files: PackedFile[] }];
  tarball = join(work, info.filename);
  packed = info.files;
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds dist, rules, schemas and the README, and nothing else of size', () => {
    const tops = new Set(packed.map((file) => file.path.split('/')[0]));
    // node/package.json (and report/, testing/ and schemas/package.json) point
    // TypeScript's old node10 resolution, which ignores "exports", at each
    // subpath's types.
    expect([...tops].sort()).toEqual([
      'README.md',
      'dist',
      'node',
      'package.json',
      'report',
      'rules',
      'schemas',
      'testing',
    ]);
    for (const sub of ['node', 'report', 'testing']) {
      expect(packed.filter((f) => f.path.startsWith(`${sub}/`)).map((f) => f.path)).toEqual([
        `${sub}/package.json`,
      ]);
    }
    expect(packed.map((f) => f.path)).toContain('schemas/package.json');
    for (const entry of ['index', ...SUBPATHS]) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) {
        expect(packed.map((f) => f.path)).toContain(`dist/${entry}.${ext}`);
      }
    }
    expect(packed.map((f) => f.path)).toContain('schemas/config.schema.json');
    expect(packed.map((f) => f.path)).toContain('rules/questions.json');
    const others = packed.filter((f) => !/^(dist|rules|schemas)\//.test(f.path));
    expect(others.reduce((sum, f) => sum + f.size, 0)).toBeLessThan(50_000);
    expect(statSync(tarball).size).toBeLessThan(5_000_000);
  });
});

describe('installed from the tarball', () => {
  let plain: string;

  beforeAll(async () => {
    plain = await consumer('plain-js', { type: 'commonjs' });
  }, 300_000);

  it('imports from ES modules and runs a check', async () => {
    await writeFile(
      join(plain, 'check.mjs'),
      [
        "import { check } from 'coproduce';",
        "import { loadProjectFile } from 'coproduce/node';",
        `const report = await check(await loadProjectFile(${JSON.stringify(PROJECT)}), { now: '${NOW}' });`,
        `console.log(${summary('report')});`,
      ].join('\n'),
    );
    const { stdout } = await sh(process.execPath, ['check.mjs'], plain);
    expect(JSON.parse(stdout)).toEqual(expectedSummary());
  });

  it('imports every browser subpath from ES modules', async () => {
    await writeFile(
      join(plain, 'subpaths.mjs'),
      [
        "import { check } from 'coproduce';",
        "import { loadProjectFile } from 'coproduce/node';",
        ...esmImports(),
        `const report = await check(await loadProjectFile(${JSON.stringify(PROJECT)}), { now: '${NOW}' });`,
        ...subpathUse('report'),
      ].join('\n'),
    );
    const { stdout } = await sh(process.execPath, ['subpaths.mjs'], plain);
    expect(JSON.parse(stdout)).toEqual(SUBPATH_OUTPUT);
  });

  it('requires every browser subpath from CommonJS, sharing one CoproduceError', async () => {
    await writeFile(
      join(plain, 'subpaths.cjs'),
      [
        "const { check, CoproduceError } = require('coproduce');",
        "const node = require('coproduce/node');",
        ...cjsRequires(),
        "const { parseReport } = require('coproduce/report');",
        '(async () => {',
        `  const report = await check(await node.loadProjectFile(${JSON.stringify(PROJECT)}), { now: '${NOW}' });`,
        "  try { parseReport('not json'); throw new Error('parseReport accepted text that is not JSON'); }",
        '  catch (error) { if (!(error instanceof CoproduceError)) throw error; }',
        ...subpathUse('report').map((line) => `  ${line}`),
        '})();',
      ].join('\n'),
    );
    const { stdout } = await sh(process.execPath, ['subpaths.cjs'], plain);
    expect(JSON.parse(stdout)).toEqual(SUBPATH_OUTPUT);
  });

  it('requires from CommonJS and runs a check, with one CoproduceError for both entries', async () => {
    await writeFile(
      join(plain, 'check.cjs'),
      [
        "const { check, CoproduceError } = require('coproduce');",
        "const node = require('coproduce/node');",
        'if (node.CoproduceError !== CoproduceError) throw new Error("two CoproduceError classes");',
        '(async () => {',
        `  const report = await check(await node.loadProjectFile(${JSON.stringify(PROJECT)}), { now: '${NOW}' });`,
        `  console.log(${summary('report')});`,
        '})();',
      ].join('\n'),
    );
    const { stdout } = await sh(process.execPath, ['check.cjs'], plain);
    expect(JSON.parse(stdout)).toEqual(expectedSummary());
  });

  it('ships the schemas where the guides point editors', () => {
    for (const schema of ['config', 'rule', 'project', 'report']) {
      const file = join(plain, 'node_modules', 'coproduce', 'schemas', `${schema}.schema.json`);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('runs the coproduce command', async () => {
    expect(pkg.bin?.coproduce, 'package.json "bin"').toBeDefined();
    const bin = join(plain, 'node_modules', '.bin', 'coproduce');
    const version = await sh(bin, ['--version'], plain);
    expect(version.stdout.trim()).toBe(pkg.version);
    const { stdout } = await sh(bin, ['check', PROJECT, '--as-of', NOW, '--format', 'json'], plain);
    const report = JSON.parse(stdout) as CheckReport;
    expect({
      issues: report.issues.length,
      bySeverity: report.counts.bySeverity,
      reportVersion: report.reportVersion,
    }).toEqual(expectedSummary());
  });

  it('runs the README’s command-line lines as written, in a fresh folder', async () => {
    const bin = join(plain, 'node_modules', '.bin', 'coproduce');
    const dir = join(plain, 'readme');
    await mkdir(dir);
    const lines = readmeCommandLines();
    expect(lines[0]).toBe('coproduce init');
    for (const line of lines) {
      await prepareReadmeLine(
        line,
        dir,
        async () => (await sh(bin, ['check', 'project.json', '--format', 'json'], dir)).stdout,
      );
      const args = readmeArgs(line, dir);
      // sh throws, with what the command printed, when it exits with anything but 0.
      const { stdout, stderr } = await sh(bin, args, dir);
      expect(stderr.replace(/^Wrote the .+\n$/, ''), line).toBe('');
      const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
      if (out !== undefined) expect(existsSync(join(dir, out)), line).toBe(true);
      else expect(stdout.length, line).toBeGreaterThan(0);
    }
  }, 300_000);
});

describe.each([
  {
    resolution: 'node16',
    type: 'module',
    compilerOptions: { module: 'node16', moduleResolution: 'node16' },
    // Under node16 a .cts file is CommonJS: it gets the package's require types.
    files: ['esm.ts', 'cjs.cts'],
  },
  {
    resolution: 'node10',
    type: 'commonjs',
    // As `tsc --init` sets it; zod's own declarations need it under node10.
    compilerOptions: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true },
    files: ['cjs.cts'],
  },
  {
    resolution: 'bundler',
    type: 'module',
    compilerOptions: { module: 'preserve', moduleResolution: 'bundler' },
    files: ['esm.ts'],
  },
])(
  'from TypeScript with moduleResolution $resolution',
  ({ resolution, type, compilerOptions, files }) => {
    let dir: string;

    beforeAll(async () => {
      dir = await consumer(`ts-${resolution}`, { type });
      const body = [
        `const report: CheckReport = await check(await loadProjectFile(${JSON.stringify(PROJECT)}), { now: '${NOW}' });`,
        'const first: FlaggedIssue | undefined = report.issues[0];',
        "const severity: Severity = first?.severity ?? 'info';",
        'if (!SEVERITIES.includes(severity)) throw new Error(severity);',
        // Each browser subpath, with a type from it, as TypeScript resolves it.
        'const options: TextReportOptions = {};',
        'const text: string = formatReportText(report, options);',
        'const id: MemberId = MemberIdSchema.parse("m-01");',
        "const cases: RuleTestCases = { needsReview: [{ project: minimalProject() }], valid: [{ project: minimalProject({ ideas: [{ id: 'i-1', summary: 'Evening sessions', raisedOn: '2025-05-01', status: 'open' }] }) }] };",
        "await testRule('ideas-recorded', cases);",
        'if (text.length === 0 || id !== "m-01") throw new Error("subpaths");',
        `console.log(${summary('report')});`,
      ];
      const imports = [
        "import { type CheckReport, check, type FlaggedIssue, SEVERITIES, type Severity } from 'coproduce';",
        "import { loadProjectFile } from 'coproduce/node';",
        "import { formatReportText, type TextReportOptions } from 'coproduce/report';",
        "import { type MemberId, MemberIdSchema } from 'coproduce/schemas';",
        "import { minimalProject, type RuleTestCases, testRule } from 'coproduce/testing';",
      ];
      await writeFile(join(dir, 'esm.ts'), [...imports, ...body].join('\n'));
      await writeFile(
        join(dir, 'cjs.cts'),
        [
          ...imports,
          'async function main() {',
          ...body.map((line) => `  ${line}`),
          '}',
          'void main();',
        ].join('\n'),
      );
      await writeFile(
        join(dir, 'tsconfig.json'),
        JSON.stringify(
          {
            compilerOptions: {
              ...compilerOptions,
              target: 'ES2022',
              strict: true,
              exactOptionalPropertyTypes: true,
              // Check the package's own declaration files too.
              skipLibCheck: false,
              outDir: 'out',
              types: ['node'],
              typeRoots: [join(ROOT, 'node_modules', '@types')],
            },
            files,
          },
          null,
          2,
        ),
      );
    }, 300_000);

    it('type-checks (tsc --noEmit), then compiles and runs a check', async () => {
      await sh(process.execPath, [TSC, '--noEmit', '-p', '.'], dir);
      // The declaration files were checked above; emitting need not check them again.
      await sh(process.execPath, [TSC, '-p', '.', '--skipLibCheck'], dir);
      for (const file of files) {
        const output = join('out', file.replace(/\.ts$/, '.js').replace(/\.cts$/, '.cjs'));
        const { stdout } = await sh(process.execPath, [output], dir);
        expect(JSON.parse(stdout), output).toEqual(expectedSummary());
      }
    }, 120_000);
  },
);

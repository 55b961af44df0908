/**
 * Running the command line in tests: in-process through `main(argv, io)`
 * with real files in a temporary folder, capturing what it prints. Tests
 * that need the process boundary (exit codes, stack traces, the built bin)
 * spawn it instead; see process.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, main } from '../../src/cli/main.js';

/** Every command of the command line, as `coproduce --help` lists them. */
export const COMMANDS = [
  'check',
  'validate',
  'rules',
  'explain',
  'questions',
  'facts',
  'init',
  'schema',
  'test',
] as const;

/** The moment the bundled examples are written for, as `--as-of` takes it. */
export const AS_OF = '2026-11-20';

/** What one run printed and its exit code. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link run}: the folder to run in and how the terminal looks. */
export interface RunOptions {
  readonly cwd: string;
  readonly env?: Record<string, string | undefined>;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Runs `coproduce <argv>` in-process. */
export async function run(argv: readonly string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
      isTTY: options.isTTY ?? false,
      columns: options.columns,
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
    env: options.env ?? {},
    cwd: options.cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A rule file whose condition uses an operator that does not exist. */
export const UNKNOWN_OPERATOR_RULE = {
  $schema: '../schemas/rule.schema.json',
  id: 'minutes-published',
  set: 'council',
  version: 1,
  title: 'Minutes are not published',
  questions: ['governance.information-flow'],
  section: 'Governance',
  scope: 'project',
  severity: 'warning',
  conditions: { all: [{ fact: 'activeMemberCount', operator: 'biggerThan', value: 3 }] },
  messages: { flagged: 'There are {activeMemberCount} members.', action: 'Publish the minutes.' },
  rationale: 'People outside the group should see what it decided.',
};

/** A council rule that works: flags projects with fewer than 100 active members. */
export const GOOD_RULE = {
  ...UNKNOWN_OPERATOR_RULE,
  id: 'small-group',
  title: 'The group is small',
  severity: 'info',
  conditions: { all: [{ fact: 'activeMemberCount', operator: 'lessThan', value: 100 }] },
  messages: { flagged: 'The group has {activeMemberCount} active members.', action: 'Grow it.' },
};

/**
 * A temporary folder of real files, written once per test file:
 * the example projects, broken and invalid files, rule files and
 * configurations, good and bad.
 */
export function createWorkspace(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'coproduce-cli-'));
  const write = (name: string, data: unknown) =>
    writeFileSync(
      join(dir, name),
      typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`,
    );
  for (const name of ['early-stage', 'mid-way', 'well-run']) {
    write(`${name}.json`, readFileSync(`examples/projects/${name}.json`, 'utf8'));
  }
  write('broken.json', '{\n  "schemaVersion": 2,\n  "id": "x",\n}\n');
  const midWay = JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8'));
  write('invalid-field.json', {
    ...midWay,
    stage: 'almost-done',
    group: {
      ...midWay.group,
      members: [
        { ...midWay.group.members[0], joined: '2026-02-30' },
        ...midWay.group.members.slice(1),
      ],
    },
  });
  write('minutes-published.json', UNKNOWN_OPERATOR_RULE);
  write('small-group.json', GOOD_RULE);
  write('council.json', {
    $schema: './node_modules/coproduce/schemas/config.schema.json',
    extends: ['coproduce:recommended'],
    ruleFiles: ['./small-group.json'],
    rules: {
      'meets-in-community': 'off',
      'quiet-members': { severity: 'error', parameters: { quietMeetings: 2 } },
    },
  });
  write('bad-rules.json', { ruleFiles: ['./minutes-published.json'] });
  write('extends-missing.json', { extends: ['coproduce:recommended', './no-such-base.json'] });
  write('empty-object.json', {});
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The lines of a text that are wider than a width, except a single unbreakable word. */
export function overlongLines(text: string, width: number): string[] {
  return text.split('\n').filter((line) => [...line].length > width && line.trim().includes(' '));
}

/**
 * `explain`, `rules` and `validate` print values from the data — a council
 * rule file's texts, a configuration's parameter values, file names, the
 * keys of a project — and each passes the same neutralising step as a
 * check report: no control character (a lone `\r` among them), escape
 * sequence or C1 control from the data reaches the terminal, and none
 * starts a line of its own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_RULE, type RunOptions, run } from './helpers.js';

/** Sets a window title, clears the screen, then starts a Markdown heading on a new line. */
const HOSTILE = '\u001b]0;x\u0007\u001b[2J\r## heading';
/** The C1 forms of CSI and OSC, and a bidi override. */
const HOSTILE_C1 = '\u009b2J\u009d0;y\u009c\u202e';

/** Anything a terminal would act on, apart from the line feeds that end lines. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Checks one command's output: no control character, and no line the data began. */
function expectSafe(output: string): void {
  expect(output.length).toBeGreaterThan(0);
  expect(output).not.toMatch(CONTROL);
  for (const line of output.split('\n')) expect(line.trimStart()).not.toMatch(/^## heading/);
}

const HOSTILE_RULE = {
  ...GOOD_RULE,
  id: 'hostile-title',
  title: `Title ${HOSTILE} ${HOSTILE_C1}`,
  section: `Section ${HOSTILE}`,
  rationale: `Rationale ${HOSTILE} ${HOSTILE_C1}`,
  evidence: `Evidence ${HOSTILE}`,
  parameters: {
    label: {
      type: 'string',
      default: 'plain',
      description: `Description ${HOSTILE}`,
      unit: `unit${HOSTILE_C1}`,
    },
  },
  messages: {
    flagged: `Flagged ${HOSTILE} {activeMemberCount}`,
    needsReview: `Review ${HOSTILE_C1}`,
    action: `Action ${HOSTILE}`,
  },
};

let dir: string;
let at: RunOptions;
const CONFIG = `council${HOSTILE_C1}.json`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'coproduce-cli-safe-'));
  at = { cwd: dir };
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'hostile-title.json'), JSON.stringify(HOSTILE_RULE));
  const config = {
    ruleFiles: ['./rules'],
    // A section of the council's own must be declared, or it is refused as a likely typo.
    sections: [`Section ${HOSTILE}`],
    rules: { 'hostile-title': { parameters: { label: `Value ${HOSTILE}` } } },
  };
  writeFileSync(join(dir, CONFIG), JSON.stringify(config));
  // The same, but a message names a placeholder the rule does not have, written with controls.
  writeFileSync(
    join(dir, 'broken.json'),
    JSON.stringify({
      ruleFiles: ['./rules'],
      rules: {
        'hostile-title': { messages: { action: `Do {x${HOSTILE}} and {unknownThing}` } },
      },
    }),
  );
  // A project with a key that holds controls.
  writeFileSync(
    join(dir, 'project.json'),
    JSON.stringify({ schemaVersion: 2, title: 'A project', [`key${HOSTILE}${HOSTILE_C1}`]: 1 }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('values from the data reach the terminal as plain text', () => {
  it('coproduce explain: the rule texts, parameter values and the file name', async () => {
    const { code, stdout, stderr } = await run(
      ['explain', 'hostile-title', '--config', CONFIG],
      at,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectSafe(stdout);
    // What is left of each value is shown, as text.
    expect(stdout).toContain(']0;x[2J ## heading');
    expect(stdout).toContain('Value ]0;x[2J ## heading');
    expect(stdout).toContain('Rationale ]0;x[2J ## heading 2J0;y');
    expect(stdout).toContain('Defined in rules/hostile-title.json');
  });

  it('coproduce rules: the rule titles, parameter values and the configuration file name', async () => {
    const { code, stdout } = await run(['rules', '--config', CONFIG], at);
    expect(code).toBe(0);
    expectSafe(stdout);
    expect(stdout).toContain('Title ]0;x[2J ## heading 2J0;y');
    expect(stdout).toMatch(/from coproduce:recommended, council2J0;y\.json/);
    expect(stdout).toContain('label = Value ]0;x[2J ## heading');
  });

  it('coproduce validate: file names, problem messages and the keys of a project', async () => {
    const valid = await run(['validate', CONFIG, 'rules/hostile-title.json'], at);
    expect(valid.code).toBe(0);
    expectSafe(valid.stdout);
    expect(valid.stdout).toContain('council2J0;y.json: valid configuration');

    const broken = await run(['validate', 'broken.json', 'project.json'], at);
    expect(broken.code).toBe(2);
    expectSafe(broken.stdout);
    expect(broken.stdout).toContain('unknown placeholder');
    expect(broken.stdout).toMatch(/project\.json(, line \d+)?: .*key.*: unknown field/);
  });

  it('errors on standard error: a rule id typed with controls, and a broken configuration', async () => {
    const missing = await run(['explain', `no-such-rule${HOSTILE}`], at);
    expect(missing.code).toBe(2);
    expectSafe(missing.stderr);
    expect(missing.stderr).toContain('there is no rule "no-such-rule]0;x[2J ## heading"');

    const broken = await run(['rules', '--config', 'broken.json'], at);
    expect(broken.code).toBe(2);
    expectSafe(broken.stderr);
    expect(broken.stderr).toContain('unknown placeholder');

    const option = await run(['rules', `--${HOSTILE}`], at);
    expect(option.code).toBe(2);
    expectSafe(option.stderr);
  });
});

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli/main.js';
import { builtinPresets, builtinRules, createRuleSet, parseProject } from '../../src/index.js';
import { COMMANDS, createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
});
afterAll(() => cleanup());

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const recommended = builtinPresets().get('recommended')?.rules as readonly string[];

describe('help and version', () => {
  it('prints --help for coproduce and for every command, exit 0', async () => {
    const top = await run(['--help'], at);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Usage: coproduce <command> [options]');
    for (const command of COMMANDS) {
      expect(top.stdout).toContain(`  ${command} `);
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const { code, stdout, stderr } = await run(args, at);
        expect(code, args.join(' ')).toBe(0);
        expect(stderr).toBe('');
        expect(stdout).toMatch(new RegExp(`^Usage: coproduce ${command}`));
        for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
      }
    }
  });

  it('prints the version', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await run([flag], at)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('treats no command and an unknown command as usage errors', async () => {
    const none = await run([], at);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: coproduce <command>');
    const typo = await run(['chek', 'project.json'], at);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'coproduce: unknown command "chek"; did you mean "check"?\nRun "coproduce --help" to see how to use it.\n',
    );
    expect((await run(['--format', 'json'], at)).code).toBe(2);
    expect((await run(['help', 'nothing'], at)).code).toBe(2);
  });
});

describe('coproduce rules', () => {
  it('lists the recommended rules with set, severity, question and parameters', async () => {
    const { code, stdout } = await run(['rules'], at);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `${recommended.length} rules in force, from coproduce:recommended.`,
    );
    expect(stdout).toContain('\nreadiness (');
    expect(stdout).toMatch(/^ {2}quiet-members · warning$/m);
    expect(stdout).toContain('Question: during.everyone-contributes — ');
    expect(stdout).toContain('Parameters: quietMeetings = 3 meetings');
    expect(stdout).toMatch(/Switched off \(\d+\): /);
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('shows a configuration: switched off, severities, changed parameters, custom rules', async () => {
    const { code, stdout } = await run(['rules', '--config', 'council.json'], at);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `${recommended.length} rules in force, from coproduce:recommended, council.json.`,
    );
    expect(stdout).toMatch(/^ {2}quiet-members · error$/m);
    expect(stdout).toContain('Parameters: quietMeetings = 2 meetings (default 3)');
    expect(stdout).toMatch(/^ {2}small-group · info · custom$/m);
    expect(stdout).not.toMatch(/^ {2}meets-in-community /m);
    expect(stdout).toMatch(/Switched off \(\d+\): .*meets-in-community/s);
  });

  it('prints JSON with --format json', async () => {
    const { stdout } = await run(['rules', '--format', 'json', '--config', 'council.json'], at);
    const data = JSON.parse(stdout) as {
      rules: { id: string; severity: string; parameters: Record<string, { value: unknown }> }[];
      off: string[];
    };
    const quiet = data.rules.find((r) => r.id === 'quiet-members');
    expect(quiet?.severity).toBe('error');
    expect(quiet?.parameters.quietMeetings?.value).toBe(2);
    expect(data.off).toContain('meets-in-community');
    expect(data.rules.length + data.off.length).toBe(builtinRules().size + 1);
  });

  it('refuses a bad configuration with exit 2', async () => {
    const { code, stderr } = await run(['rules', '--config', 'extends-missing.json'], at);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'extends-missing.json, line 4: extends entry 2: names "./no-such-base.json"',
    );
    expect((await run(['rules', 'quiet-members'], at)).code).toBe(2);
  });
});

describe('the listing commands (rules, questions, facts)', () => {
  it('take the same --format: -f json is JSON, text is the default, anything else is refused alike', async () => {
    for (const command of ['rules', 'questions', 'facts']) {
      const json = await run([command, '-f', 'json', '--no-config'], at);
      expect(json.code, command).toBe(0);
      expect(() => JSON.parse(json.stdout), command).not.toThrow();
      const text = await run([command, '--no-config'], at);
      expect(text.stdout, command).toBe(
        (await run([command, '--format', 'text', '--no-config'], at)).stdout,
      );
      expect(text.stdout.trimStart().startsWith('{'), command).toBe(false);
      const refused = await run([command, '--format', 'xml', '--no-config'], at);
      expect(refused.code, command).toBe(2);
      expect(refused.stderr, command).toContain('--format must be one of text, json, not "xml"');
    }
  });
});

describe('coproduce explain', () => {
  it('explains a rule: question, why, what flags it, facts, parameters, how to resolve', async () => {
    const { code, stdout } = await run(['explain', 'quiet-members'], at);
    expect(code).toBe(0);
    const rule = builtinRules().get('quiet-members')!;
    expect(stdout.split('\n')[0]).toBe(`quiet-members: ${rule.title}`);
    for (const heading of [
      'The framework question',
      'Why it matters',
      'What flags it',
      'Facts it reads',
      'Parameters',
      'Messages',
      'How to resolve it',
    ]) {
      expect(stdout).toContain(`\n${heading}\n`);
    }
    expect(stdout).toContain('during.everyone-contributes (During co-production): ');
    // "of each member": the catalogue's words, right for every scope (not "activitys").
    expect(stdout).toContain('- quietMembers (findings of each member): ');
    expect(stdout).toContain('- quietMeetings = 3 meetings (the default): ');
    expect(stdout.replace(/\s+/g, ' ')).toContain(rule.messages.action.replace(/\s+/g, ' '));
    // A web address cannot be wrapped: it stands alone on its line instead.
    for (const line of stdout.split('\n')) {
      if (/^\s*https:\/\/\S+$/.test(line)) continue;
      expect(line.length, line).toBeLessThanOrEqual(80);
    }
    expect(stdout).toContain(
      '\n  https://github.com/coproduce/coproduce/blob/main/docs/rules/during.md#quiet-members\n',
    );
  });

  it('says what to do when the rule needs review, where the rule says it apart', async () => {
    const rule = builtinRules().get('group-decisions-kept')!;
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const english = flat((await run(['explain', 'group-decisions-kept'], at)).stdout);
    expect(english).toContain(
      `How to resolve it ${rule.messages.action} When it needs review: ${rule.messages.needsReviewAction}`,
    );
    const welsh = flat(
      (await run(['explain', 'group-decisions-kept', '--locale', 'cy'], at)).stdout,
    );
    expect(welsh).toContain('Pan fo angen adolygu: Cofnodwch, ar gyfer pob penderfyniad');
  });

  it('shows how an issue that needs review is headed, where the rule says it apart', async () => {
    const rule = builtinRules().get('agreements-co-created')!;
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const english = flat((await run(['explain', 'agreements-co-created'], at)).stdout);
    expect(english).toContain(
      `Heading when it needs review: “${rule.messages.needsReviewTitle}” Needs review: “${rule.messages.needsReview}”`,
    );
    const welsh = flat(
      (await run(['explain', 'agreements-co-created', '--locale', 'cy'], at)).stdout,
    );
    expect(welsh).toContain('Pennawd pan fo angen adolygu: “Nid yw wedi’i gofnodi pwy');
  });

  it('shows configured values and custom rules', async () => {
    const quiet = await run(['explain', 'quiet-members', '--config', 'council.json'], at);
    expect(quiet.stdout).toContain('severity error');
    expect(quiet.stdout).toContain('- quietMeetings = 2 meetings (default 3): ');
    const custom = await run(['explain', 'small-group', '--config', 'council.json'], at);
    expect(custom.code).toBe(0);
    expect(custom.stdout).toContain('custom rule');
    expect(custom.stdout).toContain('- activeMemberCount is less than 100');
  });

  it('explains every shipped rule in English and Welsh, whatever its scope', async () => {
    // The portfolio rules are about people, topics and the whole portfolio:
    // explain once crashed on them for want of a word for those scopes.
    writeFileSync(
      join(dir, 'with-pack.json'),
      JSON.stringify({ extends: ['coproduce:recommended', 'coproduce:six-principles'] }),
    );
    const pack = createRuleSet({ extends: ['coproduce:six-principles'] }).rules.map((r) => r.id);
    const cases = [
      ...[...builtinRules().keys()].map((id) => [id] as const),
      ...pack.map((id) => [id, '--config', 'with-pack.json'] as const),
    ];
    const scopes = new Set<string>();
    for (const args of cases) {
      const rule = builtinRules().get(args[0]);
      if (rule !== undefined) scopes.add(rule.scope);
      for (const locale of ['en-GB', 'cy']) {
        const { code, stdout, stderr } = await run(['explain', ...args, '--locale', locale], at);
        expect(stderr, `${args[0]} ${locale}`).toBe('');
        expect(code, `${args[0]} ${locale}`).toBe(0);
        expect(stdout.split('\n')[0], `${args[0]} ${locale}`).toMatch(new RegExp(`^${args[0]}: `));
      }
    }
    // The shipped rules cover the portfolio's scopes, so the loop above reached them.
    for (const scope of ['person', 'topic', 'portfolio']) expect(scopes).toContain(scope);
    const portfolioRule = await run(['explain', 'same-people-chosen'], at);
    expect(portfolioRule.stdout.replace(/\s+/g, ' ')).toContain('about all the projects together');
    const personRule = await run(['explain', 'person-in-many-projects', '--locale', 'cy'], at);
    expect(personRule.stdout).toContain('am bob person');
  });

  it('suggests the nearest rule for an unknown id', async () => {
    const { code, stderr } = await run(['explain', 'quiet-member'], at);
    expect(code).toBe(2);
    expect(stderr).toContain('there is no rule "quiet-member"; did you mean "quiet-members"?');
    expect((await run(['explain'], at)).code).toBe(2);
  });
});

describe('coproduce init', () => {
  it('writes a valid starter project and a configuration extending the recommended rules', async () => {
    const { code, stdout } = await run(['init', 'new-project'], at);
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote project.json and coproduce.config.json in new-project.');
    const project = JSON.parse(readFileSync(join(dir, 'new-project/project.json'), 'utf8'));
    const config = JSON.parse(readFileSync(join(dir, 'new-project/coproduce.config.json'), 'utf8'));
    expect(project.$schema).toMatch(/project\.schema\.json$/);
    expect(config.$schema).toMatch(/config\.schema\.json$/);
    expect(config.extends).toEqual(['coproduce:recommended']);
    expect(parseProject(project).id).toBe('new-project');
    const checked = await run(
      ['validate', 'new-project/project.json', 'new-project/coproduce.config.json'],
      at,
    );
    expect(checked.code).toBe(0);
    const report = await run(
      ['check', 'new-project/project.json', '--config', 'new-project/coproduce.config.json'],
      at,
    );
    expect(report.code).toBe(0);
  });

  it('points $schema at the installed package inside a project folder', async () => {
    const inside = join(process.cwd(), 'node_modules', '.cache', `coproduce-init-${process.pid}`);
    mkdirSync(inside, { recursive: true });
    try {
      const { code } = await run(['init'], { cwd: inside });
      expect(code).toBe(0);
      const project = JSON.parse(readFileSync(join(inside, 'project.json'), 'utf8'));
      expect(project.$schema).toBe('../../../schemas/project.schema.json');
      expect(existsSync(join(inside, project.$schema))).toBe(true);
    } finally {
      rmSync(inside, { recursive: true, force: true });
    }
  });

  it('refuses to overwrite, writing nothing', async () => {
    mkdirSync(join(dir, 'half'));
    writeFileSync(join(dir, 'half/coproduce.config.json'), '{"mine": true}');
    const { code, stderr } = await run(['init', 'half'], at);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'half/coproduce.config.json already exists; init never overwrites a file.',
    );
    expect(existsSync(join(dir, 'half/project.json'))).toBe(false);
    expect(readFileSync(join(dir, 'half/coproduce.config.json'), 'utf8')).toBe('{"mine": true}');
    expect((await run(['init', 'mid-way.json'], at)).code).toBe(2);
  });
});

describe('coproduce schema', () => {
  it('prints each shipped JSON Schema exactly', async () => {
    for (const name of ['project', 'rule', 'config', 'report']) {
      const { code, stdout } = await run(['schema', name], at);
      expect(code).toBe(0);
      expect(stdout).toBe(readFileSync(`schemas/${name}.schema.json`, 'utf8'));
    }
    await run(['schema', 'rule', '--out', 'rule.schema.json'], at);
    expect(readFileSync(join(dir, 'rule.schema.json'), 'utf8')).toBe(
      readFileSync('schemas/rule.schema.json', 'utf8'),
    );
  });

  it('refuses an unknown schema', async () => {
    const { code, stderr } = await run(['schema', 'everything'], at);
    expect(code).toBe(2);
    expect(stderr).toContain('there is no "everything" schema: use project, rule, config, report');
    expect((await run(['schema'], at)).code).toBe(2);
  });
});

describe('an unexpected internal error', () => {
  it('prints its stack and asks for a bug report, exit 2', async () => {
    let stderr = '';
    const io: CliIo = {
      stdout: {
        write: () => {
          throw new TypeError('the terminal went away');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      cwd: dir,
    };
    const code = await main(['schema', 'rule'], io);
    expect(code).toBe(2);
    expect(stderr).toContain('This is a bug in coproduce');
    expect(stderr).toContain('Please report it');
    expect(stderr).toContain(`coproduce ${version}, Node.js ${process.version}`);
    expect(stderr).toContain('TypeError: the terminal went away');
    expect(stderr).toMatch(/^\s+at .+/m);
  });

  it('names no folder of the machine in the report', async () => {
    let stderr = '';
    const io: CliIo = {
      stdout: {
        write: () => {
          throw new Error(
            `cannot write ${join(dir, 'out', 'report.txt')} or /srv/councils/north/data/x.json\u001b[2J`,
          );
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      cwd: dir,
    };
    expect(await main(['schema', 'rule'], io)).toBe(2);
    expect(stderr).toContain('This is a bug in coproduce');
    expect(stderr).toContain(`cannot write .${sep}out${sep}report.txt`);
    expect(stderr).toContain('…/data/x.json');
    expect(stderr).not.toContain(dir);
    expect(stderr).not.toContain('/srv/councils');
    expect(stderr).not.toContain('\u001b');
    // The stack names the package's own files from its top folder, not where it is installed.
    expect(stderr).toMatch(/^\s+at .+<coproduce>\//m);
    expect(stderr).not.toContain(process.cwd());
  });
});

/**
 * --locale on every command: help, usage errors, the command line's own
 * messages and the problems of invalid files come from the catalogues, in
 * English or Welsh; a problem the catalogue lacks falls back to English.
 */

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLocaleTemplate, incompleteMessages } from '../../scripts/generate-locale-template.js';
import { CLI_CATALOGUES } from '../../src/cli/catalogue.js';
import {
  CoproduceError,
  isCoproduceError,
  type ProblemDetail,
  parseProjectJson,
} from '../../src/index.js';
import { problem } from '../../src/model/errors.js';
import { PROBLEM_CATALOGUES, problemMessage } from '../../src/report/index.js';
import { renderProblem } from '../../src/report/problem-catalogue.js';
import { COLLECTIONS, factCatalogue } from '../../src/schemas.js';
import { AS_OF, COMMANDS, createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  const write = (name: string, data: unknown) =>
    writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
  write('typo-rule.json', {
    id: 'typo-rule',
    set: 'council',
    version: 1,
    title: 'Small',
    questions: ['governance.informaton-flow'],
    section: 'Governence',
    scope: 'project',
    severity: 'info',
    conditions: { all: [{ fact: 'activeMemberCont', operator: 'lesThan', value: 100 }] },
    messages: { flagged: 'x', action: 'y' },
    rationale: 'r',
  });
  write('typo-config.json', {
    extends: ['coproduce:recommended'],
    ruleFiles: ['./typo-rule.json'],
    rules: {
      'quiet-membres': 'off',
      'meets-in-community': { severity: 'warn' },
    },
  });
  write('trailing-comma.json', '{\n  "id": "x",\n}\n');
  // A project with a mistake in an activity and in an acknowledgement, and the portfolio examples.
  const midWay = JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8'));
  midWay.activities[1].end = 'yesterday';
  midWay.acknowledgements = [
    {
      id: 'ack-01',
      subject: { type: 'member', id: 'm-01' },
      reason: 'Agreed with the group',
      by: 'Project lead',
      on: '2026-03-01',
      reviewOn: '2026-02-01',
    },
  ];
  writeFileSync(join(dir, 'mistakes.json'), JSON.stringify(midWay, null, 2));
  cpSync('examples/portfolio', join(dir, 'portfolio'), { recursive: true });
});
afterAll(() => cleanup());

/** Runs a command line that must fail and returns what it printed on standard error. */
async function fails(argv: string[]): Promise<string> {
  const result = await run(argv, at);
  expect(result.code, argv.join(' ')).toBe(2);
  return result.stderr;
}

/** Output with its line wrapping undone, so a sentence is found wherever the terminal width broke it. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('--locale on every command', () => {
  it('every command takes it: its help is in Welsh with cy, in English without', async () => {
    for (const command of COMMANDS) {
      const english = await run([command, '--help'], at);
      const welsh = await run([command, '--help', '--locale', 'cy'], at);
      expect(english.code).toBe(0);
      expect(welsh.code).toBe(0);
      expect(english.stdout).toMatch(new RegExp(`^Usage: coproduce ${command}`));
      expect(welsh.stdout).toMatch(new RegExp(`^Defnydd: coproduce ${command}`));
      // Every command's help says it takes --locale.
      expect(english.stdout, command).toContain('--locale <tag>');
      expect(welsh.stdout).toContain('Dangos y cymorth hwn');
    }
  });

  it('every command refuses a malformed tag, as check does, naming its own help', async () => {
    for (const command of COMMANDS) {
      const stderr = await fails([command, '--locale', 'not a tag']);
      expect(stderr).toBe(
        `coproduce: --locale needs a language tag such as en-GB or cy\nRun "coproduce ${command} --help" to see how to use it.\n`,
      );
    }
  });

  it('a well-formed tag without a catalogue (fr) falls back to English words', async () => {
    const result = await run(['schema', 'nothing', '--locale', 'fr'], at);
    expect(result.stderr).toContain('there is no "nothing" schema');
  });

  it('the main help and help <command>, with --locale before or after the command', async () => {
    const main = await run(['--help', '--locale', 'cy'], at);
    expect(main.stdout).toContain('Defnydd: coproduce <gorchymyn> [opsiynau]');
    const before = await run(['--locale', 'cy', 'help', 'check'], at);
    expect(before.stdout).toMatch(/^Defnydd: coproduce check/);
    const after = await run(['help', 'init', '--locale=cy'], at);
    expect(after.stdout).toMatch(/^Defnydd: coproduce init/);
    const english = await run(['--help'], at);
    expect(english.stdout).toContain('Usage: coproduce <command> [options]');
  });
});

describe('usage errors and the command line’s messages in Welsh', () => {
  it('says a usage error and where to find help in the chosen language', async () => {
    expect(await fails(['chek', '--locale', 'cy'])).toBe(
      'coproduce: gorchymyn anhysbys "chek"; ai "check" oedd dan sylw?\nRhedwch "coproduce --help" i weld sut i’w ddefnyddio.\n',
    );
    expect(await fails(['check', '--locale', 'cy'])).toContain(
      'coproduce: enwch ffeil y prosiect i’w gwirio\nRhedwch "coproduce check --help"',
    );
    expect(await fails(['check', 'mid-way.json', '--nope', '--locale', 'cy'])).toContain(
      'opsiwn anhysbys --nope',
    );
    expect(
      await fails(['check', 'mid-way.json', '--min-severity', 'warn', '--locale', 'cy']),
    ).toContain('rhaid i --min-severity fod yn un o error, warning, info, nid "warn"');
    // The same mistakes in English, as before.
    expect(await fails(['chek'])).toContain('unknown command "chek"; did you mean "check"?');
    expect(await fails(['check', 'mid-way.json', '--min-severity', 'warn'])).toContain(
      '--min-severity must be one of error, warning, info, not "warn"; did you mean warning?',
    );
  });

  it('a file that cannot be read, and init’s report of what it wrote', async () => {
    expect(await fails(['check', 'nope.json', '--locale', 'cy'])).toBe(
      'coproduce: nope.json: nid oes ffeil o’r fath.\n',
    );
    const init = await run(['init', 'fresh', '--locale', 'cy'], at);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Ysgrifennwyd project.json a coproduce.config.json yn fresh.');
    expect(init.stdout).toContain('Nesaf:');
    const again = await fails(['init', 'fresh', '--locale', 'cy']);
    expect(again).toContain('yn bodoli eisoes; nid yw init byth yn trosysgrifo ffeil');
  });

  it('validate says which files are valid, and counts problems, in Welsh', async () => {
    const valid = await run(['validate', 'mid-way.json', '--locale', 'cy'], at);
    expect(valid.stdout).toBe('mid-way.json: prosiect dilys\n');
    const invalid = await run(['validate', 'invalid-field.json', '--locale', 'cy'], at);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toMatch(/\d+ problem mewn 1 ffeil\.\n$/);
  });
});

describe('problems said from the catalogue', () => {
  it('a JSON syntax error, with its line, column and hint', async () => {
    const welsh = await run(['validate', 'trailing-comma.json', '--locale', 'cy'], at);
    expect(welsh.stdout).toContain(
      'trailing-comma.json: nid yw’n JSON dilys: coma cyn "}" (llinell 3, colofn 1): nid yw JSON yn caniatáu coma ar ôl yr eitem olaf',
    );
    const check = await fails(['check', 'trailing-comma.json', '--locale', 'cy']);
    expect(check).toBe(
      'coproduce: trailing-comma.json: nid yw’n JSON dilys: coma cyn "}" (llinell 3, colofn 1): nid yw JSON yn caniatáu coma ar ôl yr eitem olaf\n',
    );
    const english = await run(['validate', 'trailing-comma.json'], at);
    expect(english.stdout).toContain(
      'a comma before "}" (line 3, column 1): JSON allows no comma after the last item',
    );
  });

  it('invalid fields: an unknown value with "did you mean", a date that is not real', async () => {
    const stderr = await fails(['check', 'invalid-field.json', '--locale', 'cy']);
    expect(stderr).toMatch(/^coproduce: invalid-field\.json: \d+ problem:\n/);
    expect(stderr).toContain('stage: rhaid iddo fod yn un o "planning", "starting"');
    expect(stderr).toContain('rhaid iddo fod yn ddyddiad calendr fel 2025-03-14');
    expect(stderr).not.toContain('must be');
  });

  it('configuration and rule-file problems: unknown rule, fact, operator, question, section, severity', async () => {
    const { stdout, code } = await run(['validate', 'typo-config.json', '--locale', 'cy'], at);
    expect(code).toBe(2);
    for (const expected of [
      'severity: rhaid iddo fod yn un o "error", "warning", "info"; ai "warning" oedd dan sylw?',
      'dynodydd rheol anhysbys "quiet-membres"; ai "quiet-members" oedd dan sylw?',
      'ffaith anhysbys "activeMemberCont"; ai "activeMemberCount" oedd dan sylw? (rheol typo-rule)',
      'gweithredwr anhysbys "lesThan"; ai "lessThan" oedd dan sylw?',
      'dynodydd cwestiwn anhysbys "governance.informaton-flow"; ai "governance.information-flow" oedd dan sylw?',
      'adran anhysbys "Governence"; ai "Governance" oedd dan sylw?',
    ]) {
      expect(stdout).toContain(expected);
    }
    const english = await run(['validate', 'typo-config.json'], at);
    expect(english.stdout).toContain(
      'unknown fact "activeMemberCont"; did you mean "activeMemberCount"?',
    );
  });
});

describe('problem codes and params (public API)', () => {
  /** The problems of a project document that is not valid. */
  function problemsOf(json: string): readonly ProblemDetail[] {
    try {
      parseProjectJson(json);
    } catch (error) {
      if (isCoproduceError(error)) return error.problems;
      throw error;
    }
    throw new Error('expected the project to be refused');
  }

  const midWay = JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8'));

  it('keeps path and message, and adds code and params', () => {
    const doc = structuredClone(midWay);
    doc.stage = 'startin';
    delete doc.title;
    doc.decisions[0].status = 'mad';
    doc.group.members[0].joined = '2026-02-30';
    doc.activities[0].attendance = [{ memberId: 'no-such-member' }];
    const problems = problemsOf(JSON.stringify(doc));
    const byPointer = new Map(problems.map((p) => [p.pointer, p]));
    expect(byPointer.get('/title')).toMatchObject({ code: 'required', message: 'is required' });
    expect(byPointer.get('/stage')).toMatchObject({
      code: 'invalid-value',
      params: { guess: 'starting' },
    });
    expect(byPointer.get('/group/members/0/joined')?.code).toBe('invalid-date');
    const reference = problems.find((p) => p.code === 'unknown-reference');
    expect(reference?.params).toEqual({ kind: 'member', article: 'a', id: 'no-such-member' });
    expect(problemMessage(reference as ProblemDetail, 'cy')).toBe(
      'yn enwi aelod "no-such-member", ond nid oes un gyda’r dynodydd hwnnw',
    );
  });

  it('the English catalogue says exactly what the library’s messages say', () => {
    const doc = structuredClone(midWay);
    doc.stage = 'startin';
    delete doc.title;
    doc.id = 5;
    doc.unknownThing = true;
    doc.group.members[0].joined = '2026-02-30';
    doc.group.members[1].id = doc.group.members[0].id;
    doc.activities[0].attendance = [{ memberId: 'no-such-member' }];
    doc.activities[0].start = 'soon';
    const problems = [
      ...problemsOf(JSON.stringify(doc)),
      ...problemsOf('{\n  "a": 1,\n}'),
      ...problemsOf('// a comment\n{}'),
      ...problemsOf('{"a": “b”}'),
    ];
    const coded = problems.filter((p) => p.code !== undefined);
    expect(new Set(coded.map((p) => p.code)).size).toBeGreaterThanOrEqual(8);
    for (const p of coded) {
      expect(renderProblem(p.code as string, p.params ?? {}, 'en-GB'), p.code).toBe(p.message);
    }
  });

  it('falls back to the English message for a problem without a code, or a code it lacks', () => {
    const plain = problem(['x'], 'is odd');
    expect(problemMessage(plain, 'cy')).toBe('is odd');
    const unknown = problem(['x'], 'is odder', { code: 'no-such-code', params: {} });
    expect(problemMessage(unknown, 'cy')).toBe('is odder');
    expect(problemMessage(problem(['x'], 'is required', { code: 'required' }), 'en-GB')).toBe(
      'is required',
    );
    expect(new CoproduceError('invalid-project', 'x', [unknown]).problems[0]?.code).toBe(
      'no-such-code',
    );
  });
});

describe('the catalogues in the translators’ template', () => {
  it('holds every command-line and problem message, and every shipped locale has each', () => {
    const template = buildLocaleTemplate();
    const ids = new Set(template.messages.map((m) => m.id));
    for (const id of Object.keys(CLI_CATALOGUES['en-GB'])) expect(ids).toContain(`cli:${id}`);
    for (const id of Object.keys(PROBLEM_CATALOGUES['en-GB']))
      expect(ids).toContain(`problem:${id}`);
    expect(incompleteMessages(template)).toEqual([]);
  });

  it('the completeness check names a missing translation and a dropped placeholder', () => {
    const template = buildLocaleTemplate();
    const broken = {
      ...template,
      messages: template.messages.map((m) =>
        m.id === 'cli:usage.checkFile'
          ? { ...m, translations: { ...m.translations, cy: null } }
          : m.id === 'problem:unknown-fact'
            ? { ...m, translations: { ...m.translations, cy: 'ffaith anhysbys' } }
            : m,
      ),
    };
    expect(incompleteMessages(broken)).toEqual([
      'cy: cli:usage.checkFile has no translation',
      'cy: problem:unknown-fact drops {id}',
    ]);
  });

  it('describes every collection, worked-out field and fact in Welsh, keeping the names it quotes', () => {
    const template = buildLocaleTemplate();
    const ids = new Set(template.messages.map((m) => m.id));
    for (const collection of COLLECTIONS) {
      expect(ids).toContain(`collection:${collection.name}`);
      for (const field of Object.keys(collection.derived))
        expect(ids).toContain(`field:${collection.name}.${field}`);
    }
    for (const fact of factCatalogue) expect(ids).toContain(`fact:${fact.id}`);
    const welsh = (group: string) =>
      template.messages.filter((m) => m.group === group).map((m) => m.translations.cy);
    expect(welsh('collection').every((t) => typeof t === 'string')).toBe(true);
    expect(welsh('field').every((t) => typeof t === 'string')).toBe(true);
    expect(welsh('fact').every((t) => typeof t === 'string')).toBe(true);
    const broken = {
      ...template,
      messages: template.messages.map((m) =>
        m.id === 'fact:activitiesBeyondSessions'
          ? { ...m, translations: { cy: 'Faint o weithgareddau diweddar.' } }
          : m,
      ),
    };
    expect(incompleteMessages(broken)).toEqual(
      expect.arrayContaining([
        'cy: fact:activitiesBeyondSessions drops `recentDays`',
        'cy: fact:activitiesBeyondSessions drops `kinds`',
      ]),
    );
  });
});

describe('validate --locale cy', () => {
  it('names an item by its Welsh noun, with its title and id, and says the problem in Welsh', async () => {
    const cy = await run(['validate', 'mistakes.json', '--locale', 'cy'], at);
    const en = await run(['validate', 'mistakes.json'], at);
    expect(cy.code).toBe(en.code);
    expect(cy.stdout).toContain(
      'gweithgaredd 2 ("What co-production means for us", dynodydd a-02), end: rhaid iddo fod yn ddyddiad ac amser',
    );
    expect(en.stdout).toContain(
      'activity 2 ("What co-production means for us", id a-02), end: must be a date and time',
    );
  });

  it('says it cannot tell what kind of file it was given in Welsh', async () => {
    writeFileSync(join(dir, 'unknown-kind.json'), JSON.stringify({ entries: [] }));
    const cy = await run(['validate', 'unknown-kind.json', '--locale', 'cy'], at);
    const en = await run(['validate', 'unknown-kind.json'], at);
    expect(cy.code).toBe(2);
    expect(cy.stdout + cy.stderr).toContain(
      'ni ellir dweud pa fath o ffeil yw hon: ychwanegwch "$schema"',
    );
    expect(cy.stdout + cy.stderr).not.toContain('cannot tell');
    expect(en.stdout + en.stderr).toContain('cannot tell what kind of file this is: add "$schema"');
  });

  it('says what an acknowledgement gets wrong in Welsh', async () => {
    const cy = await run(['validate', 'mistakes.json', '--locale', 'cy'], at);
    const en = await run(['validate', 'mistakes.json'], at);
    expect(en.stdout).toContain('name the issue: give its issue id, or its rule id and subject');
    expect(en.stdout).toContain('must not be before the day it was acknowledged');
    expect(cy.stdout).toContain(
      'enwch y mater: rhowch ddynodydd y mater, neu ddynodydd ei reol a’i destun',
    );
    expect(cy.stdout).toContain('rhaid iddo beidio â bod cyn y diwrnod y cafodd ei gydnabod');
    expect(cy.stdout).toContain('mae testun yn enwi cofnod ar gyfer rheol: rhowch y ruleId');
    expect(cy.stdout).not.toMatch(/name the issue|must not be before|acknowledgement 1|, id ack/);
  });
});

describe('facts --locale cy', () => {
  it('describes every filter comparison in Welsh, and in English without it', async () => {
    const cy = await run(['facts', 'filters', '--locale', 'cy'], at);
    const en = await run(['facts', 'filters'], at);
    expect(cy.code).toBe(0);
    const described = (text: string) =>
      text
        .split('\n')
        .filter((line) => /^ {2}- \w+: /.test(line))
        .map((line) => line.replace(/^ {2}- \w+: /, ''));
    const welsh = described(cy.stdout);
    const english = described(en.stdout);
    expect(welsh).toHaveLength(22);
    expect(english).toHaveLength(22);
    expect(english[0]).toMatch(/^The field is this value/);
    expect(welsh[0]).toMatch(/^Mae’r maes yn hafal i’r gwerth hwn/);
    for (const line of welsh) expect(line).not.toMatch(/^The /);
  });
});

describe('check portfolio --anonymise --locale cy', () => {
  it('shows projects and people by Welsh stand-ins, on one thread or two', async () => {
    const args = ['check', 'portfolio', '--as-of', AS_OF, '--anonymise', '--format', 'json'];
    const cy = await run([...args, '--locale', 'cy', '--threads', '1'], at);
    const en = await run([...args, '--threads', '1'], at);
    expect(cy.code).toBe(0);
    expect(await run([...args, '--locale', 'cy', '--threads', '2'], at)).toEqual(cy);
    expect(cy.stdout).toContain('"Prosiect 1"');
    expect(cy.stdout).toContain('Unigolyn 1');
    expect(cy.stdout).not.toMatch(/"Project \d|Person \d/);
    expect(en.stdout).toContain('"Project 1"');
    expect(en.stdout).toContain('Person 1');
  });
});

describe('explain --locale cy', () => {
  it('says a rule’s conditions and the facts it reads in Welsh', async () => {
    const cy = await run(['explain', 'quiet-members', '--locale', 'cy'], at);
    const en = await run(['explain', 'quiet-members'], at);
    expect(cy.code).toBe(0);
    expect(flat(cy.stdout)).toContain('paramedr quietShare (0.2)) yn rhestru rhywbeth');
    expect(flat(cy.stdout)).toContain('- mae quietMembers (meetings:');
    expect(flat(cy.stdout)).toContain('Aelodau gweithredol sy’n dawel');
    expect(flat(en.stdout)).toContain('parameter quietShare (0.2)) lists something');
    expect(flat(en.stdout)).toContain('Active members who are quiet');
    expect(flat(cy.stdout)).not.toMatch(/lists something|Active members who/);
  });

  it('says why a built-in rule matters and what its parameters mean in Welsh', async () => {
    const cy = await run(['explain', 'quiet-members', '--locale', 'cy'], at);
    const en = await run(['explain', 'quiet-members'], at);
    expect(flat(cy.stdout)).toContain('Sylwi’n gynnar a gofyn beth fyddai’n helpu');
    expect(flat(cy.stdout)).toContain(
      'Fframwaith: Yn ystod cydgynhyrchu — during.everyone-contributes.',
    );
    expect(flat(cy.stdout)).toContain(
      'quietShare = cyfran o 0.2 (y rhagosodiad): Mae aelod yn cyfrif fel un tawel',
    );
    expect(flat(en.stdout)).toContain('Noticing early and asking what would help');
    expect(flat(en.stdout)).toContain(
      'quietShare = 0.2 share (the default): A member counts as quiet',
    );
    expect(flat(cy.stdout)).not.toMatch(/Noticing early|A member counts as quiet/);
  });

  it('says each parameter’s unit, the stages and the kind of each fact in Welsh', async () => {
    const cy = flat(
      (await run(['explain', 'meets-outside-office-hours', '--locale', 'cy'], at)).stdout,
    );
    const en = flat((await run(['explain', 'meets-outside-office-hours'], at)).stdout);
    expect(cy).toContain('recentDays = 180 diwrnod (y rhagosodiad)');
    expect(cy).toContain('officeStart = 09:00 o’r gloch (y rhagosodiad)');
    expect(cy).toContain('officeDays = dyddiau’r wythnos: mon, tue, wed, thu, fri');
    expect(cy).toContain('minShareOutside = cyfran o 0.25 (y rhagosodiad)');
    expect(cy).toContain('minActivities = 4 gweithgaredd (y rhagosodiad)');
    expect(cy).toContain('camau: yn ystod cydgynhyrchu, dod i ben');
    expect(cy).toContain('- shareOutsideOfficeHours (cyfran):');
    const parameters = cy.slice(cy.indexOf('Paramedrau'), cy.indexOf('Negeseuon'));
    expect(parameters).not.toMatch(/\b(days|activities|share|time of day|weekdays)\b/);
    expect(en).toContain('recentDays = 180 days (the default)');
    expect(en).toContain('officeStart = 09:00 time of day (the default)');
    expect(en).toContain('minShareOutside = 0.25 share (the default)');
    expect(en).toContain('stages during co-production, ending');
    const members = flat((await run(['explain', 'quiet-members', '--locale', 'cy'], at)).stdout);
    expect(members).toContain('quietMeetings = 3 cyfarfod (y rhagosodiad)');
    expect(members).toContain('- quietMembers (canfyddiadau ar gyfer pob aelod):');
  });

  it('says why a rule of the six-principles pack matters and what its parameters mean in Welsh', async () => {
    const config = join(dir, 'six-principles.config.json');
    writeFileSync(config, JSON.stringify({ extends: ['coproduce:six-principles'] }));
    const args = ['explain', 'community-led-sessions', '--config', config];
    const cy = flat((await run([...args, '--locale', 'cy'], at)).stdout);
    const en = flat((await run(args, at)).stdout);
    expect(cy).toContain("Mae partneriaid cyfartal yn rhannu'r swyddi");
    expect(cy).toContain('Ffynhonnell: Chwe egwyddor cydgynhyrchu (nef / Nesta)');
    expect(cy).toContain(
      "minActivities = 3 gweithgaredd (y rhagosodiad): Faint o sesiynau diweddar sy'n gorfod dweud",
    );
    expect(en).toContain('Equal partners share the visible jobs.');
    expect(en).toContain('minActivities = 3 activities (the default): How many recent sessions');
    expect(cy).toContain(
      "- communityLedShare (wedi'i diffinio yn y rheol hon): O'r sesiynau yn y recentDays diwrnod diwethaf",
    );
    expect(en).toContain(
      '- communityLedShare (declared in this rule): Of the sessions in the last',
    );
    expect(cy).not.toMatch(/Equal partners|How many|Source:|The smallest share|Of the sessions/);
  });

  it('the translators’ template holds the pack’s rules, so its completeness check requires them', () => {
    const template = buildLocaleTemplate();
    const ids = template.messages.map((m) => m.id);
    expect(ids).toContain('rule:you-said-we-did.rationale');
    expect(ids).toContain('rule:community-led-sessions.parameters.minShare');
    expect(ids).toContain('rule:community-led-sessions.facts.communityLedShare');
    const broken = {
      ...template,
      messages: template.messages.map((m) =>
        m.id === 'rule:you-said-we-did.rationale' ? { ...m, translations: { cy: null } } : m,
      ),
    };
    expect(incompleteMessages(broken)).toEqual([
      'cy: rule:you-said-we-did.rationale has no translation',
    ]);
  });

  it('joins the article to the word before a parameter, as Welsh does', async () => {
    const cy = flat(
      (await run(['explain', 'meets-outside-office-hours', '--locale', 'cy'], at)).stdout,
    );
    expect(cy).toContain('yn gyfran is na’r paramedr minShareOutside (0.25)');
    expect(cy).not.toMatch(/\b(na|â|a|o|i) yr? /);
  });
});

describe('rules and facts --locale cy', () => {
  it('rules says each parameter with its unit in Welsh', async () => {
    const cy = await run(['rules', '--locale', 'cy'], at);
    const en = await run(['rules'], at);
    expect(flat(cy.stdout)).toContain('Paramedrau: graceDays = 60 diwrnod');
    expect(flat(cy.stdout)).toContain('maxShareInTimes = cyfran o 0.2');
    expect(flat(cy.stdout)).toContain(
      'meetingKinds = mathau o weithgaredd: formal-meeting, workshop, online',
    );
    expect(flat(cy.stdout)).not.toMatch(
      /= [\d.]+ (days|meetings|activities|members|people|share)\b/,
    );
    expect(flat(en.stdout)).toContain('Parameters: graceDays = 60 days');
  });

  it('facts says what kind each fact is, and where it comes from, in Welsh', async () => {
    const cy = await run(['facts', 'catalogue', '--locale', 'cy'], at);
    expect(flat(cy.stdout)).toMatch(
      /- quietMembers \(canfyddiadau am bob aelod; paramedrau meetings, quietShare; o god y llyfrgell\):/,
    );
    expect(flat(cy.stdout)).toMatch(
      /- decisionCount \(rhif; o’r llyfrgell ffeithiau \(rules\/facts\)\):/,
    );
    expect(flat(cy.stdout)).not.toMatch(
      /\((findings|number|share|boolean|string-list)[;)\s]| o y | o cod /,
    );
  });
});

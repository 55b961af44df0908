/**
 * A council's own framework pack, in a folder named in "ruleFiles", seen
 * through the commands an officer runs while writing it (docs/guides/10):
 * its questions' words in `coproduce rules`, and the mistakes an officer
 * makes on the way said once, where they are, with what to do instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

const write = (file: string, data: unknown) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
};

/** One question of a framework coproduce does not ship, and the rule that encodes it. */
const RULE = {
  id: 'young-people-share',
  set: 'youth-voice',
  version: 1,
  title: 'Too few young people in the group',
  questions: ['youth.share'],
  section: 'Young people in the group',
  scope: 'project',
  severity: 'warning',
  define: {
    youngShare: {
      description: 'Of the active members who are not staff, the share who are young people.',
      measure: 'share',
      of: 'members',
      among: { field: 'staffSide', equal: false },
      where: { field: 'roles', contains: 'young-person' },
    },
  },
  conditions: { all: [{ fact: 'youngShare', operator: 'shareBelow', value: 0.25 }] },
  messages: {
    flagged: 'Only {youngShare:percent} of the community members are young people.',
    action: 'Ask youth clubs and schools to help you invite young people.',
  },
  rationale: 'Young people are heard when enough of them are in the room.',
};

/** The pack's question catalogue: its one question. */
const QUESTIONS = {
  source: 'Northdale youth involvement standard',
  citation: 'Northdale youth involvement standard',
  questions: [
    {
      id: 'youth.share',
      section: 'Young people in the group',
      point: 'At least a quarter of the community members are young people',
    },
  ],
};

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
  write('youth-voice/questions.json', {
    about: 'A council standard for involving young people.',
    ...QUESTIONS,
  });
  write('youth-voice/rules/young-people-share.json', RULE);
  write('youth-voice/messages/cy.json', {
    locale: 'cy',
    review: 'awaiting',
    questions: { 'youth.share': 'Mae o leiaf chwarter yr aelodau cymunedol yn bobl ifanc' },
    rules: {
      'young-people-share': {
        title: 'Rhy ychydig o bobl ifanc yn y grŵp',
        flagged: 'Dim ond {youngShare:percent} o’r aelodau cymunedol sy’n bobl ifanc.',
        action: 'Gofynnwch i glybiau ieuenctid ac ysgolion eich helpu.',
      },
    },
  });
  write('coproduce.config.json', {
    extends: ['coproduce:recommended'],
    ruleFiles: ['./youth-voice'],
  });
});
afterAll(() => cleanup());

describe('coproduce rules, with a council’s own pack beside the recommended rules', () => {
  it('quotes the pack’s question beside its id, in English and in the pack’s Welsh', async () => {
    // Lines wrap at 80 columns; the words are what matter here.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const english = await run(['rules'], at);
    expect(english.code).toBe(0);
    expect(flat(english.stdout)).toContain(
      'Question: youth.share — At least a quarter of the community members are young people',
    );
    const welsh = await run(['rules', '--locale', 'cy'], at);
    expect(flat(welsh.stdout)).toContain(
      'Cwestiwn: youth.share — Mae o leiaf chwarter yr aelodau cymunedol yn bobl ifanc',
    );
  });

  it('gives each question’s words in JSON, the built-in framework’s and the pack’s', async () => {
    const { stdout } = await run(['rules', '--format', 'json'], at);
    const data = JSON.parse(stdout) as {
      rules: { id: string; questions: { id: string; text: string | null }[] }[];
    };
    const texts = (id: string) => data.rules.find((r) => r.id === id)?.questions;
    expect(texts('young-people-share')).toEqual([
      { id: 'youth.share', text: 'At least a quarter of the community members are young people' },
    ]);
    expect(data.rules.flatMap((r) => r.questions).filter((q) => q.text === null)).toEqual([]);
  });
});

describe('a rule file of the pack that cannot be read', () => {
  /** The pack with one rule file replaced, and a configuration that also tunes that rule. */
  function brokenPack(name: string, ruleText: string) {
    write(`${name}/questions.json`, QUESTIONS);
    write(`${name}/rules/young-people-share.json`, ruleText);
    write(`${name}/messages/cy.json`, {
      locale: 'cy',
      review: 'awaiting',
      rules: { 'young-people-share': { title: 'Rhy ychydig o bobl ifanc yn y grŵp' } },
    });
    write(`${name}.config.json`, {
      extends: ['coproduce:recommended'],
      ruleFiles: [`./${name}`],
      rules: { 'young-people-share': { severity: 'info' } },
    });
    return run(['validate', `${name}.config.json`], at);
  }

  it('is reported once, not again as an unknown rule by its translation or setting', async () => {
    const text = JSON.stringify(RULE, null, 2).replace(/\n}$/, ',\n}');
    const { code, stdout } = await brokenPack('bad-json', text);
    expect(code).toBe(2);
    expect(stdout).toContain(
      'bad-json/rules/young-people-share.json: is not valid JSON: a comma before "}"',
    );
    expect(stdout).not.toContain('unknown rule id');
    expect(stdout).toContain('1 problem in 1 file.');
  });

  it('nor when the file is JSON but not a rule (a misspelt key)', async () => {
    const { messages, ...rest } = RULE;
    const { code, stdout } = await brokenPack(
      'bad-key',
      JSON.stringify({ ...rest, mesages: messages }, null, 2),
    );
    expect(code).toBe(2);
    expect(stdout).toContain('messages: is required (rule young-people-share)');
    expect(stdout).not.toContain('unknown rule id');
  });
});

describe('a preset of the pack', () => {
  it('naming a rule the pack does not have is refused where it says so, with the nearest id', async () => {
    write('typo-preset/questions.json', QUESTIONS);
    write('typo-preset/rules/young-people-share.json', RULE);
    write('typo-preset/presets/youth-voice.json', {
      id: 'youth-voice',
      description: 'Every rule of the pack.',
      rules: ['young-people-share', 'young-poeple-share'],
    });
    write('typo-preset.config.json', { ruleFiles: ['./typo-preset'] });
    const { code, stdout } = await run(['validate', 'typo-preset.config.json'], at);
    expect(code).toBe(2);
    expect(stdout).toContain(
      'typo-preset/presets/youth-voice.json, line 6: rule 2: unknown rule id "young-poeple-share"; did you mean "young-people-share"?',
    );
    expect(stdout).toContain('1 problem in 1 file.');
  });
});

describe('a pack named in "extends" instead of "ruleFiles"', () => {
  it('says so, by its folder or its preset, and says where it goes instead', async () => {
    for (const [ref, what] of [
      ['./youth-voice', 'a folder'],
      ['./youth-voice/presets/youth-voice.json', 'a preset of a framework pack'],
    ]) {
      write('youth-voice/presets/youth-voice.json', {
        id: 'youth-voice',
        description: 'Every rule of the standard.',
        rules: '*',
      });
      write('by-extends.json', { extends: ['coproduce:recommended', ref] });
      const { code, stdout } = await run(['validate', 'by-extends.json'], at);
      expect(code).toBe(2);
      expect(stdout).toContain(
        `by-extends.json, line 4: extends entry 2: names "${ref}", ${what}, but "extends" takes a configuration file or a preset such as "coproduce:recommended": to turn on the rules of a folder, such as your own framework pack, name the folder in "ruleFiles"`,
      );
      expect(stdout).toContain('1 problem in 1 file.');
      const welsh = await run(['rules', '--config', 'by-extends.json', '--locale', 'cy'], at);
      expect(welsh.code).toBe(2);
      expect(welsh.stderr).toContain('enwch y ffolder yn "ruleFiles"');
    }
  });
});

describe('a message placeholder naming a declared fact', () => {
  /** The pack's rule, changed, alone in a folder of its own with a configuration naming it. */
  async function validateRule(name: string, rule: unknown) {
    write(`${name}/questions.json`, QUESTIONS);
    write(`${name}/rules/young-people-share.json`, rule);
    write(`${name}.config.json`, { extends: [], ruleFiles: [`./${name}`] });
    return run(['validate', `${name}.config.json`], at);
  }

  it('that the conditions do not read says to list it in "facts", and how', async () => {
    const { code, stdout } = await validateRule('unread-fact', {
      ...RULE,
      define: {
        ...RULE.define,
        youngCount: {
          description: 'How many active members are young people.',
          measure: 'count',
          of: 'members',
          where: { field: 'roles', contains: 'young-person' },
        },
      },
      messages: { ...RULE.messages, flagged: 'Only {youngCount} members are young people.' },
    });
    expect(code).toBe(2);
    expect(stdout).toContain(
      'messages, flagged: "{youngCount}" is a fact the rule declares but does not read in its conditions: to show it in a message, add { "fact": "youngCount" } to the rule\'s "facts" list (rule young-people-share)',
    );
    const fixed = await validateRule('unread-fact', {
      ...RULE,
      define: { ...RULE.define, youngCount: { measure: 'count', of: 'members' } },
      facts: [{ fact: 'youngCount' }],
      messages: { ...RULE.messages, flagged: 'Only {youngCount} members are young people.' },
    });
    expect(fixed.stdout).toBe('unread-fact.config.json: valid configuration\n');
  });

  it('whose declaration is broken is reported once, at the declaration', async () => {
    const { code, stdout } = await validateRule('misspelt-field', {
      ...RULE,
      define: {
        youngShare: {
          ...RULE.define.youngShare,
          where: { field: 'role', contains: 'young-person' },
        },
      },
    });
    expect(code).toBe(2);
    expect(stdout).toContain(
      'define, youngShare, where, field: unknown field "role" of members; did you mean "roles"?',
    );
    expect(stdout).not.toContain('placeholder');
    expect(stdout).toContain('1 problem in 1 file.');
  });
});

describe('a pack whose questions.json cannot be used', () => {
  it('is reported there alone, not again as an unknown question id and section in every rule', async () => {
    const [question] = QUESTIONS.questions;
    const { section, ...withoutSection } = question!;
    const broken = { ...QUESTIONS, questions: [{ ...withoutSection, sectoin: section }] };
    for (const [name, catalogue] of [
      ['catalogue-misspelt', JSON.stringify(broken, null, 2)],
      ['catalogue-not-json', '{ "source": "Northdale", '],
    ] as const) {
      write(`${name}/questions.json`, catalogue);
      write(`${name}/rules/young-people-share.json`, RULE);
      write(`${name}.config.json`, {
        extends: ['coproduce:recommended'],
        ruleFiles: [`./${name}`],
      });
      const { code, stdout } = await run(['validate', `${name}.config.json`], at);
      expect(code).toBe(2);
      expect(stdout).toContain(`${name}/questions.json`);
      expect(stdout).not.toContain('young-people-share.json');
    }
  });
});

describe('a rule file of the pack validated alone', () => {
  it('is checked with the pack’s questions.json beside its folder, so its question ids are known', async () => {
    const alone = await run(['validate', 'youth-voice/rules/young-people-share.json'], at);
    expect(alone.stdout).toBe('youth-voice/rules/young-people-share.json: valid rule file\n');
    expect(alone.code).toBe(0);
    write('youth-voice-typo/questions.json', {
      source: 'Northdale youth involvement standard',
      questions: [{ id: 'youth.share', section: 'Young people in the group', point: 'A quarter' }],
    });
    write('youth-voice-typo/rules/young-people-share.json', {
      ...RULE,
      questions: ['youth.shares'],
    });
    const typo = await run(['validate', 'youth-voice-typo/rules/young-people-share.json'], at);
    expect(typo.code).toBe(2);
    // The guess comes from the pack's own ids, not only coproduce's.
    expect(typo.stdout).toContain(
      'question 1: unknown question id "youth.shares"; did you mean "youth.share"?',
    );
  });

  it('reads a questions.json saved with a byte-order mark, as loading the pack does', async () => {
    write('youth-voice-bom/questions.json', `\uFEFF${JSON.stringify(QUESTIONS, null, 2)}`);
    write('youth-voice-bom/rules/young-people-share.json', RULE);
    const alone = await run(['validate', 'youth-voice-bom/rules/young-people-share.json'], at);
    expect(alone.stdout).toBe('youth-voice-bom/rules/young-people-share.json: valid rule file\n');
    expect(alone.code).toBe(0);
  });
});

describe('coproduce questions, for a council’s own framework', () => {
  it('does not call the council’s words coproduce’s own', async () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const own = await run(['questions', 'youth'], at);
    expect(own.code).toBe(0);
    expect(flat(own.stdout)).toMatch(
      /^1 framework question in 1 section, from the Northdale youth involvement standard\. Configuration:/,
    );
    const welsh = await run(['questions', 'youth', '--locale', 'cy'], at);
    expect(flat(welsh.stdout)).toMatch(
      /^1 cwestiwn y fframwaith mewn 1 adran, o’r Northdale youth involvement standard\. Ffurfweddiad:/,
    );
    // coproduce's own framework is still said to be in coproduce's words.
    const builtin = await run(['questions', 'readiness'], at);
    expect(flat(builtin.stdout)).toContain('The words are coproduce’s own');
  });
});

describe('a comparison written as another language spells it', () => {
  it('is refused with the name the fact language uses, in English and Welsh', async () => {
    write('includes/questions.json', {
      source: 'Northdale youth involvement standard',
      questions: [{ id: 'youth.share', section: 'Young people in the group', point: 'A quarter' }],
    });
    write('includes/rules/young-people-share.json', {
      ...RULE,
      define: {
        youngShare: {
          ...RULE.define.youngShare,
          where: { field: 'roles', includes: 'young-person' },
        },
      },
    });
    write('includes.config.json', { extends: [], ruleFiles: ['./includes'] });
    const english = await run(['validate', 'includes.config.json'], at);
    expect(english.stdout).toContain(
      'define, youngShare, where, includes: unknown key "includes"; did you mean "contains"?',
    );
    const welsh = await run(['validate', 'includes.config.json', '--locale', 'cy'], at);
    expect(welsh.stdout).toContain(
      'define, youngShare, where, includes: allwedd anhysbys "includes"; ai "contains" oedd dan sylw?',
    );
  });
});

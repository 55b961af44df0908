/**
 * With `--locale cy`, where a problem is (an item counted from 1 with its
 * title and id) and what an acknowledgement gets wrong are said in Welsh;
 * without it, the English is as it was.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, createWorkspace, type RunOptions, run } from './helpers.js';

let dir: string;
let cleanup: () => void;
let at: RunOptions;

beforeAll(() => {
  ({ dir, cleanup } = createWorkspace());
  at = { cwd: dir };
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
    const flat = (text: string) => text.replace(/\s+/g, ' ');
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
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(flat(cy.stdout)).toContain('Sylwi’n gynnar a gofyn beth fyddai’n helpu');
    expect(flat(cy.stdout)).toContain(
      'Fframwaith: Yn ystod cydgynhyrchu — during.everyone-contributes.',
    );
    expect(flat(cy.stdout)).toContain(
      'quietShare = 0.2 share (y rhagosodiad): Mae aelod yn cyfrif fel un tawel',
    );
    expect(flat(en.stdout)).toContain('Noticing early and asking what would help');
    expect(flat(en.stdout)).toContain(
      'quietShare = 0.2 share (the default): A member counts as quiet',
    );
    expect(flat(cy.stdout)).not.toMatch(/Noticing early|A member counts as quiet/);
  });
});

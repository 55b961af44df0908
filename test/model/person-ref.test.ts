import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  check,
  commands,
  createHistory,
  eraseMember,
  eraseMemberFromHistory,
  PERSONAL_MEMBER_FIELDS,
  parseProject,
  projectAsOf,
  recordCommand,
  serializeHistory,
  serializeProject,
} from '../../src/index.js';
import { anonymiseReport } from '../../src/report/index.js';
import { PersonRefSchema } from '../../src/schemas.js';
import { catchCoproduceError, smallProjectInput } from '../state/fixtures.js';

describe('personRef', () => {
  it('accepts keys a council assigns', () => {
    for (const ref of [
      'P-0042',
      'res-2025-117',
      '0f3c9a1e-77b2-4c1d-9e55-2b8f1a6d0c43',
      'NC:00981',
    ]) {
      expect(PersonRefSchema.safeParse(ref).success, ref).toBe(true);
    }
  });

  it('refuses names, email addresses and keys too short or without digits', () => {
    for (const ref of [
      'Sam Jones',
      'sam.jones@example.org',
      'SamJones',
      'P-1',
      'x7',
      '-0042',
      `P${'0'.repeat(64)}`,
      '07700 900123',
    ]) {
      expect(PersonRefSchema.safeParse(ref).success, ref).toBe(false);
    }
  });

  it('explains a refused reference in the project error, with its path', () => {
    const input = structuredClone(smallProjectInput);
    const member = input.group?.members?.[0];
    if (!member) throw new Error('fixture has no member');
    member.personRef = 'Member A';
    const error = catchCoproduceError(() => parseProject(input));
    const detail = error.problems.find((p) => p.path.join('.') === 'group.members.0.personRef');
    expect(detail?.message).toMatch(/never a name/);
  });

  it('is personal data: erasing a member removes it from the project and every past state', () => {
    const project = parseProject(smallProjectInput);
    let history = createHistory(project);
    history = recordCommand(
      history,
      commands.member.update({ id: 'm-01', changes: { personRef: 'P-0042' } }),
      { at: '2025-03-02T10:00:00Z' },
    );
    history = recordCommand(
      history,
      commands.member.add({
        id: 'm-04',
        displayName: 'Member D',
        roles: ['resident'],
        personRef: 'P-0077',
      }),
      { at: '2025-03-03T10:00:00Z' },
    );
    expect(PERSONAL_MEMBER_FIELDS).toContain('personRef');
    expect(eraseMember(history.project, 'm-01').group.members[0]).not.toHaveProperty('personRef');

    const erased = eraseMemberFromHistory(
      eraseMemberFromHistory(history, 'm-01', {
        reason: 'Erasure request ER-1',
        at: '2025-03-04T10:00:00Z',
      }),
      'm-04',
      { reason: 'Erasure request ER-2', at: '2025-03-05T10:00:00Z' },
    );
    const text = serializeHistory(erased);
    expect(text).not.toContain('P-0042');
    expect(text).not.toContain('P-0077');
    expect(serializeHistory(history)).toContain('P-0042');
    // Each past state still validates and no longer links the member.
    const past = projectAsOf(erased, '2025-03-03T12:00:00Z');
    expect(past.group.members.map((m) => m.personRef)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The other members keep theirs: erasure touches one person only.
    const other = applyCommand(
      history.project,
      commands.member.update({ id: 'm-02', changes: { personRef: 'P-0099' } }),
    );
    expect(eraseMember(other, 'm-01').group.members[1]?.personRef).toBe('P-0099');
  });

  it('round-trips and never reaches an anonymised report', async () => {
    const input = structuredClone(smallProjectInput);
    const member = input.group?.members?.[0];
    if (!member) throw new Error('fixture has no member');
    member.personRef = 'P-0042';
    const project = parseProject(input);
    expect(parseProject(JSON.parse(serializeProject(project)))).toEqual(project);
    const report = await check(project, { now: '2025-06-02T09:00:00Z' });
    expect(JSON.stringify(anonymiseReport(report, project))).not.toContain('P-0042');
  });
});

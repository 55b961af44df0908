/**
 * Command inputs take what a project holds as it is: every list and record
 * of a project is read-only, and a caller should not have to copy one to
 * pass it on.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { type Command, commands, type Project } from '../../src/index.js';

declare const project: Project;

describe('command creators', () => {
  it('accept read-only lists and records read from a project', () => {
    const member = project.group.members[0]!;
    const update = commands.member.update({ id: member.id, changes: { roles: member.roles } });
    expectTypeOf(update).toMatchTypeOf<Command>();
    commands.member.setAccessNeeds({ id: member.id, accessNeeds: member.accessNeeds ?? 'none' });
    // A whole record, read from the project and recorded again under a new id.
    commands.activity.record({ ...project.activities[0]!, id: 'a-copy' });
    commands.member.add({ ...member, id: 'm-copy' });
  });

  it('still refuse a payload of the wrong shape', () => {
    // @ts-expect-error roles is a list of roles, not one
    commands.member.update({ id: 'm-01', changes: { roles: 'resident' } });
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import type {
  Activity,
  ActivityId,
  ActivityKind,
  CoproduceErrorCode,
  DecisionId,
  DeepReadonly,
  Extensions,
  IsoDate,
  JsonValue,
  Member,
  MemberId,
  MemberRole,
  PerspectiveId,
  Project,
  ProjectId,
  ProjectInput,
  ReadonlyJsonValue,
  Reflection,
  Stage,
} from '../../src/model/index.js';
import type { ParseProjectResult } from '../../src/model/parse.js';
import { parseProject, parseProjectJson, serializeProject } from '../../src/model/parse.js';

describe('branded ids', () => {
  it('are not interchangeable with each other', () => {
    expectTypeOf<MemberId>().not.toEqualTypeOf<ActivityId>();
    expectTypeOf<MemberId>().not.toMatchTypeOf<ActivityId>();
    expectTypeOf<ActivityId>().not.toMatchTypeOf<MemberId>();
    expectTypeOf<DecisionId>().not.toMatchTypeOf<ActivityId>();
    expectTypeOf<PerspectiveId>().not.toMatchTypeOf<MemberId>();

    const memberId = 'm-01' as MemberId;
    const takesActivity = (_id: ActivityId) => undefined;
    // @ts-expect-error a MemberId is not an ActivityId
    takesActivity(memberId);
  });

  it('are strings, but a plain string is not an id', () => {
    expectTypeOf<MemberId>().toMatchTypeOf<string>();
    expectTypeOf<string>().not.toMatchTypeOf<MemberId>();
    const takesMember = (_id: MemberId) => undefined;
    // @ts-expect-error a plain string must be parsed (or cast) into a MemberId
    takesMember('m-01');
  });
});

describe('Project', () => {
  it('has the expected field types', () => {
    expectTypeOf<Project['schemaVersion']>().toEqualTypeOf<2>();
    expectTypeOf<Project['id']>().toEqualTypeOf<ProjectId>();
    expectTypeOf<Project['title']>().toEqualTypeOf<string>();
    expectTypeOf<Project['stage']>().toEqualTypeOf<Stage>();
    expectTypeOf<Stage>().toEqualTypeOf<'planning' | 'starting' | 'during' | 'ending' | 'closed'>();
    expectTypeOf<Project['organisation']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Project['group']['members']>().toEqualTypeOf<readonly Member[]>();
    expectTypeOf<Project['activities']>().toEqualTypeOf<readonly Activity[]>();
    expectTypeOf<Project['reflections']>().toEqualTypeOf<readonly Reflection[]>();
    expectTypeOf<Project['extensions']>().toEqualTypeOf<Extensions>();
    expectTypeOf<Extensions>().toEqualTypeOf<{ readonly [key: string]: ReadonlyJsonValue }>();
    expectTypeOf<DeepReadonly<JsonValue>>().toEqualTypeOf<ReadonlyJsonValue>();
  });

  it('is read-only at every depth, as the values the library returns are frozen', () => {
    const project = parseProject({
      schemaVersion: 2,
      id: 'p-01',
      title: 'Young carers travel',
      stage: 'planning',
      timeZone: 'Europe/London',
    });
    const member = project.group.members[0];
    const change = () => {
      // @ts-expect-error a project's fields are read-only
      project.title = 'x';
      // @ts-expect-error its lists are read-only
      project.group.members.push(member!);
      // @ts-expect-error and so are the lists inside its parts
      member?.roles.push('resident');
      // @ts-expect-error and the parts' own fields
      if (member) member.displayName = 'Kai';
      // @ts-expect-error extensions too
      project.extensions.caseRef = 'ASC-1';
    };
    expectTypeOf(change).toBeFunction();
    expectTypeOf<Project['group']['members']>().not.toMatchTypeOf<Member[]>();
  });

  it('fills defaults, so collections are never undefined after parsing', () => {
    expectTypeOf<Project['activities']>().not.toBeNullable();
    expectTypeOf<Project['group']>().not.toBeNullable();
    expectTypeOf<Project['governance']['seniorLeaders']>().not.toBeNullable();
    expectTypeOf<Member['accessNeeds']>().not.toBeNullable();
    expectTypeOf<ProjectInput['activities']>().toBeNullable();
  });

  it('types members and activities', () => {
    expectTypeOf<Member['id']>().toEqualTypeOf<MemberId>();
    expectTypeOf<Member['roles']>().toEqualTypeOf<readonly MemberRole[]>();
    expectTypeOf<Member['perspectives']>().toEqualTypeOf<readonly PerspectiveId[]>();
    expectTypeOf<Member['joined']>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<Activity['id']>().toEqualTypeOf<ActivityId>();
    expectTypeOf<Activity['kind']>().toEqualTypeOf<ActivityKind>();
    expectTypeOf<
      NonNullable<Activity['attendance']>[number]['memberId']
    >().toEqualTypeOf<MemberId>();
    expectTypeOf<NonNullable<Activity['chairedBy']>>().toEqualTypeOf<readonly MemberId[]>();
  });

  it('accepts plain strings as ids in the input type', () => {
    expectTypeOf<ProjectInput['id']>().toEqualTypeOf<string>();
    const input: ProjectInput = {
      schemaVersion: 2,
      id: 'p-01',
      title: 'Young carers travel',
      stage: 'planning',
      timeZone: 'Europe/London',
      group: { members: [{ id: 'm-01', displayName: 'Kai', roles: ['young-person'] }] },
    };
    expectTypeOf(parseProject(input)).toEqualTypeOf<Project>();
  });

  it('types the functions that read and write projects', () => {
    expectTypeOf(parseProject).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseProjectJson).returns.toEqualTypeOf<Project>();
    expectTypeOf(serializeProject).parameter(0).toEqualTypeOf<Project>();
    expectTypeOf(serializeProject).returns.toEqualTypeOf<string>();
    expectTypeOf<
      Extract<ParseProjectResult, { success: true }>['project']
    >().toEqualTypeOf<Project>();
    expectTypeOf<'invalid-project'>().toMatchTypeOf<CoproduceErrorCode>();
    expectTypeOf<'no-such-code'>().not.toMatchTypeOf<CoproduceErrorCode>();
  });
});

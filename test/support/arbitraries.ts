/**
 * fast-check arbitraries of valid project input documents: every id unique in
 * its collection, every reference naming an existing record, ends after
 * starts, and free-form `extensions` holding arbitrary JSON.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import type {
  AccessNeedSchema,
  ActivitySchema,
  AgreementSchema,
  DecisionSchema,
  IdeaSchema,
  JsonValue,
  LearningEntrySchema,
  MemberSchema,
  ProjectInput,
  ReciprocityEntrySchema,
  RecommendationSchema,
  ReflectionSchema,
  SeniorLeaderSchema,
} from '../../src/model/index.js';
import {
  AccessFeatureSchema,
  ActivityFormatSchema,
  ActivityKindSchema,
  AgreementTopicSchema,
  CadenceSchema,
  DayPartSchema,
  DecisionMakerSchema,
  DecisionStatusSchema,
  FlowDirectionSchema,
  FORBIDDEN_KEYS,
  GovernanceRouteSchema,
  GovernanceStatusSchema,
  IdeaStatusSchema,
  InfluenceLevelSchema,
  MemberRoleSchema,
  NonCashPreferenceSchema,
  OutcomeStatusSchema,
  RatingSchema,
  ReciprocityKindSchema,
  ReciprocityStatusSchema,
  RecommendationResponseSchema,
  StageSchema,
  SupportSchema,
  VenueFeatureSchema,
  VenueSettingSchema,
  WeekdaySchema,
} from '../../src/model/index.js';

type Input<S extends z.ZodType> = z.input<S>;

const MAX = 5;

/** Picks any option of a zod enum. */
function oneOf<T extends string>(schema: { options: readonly T[] }): fc.Arbitrary<T> {
  return fc.constantFrom(...schema.options);
}

/** An id matching the model's id pattern. */
export const idArb: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,11}$/);

/** Short non-empty text, sometimes with any Unicode. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
);

const dayMs = 86_400_000;
const minDay = Date.UTC(2000, 0, 1) / dayMs;
const maxDay = Date.UTC(2040, 11, 31) / dayMs;

/** A calendar date `YYYY-MM-DD` between 2000 and 2040. */
export const dateArb: fc.Arbitrary<string> = fc
  .integer({ min: minDay, max: maxDay })
  .map((day) => new Date(day * dayMs).toISOString().slice(0, 10));

/** Two dates in order (the second on or after the first). */
const datePairArb = fc
  .tuple(dateArb, dateArb)
  .map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));

const offsets = [0, 60, -300, 330, 120, -210] as const;

function withOffset(ms: number, offsetMinutes: number, fraction: boolean): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone =
    offsetMinutes === 0 && !fraction
      ? 'Z'
      : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.slice(0, fraction ? 23 : 19)}${zone}`;
}

/** A start and an end on or after it, each a date-time with an offset. */
export const periodArb: fc.Arbitrary<{ start: string; end: string }> = fc
  .record({
    startMs: fc.integer({ min: minDay * dayMs, max: maxDay * dayMs }),
    minutes: fc.integer({ min: 0, max: 24 * 60 }),
    startOffset: fc.constantFrom(...offsets),
    endOffset: fc.constantFrom(...offsets),
    fraction: fc.boolean(),
  })
  .map(({ startMs, minutes, startOffset, endOffset, fraction }) => {
    // Whole seconds unless fractions are wanted, so truncation keeps the order.
    const start = fraction ? startMs : startMs - (startMs % 1000);
    return {
      start: withOffset(start, startOffset, fraction),
      end: withOffset(start + minutes * 60_000, endOffset, fraction),
    };
  });

/** Removes what the model refuses in JSON data: prototype keys, and -0 (see below). */
function sanitiseJson(value: JsonValue): JsonValue {
  if (typeof value === 'number') {
    // JSON text cannot keep -0 apart from 0 (JSON.stringify(-0) is "0"), so a
    // round trip through serializeProject reads it back as 0.
    return Object.is(value, -0) ? 0 : value;
  }
  if (Array.isArray(value)) return value.map(sanitiseJson);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      if (!FORBIDDEN_KEYS.has(key)) out[key] = sanitiseJson(item);
    }
    return out;
  }
  return value;
}

/** Any JSON value the model keeps in `extensions`. */
export const jsonValueArb: fc.Arbitrary<JsonValue> = fc
  .jsonValue({ maxDepth: 4 })
  .map((value) => sanitiseJson(value as JsonValue));

/** An `extensions` object: arbitrary JSON under arbitrary keys. */
export const extensionsArb: fc.Arbitrary<{ [key: string]: JsonValue }> = fc
  .dictionary(fc.string({ maxLength: 10 }), jsonValueArb, { maxKeys: 4 })
  .map((dict) => sanitiseJson(dict) as { [key: string]: JsonValue });

/** Any sub-list of a list, in order, without repeats. */
function someOf<T>(items: readonly T[], min = 0): fc.Arbitrary<T[]> {
  return fc.subarray([...items], { minLength: Math.min(min, items.length) });
}

/** An optional reference into a list of ids (never a dangling one). */
function refInto(ids: readonly string[]): fc.Arbitrary<string | undefined> {
  return ids.length === 0
    ? fc.constant(undefined)
    : fc.option(fc.constantFrom(...ids), { nil: undefined });
}

/** `T` with every key that may hold undefined made optional instead. */
type Compact<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops keys whose value is undefined, as exactOptionalPropertyTypes wants. */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}

const accessNeedArb: fc.Arbitrary<Input<typeof AccessNeedSchema>> = fc.record(
  {
    need: textArb,
    requires: fc.uniqueArray(oneOf(AccessFeatureSchema), { maxLength: 3 }),
    bySetting: fc.record(
      {
        inPerson: fc.uniqueArray(oneOf(AccessFeatureSchema), { maxLength: 2 }),
        online: fc.uniqueArray(oneOf(AccessFeatureSchema), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    met: fc.boolean(),
    howMet: textArb,
  },
  { requiredKeys: ['need', 'met'] },
);

const memberArb = (perspectiveIds: readonly string[]): fc.Arbitrary<Input<typeof MemberSchema>> =>
  fc
    .record(
      {
        id: idArb,
        displayName: textArb,
        roles: fc.uniqueArray(oneOf(MemberRoleSchema), { minLength: 1, maxLength: 3 }),
        perspectives: someOf(perspectiveIds),
        skills: fc.array(textArb, { maxLength: 2 }),
        usualParticipant: fc.boolean(),
        otherEngagement: fc.array(textArb, { maxLength: 2 }),
        represents: fc.array(
          fc.record({ group: textArb, connection: textArb }, { requiredKeys: ['group'] }),
          { maxLength: 2 },
        ),
        accessNeeds: fc.oneof(
          fc.constant('unknown' as const),
          fc.constant('none' as const),
          fc.array(accessNeedArb, { minLength: 1, maxLength: 2 }),
        ),
        availability: fc.record(
          {
            days: fc.uniqueArray(oneOf(WeekdaySchema), { maxLength: 3 }),
            dayParts: fc.uniqueArray(oneOf(DayPartSchema), { maxLength: 2 }),
            notes: textArb,
          },
          { requiredKeys: [] },
        ),
        period: fc.option(datePairArb, { nil: undefined }),
        leaves: fc.boolean(),
        briefedOnGovernance: fc.boolean(),
        briefedOnCoproduction: fc.boolean(),
        benefitsAdviceOfferedOn: dateArb,
        nonCashPreference: oneOf(NonCashPreferenceSchema),
        trainingTaken: fc.array(
          fc.record({ title: textArb, on: dateArb }, { requiredKeys: ['title'] }),
          {
            maxLength: 2,
          },
        ),
        extensions: extensionsArb,
      },
      { requiredKeys: ['id', 'displayName', 'roles', 'period', 'leaves'] },
    )
    .map(({ period, leaves, ...member }) =>
      compact({
        ...member,
        joined: period?.[0],
        left: period && leaves ? period[1] : undefined,
      }),
    );

const activityArb = (memberIds: readonly string[]): fc.Arbitrary<Input<typeof ActivitySchema>> =>
  fc
    .record(
      {
        id: idArb,
        kind: oneOf(ActivityKindSchema),
        title: textArb,
        period: periodArb,
        venue: fc.record(
          {
            name: textArb,
            setting: oneOf(VenueSettingSchema),
            features: fc.uniqueArray(oneOf(VenueFeatureSchema), { maxLength: 4 }),
          },
          { requiredKeys: ['name', 'setting'] },
        ),
        format: oneOf(ActivityFormatSchema),
        supportArranged: fc.uniqueArray(oneOf(SupportSchema), { maxLength: 3 }),
        chairedBy: someOf(memberIds),
        facilitatedBy: someOf(memberIds),
        attendance: someOf(memberIds).chain((ids) =>
          fc.tuple(
            ...ids.map((memberId) =>
              fc.record(
                {
                  memberId: fc.constant(memberId),
                  contributions: fc.nat({ max: 50 }),
                  questionsAsked: fc.nat({ max: 10 }),
                  knowledgeShared: fc.nat({ max: 10 }),
                },
                { requiredKeys: ['memberId'] },
              ),
            ),
          ),
        ),
        jargon: fc.array(fc.record({ term: textArb, explained: fc.boolean() }), { maxLength: 2 }),
        notes: textArb,
        extensions: extensionsArb,
      },
      { requiredKeys: ['id', 'kind', 'title', 'period'] },
    )
    .map(({ period, ...activity }) => ({ ...activity, ...period }));

const decisionArb = (activityIds: readonly string[]): fc.Arbitrary<Input<typeof DecisionSchema>> =>
  fc
    .record(
      {
        id: idArb,
        title: textArb,
        status: oneOf(DecisionStatusSchema),
        date: dateArb,
        due: dateArb,
        toBeMadeBy: textArb,
        madeBy: oneOf(DecisionMakerSchema),
        decidedBy: textArb,
        groupsToMake: fc.boolean(),
        affectsGroup: fc.boolean(),
        influence: oneOf(InfluenceLevelSchema),
        governance: fc.record(
          {
            route: oneOf(GovernanceRouteSchema),
            status: oneOf(GovernanceStatusSchema),
            reference: textArb,
            updatedOn: dateArb,
          },
          { requiredKeys: ['route'] },
        ),
        rationaleExplained: fc.boolean(),
        reasons: textArb,
        groupInformed: fc.boolean(),
        groupToldOn: dateArb,
        activityId: refInto(activityIds),
        notes: textArb,
        extensions: extensionsArb,
      },
      { requiredKeys: ['id', 'title', 'date', 'madeBy', 'activityId'] },
    )
    .chain((decision) =>
      // A made decision keeps its date; a planned one may have none.
      decision.status === 'planned'
        ? fc.boolean().map((dropDate) => {
            if (!dropDate) return decision;
            const { date: _date, ...rest } = decision;
            return rest;
          })
        : fc.constant(decision),
    )
    .map(compact);

const recommendationArb = (
  decisionIds: readonly string[],
): fc.Arbitrary<Input<typeof RecommendationSchema>> =>
  fc
    .record(
      {
        id: idArb,
        summary: textArb,
        madeOn: dateArb,
        madeTo: textArb,
        decisionId: refInto(decisionIds),
        response: oneOf(RecommendationResponseSchema),
        respondedOn: dateArb,
        reasons: textArb,
        groupToldOn: dateArb,
        notes: textArb,
        extensions: extensionsArb,
      },
      { requiredKeys: ['id', 'summary', 'madeOn', 'decisionId'] },
    )
    .map(compact);

const reciprocityArb = (
  memberIds: readonly string[],
): fc.Arbitrary<Input<typeof ReciprocityEntrySchema>> =>
  fc
    .record(
      {
        id: idArb,
        memberId: fc.constantFrom(...memberIds),
        kind: oneOf(ReciprocityKindSchema),
        offeredOn: dateArb,
        amountPence: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(1_000_000_000_000)),
        claimedOn: dateArb,
        paidOn: dateArb,
        status: oneOf(ReciprocityStatusSchema),
        note: textArb,
      },
      { requiredKeys: ['id', 'memberId', 'kind', 'status'] },
    )
    .map(compact);

const learningArb = (
  activityIds: readonly string[],
  decisionIds: readonly string[],
): fc.Arbitrary<Input<typeof LearningEntrySchema>> =>
  fc
    .record(
      {
        id: idArb,
        insight: textArb,
        date: dateArb,
        sourceActivityId: refInto(activityIds),
        sourceDecisionId: refInto(decisionIds),
        sharedWith: fc.array(fc.record({ audience: textArb, on: dateArb }), { maxLength: 2 }),
        extensions: extensionsArb,
      },
      { requiredKeys: ['id', 'insight', 'date', 'sourceActivityId', 'sourceDecisionId'] },
    )
    .map(compact);

const questionIdArb = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    fc.array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), { minLength: 1, maxLength: 2 }),
  )
  .map(([head, rest]) => [head, ...rest].join('.'));

const reflectionArb = (
  memberIds: readonly string[],
): fc.Arbitrary<Input<typeof ReflectionSchema>> =>
  fc.record(
    {
      id: idArb,
      questionId: questionIdArb,
      date: dateArb,
      rating: oneOf(RatingSchema),
      notes: textArb,
      actions: fc.array(
        fc
          .record(
            { description: textArb, owner: refInto(memberIds), due: dateArb, done: dateArb },
            { requiredKeys: ['description', 'owner'] },
          )
          .map(compact),
        { maxLength: 2 },
      ),
      recordedBy: someOf(memberIds),
      extensions: extensionsArb,
    },
    { requiredKeys: ['id', 'questionId', 'date', 'rating'] },
  );

const ideaArb = (memberIds: readonly string[]): fc.Arbitrary<Input<typeof IdeaSchema>> =>
  fc.record(
    {
      id: idArb,
      summary: textArb,
      raisedOn: dateArb,
      raisedBy: someOf(memberIds),
      status: oneOf(IdeaStatusSchema),
      response: textArb,
      extensions: extensionsArb,
    },
    { requiredKeys: ['id', 'summary', 'raisedOn', 'status'] },
  );

const agreementArb = (memberIds: readonly string[]): fc.Arbitrary<Input<typeof AgreementSchema>> =>
  fc.record(
    {
      id: idArb,
      topic: oneOf(AgreementTopicSchema),
      text: textArb,
      createdBy: someOf(memberIds),
      createdOn: dateArb,
      reviewedOn: dateArb,
      extensions: extensionsArb,
    },
    { requiredKeys: ['id', 'topic', 'text'] },
  );

const leaderArb: fc.Arbitrary<Input<typeof SeniorLeaderSchema>> = fc.record(
  {
    id: idArb,
    name: textArb,
    role: textArb,
    involvement: fc.array(
      fc.record({ point: textArb, due: dateArb, done: dateArb }, { requiredKeys: ['point'] }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['id', 'name', 'role'] },
);

function uniqueById<T extends { id: string }>(
  arb: fc.Arbitrary<T>,
  maxLength = MAX,
): fc.Arbitrary<T[]> {
  return fc.uniqueArray(arb, { selector: (item) => item.id, maxLength });
}

/** The parts of a project that nothing else refers to. */
const standaloneArb = fc.record(
  {
    organisation: textArb,
    timeframe: fc
      .record(
        {
          period: fc.option(datePairArb, { nil: undefined }),
          milestones: uniqueById(
            fc.record(
              { id: idArb, title: textArb, due: dateArb, done: dateArb },
              { requiredKeys: ['id', 'title', 'due'] },
            ),
          ),
        },
        { requiredKeys: ['period'] },
      )
      .map(({ period, ...rest }) => compact({ ...rest, start: period?.[0], end: period?.[1] })),
    progressTracking: fc.record(
      { method: textArb, cadence: oneOf(CadenceSchema), lastReview: dateArb },
      { requiredKeys: [] },
    ),
    learningPlan: fc.record(
      { captureMethod: textArb, shareWith: fc.array(textArb, { maxLength: 3 }) },
      { requiredKeys: [] },
    ),
    resources: fc.record(
      {
        budgetGbp: fc.double({ min: 0, max: 1e9, noNaN: true }),
        staffHoursPerWeek: fc.double({ min: 0, max: 10_000, noNaN: true }),
        dedicated: fc.boolean(),
        notes: textArb,
      },
      { requiredKeys: [] },
    ),
    influence: fc.record(
      {
        canInfluence: fc.array(textArb, { maxLength: 3 }),
        cannotInfluence: fc.array(
          fc.record({ topic: textArb, reason: textArb }, { requiredKeys: ['topic'] }),
          { maxLength: 3 },
        ),
        sharedOn: dateArb,
      },
      { requiredKeys: [] },
    ),
    communicationPlan: fc.record(
      {
        during: textArb,
        after: textArb,
        channels: fc.array(textArb, { maxLength: 3 }),
        membersToldOn: dateArb,
      },
      { requiredKeys: [] },
    ),
    relatedEngagement: uniqueById(
      fc.record(
        { id: idArb, title: textArb, owner: textArb, overlap: textArb, coordination: textArb },
        { requiredKeys: ['id', 'title'] },
      ),
    ),
    glossary: fc.array(fc.record({ term: textArb, explanation: textArb }), { maxLength: 3 }),
    extensions: extensionsArb,
  },
  { requiredKeys: [] },
);

/**
 * A valid project input document. Optional parts are sometimes left out, so
 * defaults are exercised too.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(projectInputArb, (input) => { parseProject(input); }));
 * ```
 */
export const projectInputArb: fc.Arbitrary<ProjectInput> = fc
  .record({
    perspectives: uniqueById(
      fc.record({ id: idArb, label: textArb, why: textArb }, { requiredKeys: ['id', 'label'] }),
    ),
    leaders: uniqueById(leaderArb, 3),
  })
  .chain(({ perspectives, leaders }) =>
    uniqueById(memberArb(perspectives.map((p) => p.id)), 6).map((members) => ({
      perspectives,
      leaders,
      members,
    })),
  )
  .chain((ctx) => {
    const memberIds = ctx.members.map((m) => m.id);
    return uniqueById(activityArb(memberIds)).map((activities) => ({
      ...ctx,
      memberIds,
      activities,
    }));
  })
  .chain((ctx) => {
    const activityIds = ctx.activities.map((a) => a.id);
    return uniqueById(decisionArb(activityIds)).map((decisions) => ({
      ...ctx,
      activityIds,
      decisions,
    }));
  })
  .chain((ctx) => {
    const { memberIds, activityIds } = ctx;
    const leaderIds = ctx.leaders.map((l) => l.id);
    const decisionIds = ctx.decisions.map((d) => d.id);
    return fc.record(
      {
        schemaVersion: fc.constant(2 as const),
        id: idArb,
        title: textArb,
        stage: oneOf(StageSchema),
        timeZone: fc.constantFrom('Europe/London', 'UTC', 'America/New_York', 'Asia/Kolkata'),
        $schema: fc.constant('../../schemas/project.schema.json'),
        standalone: standaloneArb,
        coproductionMeaning: fc.record(
          {
            definition: textArb,
            whyChosen: textArb,
            agreedOn: dateArb,
            agreedBy: someOf(memberIds),
          },
          { requiredKeys: [] },
        ),
        purpose: fc.record(
          { what: textArb, why: textArb, agreedOn: dateArb, agreedBy: someOf(memberIds) },
          { requiredKeys: [] },
        ),
        remit: fc.record(
          {
            issue: textArb,
            inScope: fc.array(textArb, { maxLength: 3 }),
            outOfRemit: fc.array(
              fc.record({ topic: textArb, reason: textArb }, { requiredKeys: ['topic'] }),
              { maxLength: 3 },
            ),
            agreedOn: dateArb,
            agreedBy: someOf(memberIds),
          },
          { requiredKeys: [] },
        ),
        outcomes: uniqueById(
          fc.record(
            {
              id: idArb,
              description: textArb,
              recognisedBy: textArb,
              status: oneOf(OutcomeStatusSchema),
              agreedOn: dateArb,
              agreedBy: someOf(memberIds),
            },
            { requiredKeys: ['id', 'description'] },
          ),
        ),
        ending: fc.record(
          {
            evaluatedOn: dateArb,
            evaluatedWith: someOf(memberIds),
            membersToldOn: dateArb,
            howMembersTold: textArb,
            whatHappensNext: textArb,
          },
          { requiredKeys: [] },
        ),
        group: fc.constant({ requiredPerspectives: ctx.perspectives, members: ctx.members }),
        activities: fc.constant(ctx.activities),
        decisions: fc.constant(ctx.decisions),
        learning: uniqueById(learningArb(activityIds, decisionIds)),
        reflections: uniqueById(reflectionArb(memberIds)),
        ideas: uniqueById(ideaArb(memberIds)),
        recommendations: uniqueById(recommendationArb(decisionIds)),
        reciprocity:
          memberIds.length === 0 ? fc.constant([]) : uniqueById(reciprocityArb(memberIds)),
        agreements: uniqueById(agreementArb(memberIds)),
        governance: fc.record(
          {
            seniorLeaders: fc.constant(ctx.leaders),
            informationFlows: uniqueById(
              fc.record(
                {
                  id: idArb,
                  direction: oneOf(FlowDirectionSchema),
                  description: textArb,
                  cadence: oneOf(CadenceSchema),
                  lastOccurred: dateArb,
                  leaderIds: someOf(leaderIds),
                },
                { requiredKeys: ['id', 'direction', 'cadence'] },
              ),
            ),
            responsibilities:
              memberIds.length === 0
                ? fc.constant([])
                : uniqueById(fc.record({ id: idArb, area: textArb, owners: someOf(memberIds, 1) })),
            decisionScopeAgreedOn: dateArb,
            processSummary: textArb,
          },
          { requiredKeys: ['seniorLeaders'] },
        ),
      },
      {
        // Records that others refer to are always kept; dropEmpty below leaves out empty ones.
        requiredKeys: [
          'schemaVersion',
          'id',
          'title',
          'stage',
          'timeZone',
          'standalone',
          'group',
          'activities',
          'decisions',
          'governance',
        ],
      },
    );
  })
  .chain((project) => fc.boolean().map((dropEmpty) => ({ project, dropEmpty })))
  .map(({ project: { standalone, ...project }, dropEmpty }) => {
    const doc: Record<string, unknown> = { ...standalone, ...project };
    if (dropEmpty) {
      // Leave out empty collections so the model's defaults fill them in.
      for (const key of ['activities', 'decisions'] as const) {
        if (Array.isArray(doc[key]) && (doc[key] as unknown[]).length === 0) delete doc[key];
      }
      if (project.group.members.length === 0 && project.group.requiredPerspectives.length === 0) {
        delete doc.group;
      }
    }
    return doc as ProjectInput;
  });

import { describe, expect, it } from 'vitest';
import questionsFile from '../../../rules/questions.json';
import { getFact } from '../../../src/check/facts/index.js';
import {
  compareQuestionIds,
  FRAMEWORK_QUESTIONS,
  QUESTION_IDS,
  questionPoint,
} from '../../../src/check/questions.js';
import { daysBefore, fact, findings, makeProject, summary } from './fixtures.js';

const reflective = [
  'honesty.open-to-change',
  'during.representation-assumptions',
  'during.knowledge-valued',
];

describe('the question catalogue', () => {
  it('is read from rules/questions.json, in order, without the portfolio questions', () => {
    const ids = questionsFile.questions.map((q) => q.id);
    expect(QUESTION_IDS).toEqual(ids.filter((id) => !id.startsWith('portfolio.')));
    expect(ids.filter((id) => !QUESTION_IDS.includes(id)).length).toBe(4);
    expect(questionPoint('readiness.purpose')).toBe('What the group wants to co-produce, and why');
    expect(questionPoint('council.own-question')).toBe('council.own-question');
    expect(FRAMEWORK_QUESTIONS.filter((q) => q.reflective).map((q) => q.id)).toContain(
      'honesty.open-to-change',
    );
    expect(
      ['council.b', 'during.knowledge-valued', 'council.a', 'readiness.purpose'].sort(
        compareQuestionIds,
      ),
    ).toEqual(['readiness.purpose', 'during.knowledge-valued', 'council.a', 'council.b']);
  });

  it('limits the questions parameter to known ids', () => {
    expect(getFact('questionsWithoutRecentReflection')?.params.questions?.enum).toEqual(
      QUESTION_IDS,
    );
  });
});

/** Members: two residents and an officer. */
const group = {
  requiredPerspectives: [],
  members: [
    { id: 'm-1', displayName: 'Grace', roles: ['resident'] },
    { id: 'm-2', displayName: 'Dev', roles: ['carer'] },
    { id: 'm-9', displayName: 'Lou', roles: ['staff'] },
  ],
};
const byGroup = ['m-1', 'm-9'];

describe('questionsWithoutRecentReflection', () => {
  const project = makeProject({
    group,
    reflections: [
      {
        id: 'r-1',
        questionId: 'during.knowledge-valued',
        date: daysBefore(200),
        rating: 'green',
        recordedBy: byGroup,
      },
      {
        id: 'r-2',
        questionId: 'during.knowledge-valued',
        date: daysBefore(30),
        rating: 'amber',
        recordedBy: byGroup,
      },
      {
        id: 'r-3',
        questionId: 'honesty.open-to-change',
        date: daysBefore(91),
        rating: 'green',
        recordedBy: byGroup,
      },
    ],
  });

  it('flags listed questions the group has not reflected on within the days, in catalogue order', () => {
    const list = findings('questionsWithoutRecentReflection', project, {
      days: 90,
      questions: reflective,
    });
    expect(list).toEqual([
      {
        subject: {
          type: 'question',
          id: 'during.representation-assumptions',
          label: questionPoint('during.representation-assumptions'),
          pointer: '/reflections',
        },
        status: 'flagged',
        data: {
          question: questionPoint('during.representation-assumptions'),
          lastReflected: '',
          recordedBy: [],
        },
      },
      {
        subject: {
          type: 'question',
          id: 'honesty.open-to-change',
          label: questionPoint('honesty.open-to-change'),
          pointer: '/reflections',
        },
        status: 'flagged',
        data: {
          question: questionPoint('honesty.open-to-change'),
          lastReflected: daysBefore(91),
          recordedBy: [],
        },
      },
    ]);
  });

  it('is empty when every listed question was reflected on recently by the group', () => {
    expect(
      findings('questionsWithoutRecentReflection', project, {
        days: 91,
        questions: ['honesty.open-to-change', 'during.knowledge-valued'],
      }),
    ).toEqual([]);
    expect(
      findings('questionsWithoutRecentReflection', project, { days: 90, questions: [] }),
    ).toEqual([]);
  });

  it("asks for review when the only recent reflection is an officer's, or names nobody", () => {
    const officer = makeProject({
      group,
      reflections: [
        {
          id: 'r-1',
          questionId: 'during.knowledge-valued',
          date: daysBefore(10),
          rating: 'green',
          recordedBy: ['m-9'],
        },
        { id: 'r-2', questionId: 'honesty.open-to-change', date: daysBefore(10), rating: 'green' },
      ],
    });
    const list = findings('questionsWithoutRecentReflection', officer, {
      days: 90,
      questions: ['during.knowledge-valued', 'honesty.open-to-change'],
    });
    expect(summary(list)).toEqual([
      ['during.knowledge-valued', 'needs-review'],
      ['honesty.open-to-change', 'needs-review'],
    ]);
    expect(list[0]!.data).toEqual({
      question: questionPoint('during.knowledge-valued'),
      lastReflected: daysBefore(10),
      recordedBy: ['Lou'],
    });
  });
});

describe('redReflectionsWithoutAction', () => {
  it("looks only at the group's latest reflection on each question", () => {
    const project = makeProject({
      group,
      reflections: [
        // Red, then amber: settled.
        {
          id: 'r-1',
          questionId: 'during.jargon-explained',
          date: '2026-03-01',
          rating: 'red',
          recordedBy: byGroup,
        },
        {
          id: 'r-2',
          questionId: 'during.jargon-explained',
          date: '2026-05-01',
          rating: 'amber',
          recordedBy: byGroup,
        },
        // Latest is red with no action.
        {
          id: 'r-4',
          questionId: 'during.everyone-contributes',
          date: '2026-06-01',
          rating: 'red',
          recordedBy: byGroup,
        },
        {
          id: 'r-3',
          questionId: 'during.everyone-contributes',
          date: '2026-04-01',
          rating: 'green',
          recordedBy: byGroup,
        },
        // Red with an action.
        {
          id: 'r-5',
          questionId: 'during.group-support',
          date: '2026-06-01',
          rating: 'red',
          recordedBy: byGroup,
          actions: [{ description: 'Run a round at each meeting' }],
        },
      ],
    });
    const list = findings('redReflectionsWithoutAction', project);
    expect(summary(list)).toEqual([['r-4', 'flagged']]);
    expect(list[0]!.subject.pointer).toBe('/reflections/2');
    expect(list[0]!.subject.label).toBe(questionPoint('during.everyone-contributes'));
    expect(list[0]!.data).toEqual({
      question: questionPoint('during.everyone-contributes'),
      date: '2026-06-01',
      recordedBy: ['Grace', 'Lou'],
    });
  });

  it('takes the later entry in the document when two share a date', () => {
    const reflections = [
      {
        id: 'r-1',
        questionId: 'during.jargon-explained',
        date: '2026-05-01',
        rating: 'green',
        recordedBy: byGroup,
      },
      {
        id: 'r-2',
        questionId: 'during.jargon-explained',
        date: '2026-05-01',
        rating: 'red',
        recordedBy: byGroup,
      },
    ];
    expect(
      summary(findings('redReflectionsWithoutAction', makeProject({ group, reflections }))),
    ).toEqual([['r-2', 'flagged']]);
    expect(
      findings(
        'redReflectionsWithoutAction',
        makeProject({ group, reflections: reflections.reverse() }),
      ),
    ).toEqual([]);
  });

  it('does not count "tbc" as an agreed step', () => {
    const reflections = [
      {
        id: 'r-1',
        questionId: 'during.group-support',
        date: '2026-05-01',
        rating: 'red',
        recordedBy: byGroup,
        actions: [{ description: 'TBC' }],
      },
    ];
    expect(
      summary(findings('redReflectionsWithoutAction', makeProject({ group, reflections }))),
    ).toEqual([['r-1', 'flagged']]);
  });

  it("asks for review of an officer's red rating, and of a group with no reflection of its own", () => {
    const reflections = [
      {
        id: 'r-1',
        questionId: 'during.jargon-explained',
        date: '2026-03-01',
        rating: 'green',
        recordedBy: byGroup,
      },
      {
        id: 'r-2',
        questionId: 'during.group-support',
        date: '2026-05-01',
        rating: 'red',
        recordedBy: ['m-9'],
      },
    ];
    expect(
      summary(findings('redReflectionsWithoutAction', makeProject({ group, reflections }))),
    ).toEqual([['r-2', 'needs-review']]);
    // Only the officer's: nothing of the group's own to judge.
    expect(
      fact('redReflectionsWithoutAction', makeProject({ group, reflections: [reflections[1]!] })),
    ).toBeNull();
    expect(fact('redReflectionsWithoutAction', makeProject())).toBeNull();
  });

  it('reflectionCount and groupReflectionCount', () => {
    expect(fact('reflectionCount', makeProject())).toBe(0);
    const p = makeProject({
      group,
      reflections: [
        { id: 'r-1', questionId: 'readiness.purpose', date: '2026-05-01', rating: 'green' },
        {
          id: 'r-2',
          questionId: 'readiness.purpose',
          date: '2026-05-02',
          rating: 'green',
          recordedBy: ['m-2'],
        },
        {
          id: 'r-3',
          questionId: 'readiness.purpose',
          date: '2026-05-03',
          rating: 'green',
          recordedBy: ['m-9'],
        },
      ],
    });
    expect(fact('reflectionCount', p)).toBe(3);
    expect(fact('groupReflectionCount', p)).toBe(1);
  });
});

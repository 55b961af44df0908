import { describe, expect, it } from 'vitest';
import questionsFile from '../../../rules/questions.json';
import { getFact } from '../../../src/check/facts/index.js';
import {
  FRAMEWORK_QUESTIONS,
  QUESTION_IDS,
  questionPoint,
} from '../../../src/check/facts/reflection.js';
import { daysBefore, fact, findings, makeProject, summary } from './fixtures.js';

const reflective = [
  'honesty.open-to-change',
  'during.representation-assumptions',
  'during.knowledge-valued',
];

describe('the question catalogue', () => {
  it('is read from rules/questions.json, in order', () => {
    expect(QUESTION_IDS).toEqual(questionsFile.questions.map((q) => q.id));
    expect(questionPoint('readiness.purpose')).toBe('What the group wants to co-produce, and why');
    expect(questionPoint('council.own-question')).toBe('council.own-question');
    expect(FRAMEWORK_QUESTIONS.filter((q) => q.reflective).map((q) => q.id)).toContain(
      'honesty.open-to-change',
    );
  });

  it('limits the questions parameter to known ids', () => {
    expect(getFact('questionsWithoutRecentReflection')?.params.questions?.enum).toEqual(
      QUESTION_IDS,
    );
  });
});

describe('questionsWithoutRecentReflection', () => {
  const project = makeProject({
    reflections: [
      { id: 'r-1', questionId: 'during.knowledge-valued', date: daysBefore(200), rating: 'green' },
      { id: 'r-2', questionId: 'during.knowledge-valued', date: daysBefore(30), rating: 'amber' },
      { id: 'r-3', questionId: 'honesty.open-to-change', date: daysBefore(91), rating: 'green' },
    ],
  });

  it('flags listed questions not reflected on within the days, in catalogue order', () => {
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
        data: { question: questionPoint('during.representation-assumptions'), lastReflected: '' },
      },
      {
        subject: {
          type: 'question',
          id: 'honesty.open-to-change',
          label: questionPoint('honesty.open-to-change'),
          pointer: '/reflections',
        },
        status: 'flagged',
        data: { question: questionPoint('honesty.open-to-change'), lastReflected: daysBefore(91) },
      },
    ]);
  });

  it('is empty when every listed question was reflected on recently', () => {
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
});

describe('redReflectionsWithoutAction', () => {
  it('looks only at the latest reflection on each question', () => {
    const project = makeProject({
      reflections: [
        // Red, then amber: settled.
        { id: 'r-1', questionId: 'during.jargon-explained', date: '2026-03-01', rating: 'red' },
        { id: 'r-2', questionId: 'during.jargon-explained', date: '2026-05-01', rating: 'amber' },
        // Latest is red with no action.
        { id: 'r-4', questionId: 'during.everyone-contributes', date: '2026-06-01', rating: 'red' },
        {
          id: 'r-3',
          questionId: 'during.everyone-contributes',
          date: '2026-04-01',
          rating: 'green',
        },
        // Red with an action.
        {
          id: 'r-5',
          questionId: 'during.group-support',
          date: '2026-06-01',
          rating: 'red',
          actions: [{ description: 'Run a round at each meeting' }],
        },
      ],
    });
    const list = findings('redReflectionsWithoutAction', project);
    expect(summary(list)).toEqual([['r-4', 'flagged']]);
    expect(list[0]!.subject.pointer).toBe('/reflections/2');
    expect(list[0]!.subject.label).toContain('2026-06-01');
    expect(list[0]!.data).toEqual({ question: 'during.everyone-contributes', date: '2026-06-01' });
  });

  it('takes the later entry in the document when two share a date', () => {
    const reflections = [
      { id: 'r-1', questionId: 'during.jargon-explained', date: '2026-05-01', rating: 'green' },
      { id: 'r-2', questionId: 'during.jargon-explained', date: '2026-05-01', rating: 'red' },
    ];
    expect(summary(findings('redReflectionsWithoutAction', makeProject({ reflections })))).toEqual([
      ['r-2', 'flagged'],
    ]);
    expect(
      findings('redReflectionsWithoutAction', makeProject({ reflections: reflections.reverse() })),
    ).toEqual([]);
  });

  it('reflectionCount', () => {
    expect(fact('reflectionCount', makeProject())).toBe(0);
    expect(
      fact(
        'reflectionCount',
        makeProject({
          reflections: [
            { id: 'r-1', questionId: 'readiness.purpose', date: '2026-05-01', rating: 'green' },
          ],
        }),
      ),
    ).toBe(1);
  });
});

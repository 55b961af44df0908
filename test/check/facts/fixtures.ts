/**
 * Builders for small, valid projects used by the fact tests.
 */
import { expect } from 'vitest';
import type { DerivedProject } from '../../../src/check/facts/derive.js';
import { deriveProject, getFact } from '../../../src/check/facts/index.js';
import type { Finding } from '../../../src/check/types.js';
import { parseProject } from '../../../src/model/parse.js';
import type { Project } from '../../../src/model/project.js';

/** A fixed "now" for tests: Wednesday 1 July 2026, 12:00 in London (BST). */
export const NOW = new Date('2026-07-01T11:00:00Z');

type Input = Record<string, unknown>;

/** A minimal valid project with the given top-level fields. */
export function makeProject(overrides: Input = {}): Project {
  return parseProject({
    schemaVersion: 2,
    id: 'p-test',
    title: 'Test project',
    stage: 'during',
    timeZone: 'Europe/London',
    ...overrides,
  });
}

/** A project whose group has these members (and any other fields). */
export function withMembers(members: Input[], overrides: Input = {}): Project {
  return makeProject({ group: { requiredPerspectives: [], members }, ...overrides });
}

/** A member record: a resident who joined in 2025 unless overridden. */
export function member(id: string, overrides: Input = {}): Input {
  return {
    id,
    displayName: `Member ${id}`,
    roles: ['resident'],
    joined: '2025-01-01',
    ...overrides,
  };
}

/** An activity record: a two-hour formal meeting starting at `start`. */
export function activity(id: string, start: string, overrides: Input = {}): Input {
  const end = new Date(Date.parse(start) + 2 * 3_600_000).toISOString();
  return { id, kind: 'formal-meeting', title: `Meeting ${id}`, start, end, ...overrides };
}

/** Computes a catalogue fact on a project at `now`. */
export function fact(
  id: string,
  project: Project,
  params: Record<string, unknown> = {},
  now: Date = NOW,
): unknown {
  const definition = getFact(id);
  if (!definition) throw new Error(`no fact ${id}`);
  return definition.compute(deriveProject(project, now), params);
}

/** Computes a fact on an existing derivation. */
export function factOn(
  id: string,
  derived: DerivedProject,
  params: Record<string, unknown> = {},
): unknown {
  const definition = getFact(id);
  if (!definition) throw new Error(`no fact ${id}`);
  return definition.compute(derived, params);
}

/** Computes a findings fact, asserting it returned a list. */
export function findings(
  id: string,
  project: Project,
  params: Record<string, unknown> = {},
  now: Date = NOW,
): readonly Finding[] {
  const value = fact(id, project, params, now);
  expect(Array.isArray(value), `${id} should return a list of findings`).toBe(true);
  return value as readonly Finding[];
}

/** `[subject id, status]` pairs, the usual thing a test asserts on. */
export function summary(list: readonly Finding[]): [string, string][] {
  return list.map((f) => [f.subject.id, f.status]);
}

/** `YYYY-MM-DD` of `days` calendar days before NOW's London date (2026-07-01). */
export function daysBefore(days: number): string {
  const d = new Date(Date.UTC(2026, 6, 1) - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * The `checklist` measure: named items, each recorded or not (or only a
 * placeholder), reported as gaps or as what is still to check.
 *
 * @module
 */
import type { Stage } from '../../model/project.js';
import type { DerivedProject } from '../facts/derive.js';
import { textEvidence } from '../facts/evidence.js';
import { collectionSpec } from './collections.js';
import type { Context, Path } from './context.js';
import { resolveField } from './field-access.js';
import { describeFieldType, fieldTypeParam } from './fields.js';
import type { CompiledMeasure } from './measures.js';
import type { Measure } from './schema.js';

const PLACEHOLDER_NOTE = 'only a placeholder so far';
const UNDER_WAY: readonly Stage[] = ['during', 'ending', 'closed'];

export function compileChecklist(
  measure: Extract<Measure, { measure: 'checklist' }>,
  at: Path,
  context: Context,
): CompiledMeasure | undefined {
  const project = collectionSpec('project')!;
  const members = collectionSpec('members')!;
  type Part = (derived: DerivedProject, missing: string[], review: string[]) => void;
  const parts: Part[] = [];
  for (const [i, item] of measure.items.entries()) {
    const kind = (['text', 'texts', 'present', 'agreedBy'] as const).find(
      (k) => item[k] !== undefined,
    )!;
    const path = item[kind]!;
    const field = resolveField(project, path, [...at, 'items', i, kind], context);
    if (!field) continue;
    const { label } = item;
    const get = field.get;
    const wrong = (what: string) => {
      context.problems.push({
        path: [...at, 'items', i, kind],
        message: `"${kind}" needs ${what}, but "${path}" is ${describeFieldType(field.type)}`,
        code: `declared-checklist.${kind}`,
        params: { field: path, fieldType: fieldTypeParam(field.type) },
      });
    };
    switch (kind) {
      case 'text':
        if (field.type.kind !== 'text') {
          wrong('free text');
          continue;
        }
        parts.push((derived, missing, review) => {
          const v = get(derived.project, derived);
          const state = typeof v === 'string' ? textEvidence(derived, v) : 'missing';
          if (state === 'missing') missing.push(label);
          else if (state === 'placeholder') review.push(`${label} (${PLACEHOLDER_NOTE})`);
        });
        continue;
      case 'texts':
        if (field.type.kind !== 'list' || field.type.item.kind !== 'text') {
          wrong('a list of text');
          continue;
        }
        parts.push((derived, missing, review) => {
          const v = get(derived.project, derived);
          if (!Array.isArray(v) || v.length === 0) missing.push(label);
          else if (!v.some((x) => typeof x === 'string' && textEvidence(derived, x) === 'present'))
            review.push(`${label} (${PLACEHOLDER_NOTE})`);
        });
        continue;
      case 'present':
        parts.push((derived, missing) => {
          const v = get(derived.project, derived);
          if (v === undefined || v === null) missing.push(label);
        });
        continue;
      case 'agreedBy':
        if (
          field.type.kind !== 'list' ||
          field.type.item.kind !== 'id' ||
          field.type.item.refers !== members.name
        ) {
          wrong('a list of member ids');
          continue;
        }
        context.reads.add('group.members[].roles');
        parts.push((derived, _missing, review) => {
          const ids = get(derived.project, derived);
          if (!Array.isArray(ids) || ids.length === 0) {
            review.push(`which members of the group agreed ${label}`);
            return;
          }
          for (const id of ids) {
            const member = typeof id === 'string' ? derived.memberById.get(id) : undefined;
            if (member !== undefined && !member.staffSide) return;
          }
          review.push(`which members of the group, not only staff, agreed ${label}`);
        });
        continue;
    }
  }
  if (parts.length !== measure.items.length) return undefined;
  const stages = new Set<string>(measure.knownGapStages ?? UNDER_WAY);
  context.reads.add('stage');
  const assess = (derived: DerivedProject) => {
    const missing: string[] = [];
    const review: string[] = [];
    for (const part of parts) part(derived, missing, review);
    return { missing, review };
  };
  if (measure.report === 'toReview') {
    return {
      type: 'string-list',
      nullable: false,
      compute: (derived) => {
        const { missing, review } = assess(derived);
        return Object.freeze([...missing, ...review]);
      },
    };
  }
  return {
    type: 'string-list',
    nullable: true,
    compute: (derived) => {
      const { missing, review } = assess(derived);
      // A part never written is a known gap once the work is under way.
      if (missing.length > 0 && stages.has(derived.project.stage)) return Object.freeze(missing);
      if (missing.length > 0 || review.length > 0) return null;
      return Object.freeze([]);
    },
  };
}

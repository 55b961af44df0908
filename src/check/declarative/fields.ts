/**
 * What a declarative fact may read: the type of each field of the project
 * document, read from the model's own zod schemas so the language can never
 * drift from the model. A field the model does not have is refused when a
 * rule file loads.
 *
 * @module
 */
import type * as z from 'zod';

/**
 * The type of one field, as the declarative language sees it:
 *
 * - `text`: free text or a label, read with the placeholder list ("tbc" is no answer);
 * - `date` (`YYYY-MM-DD`) and `datetime` (with an offset), compared by calendar
 *   day in the project's time zone;
 * - `number`, `boolean`, `enum` (one of fixed words);
 * - `id`: a record's id; `refers` names the collection it points into;
 * - `list` of another type, `record` with named fields;
 * - `other`: something the language does not read (a mix of shapes, a
 *   council's own extensions).
 *
 * @category Customisation
 * @example `const t: FieldType = { kind: 'list', item: { kind: 'id', refers: 'members' } };`
 */
export type FieldType =
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  | { readonly kind: 'datetime' }
  | { readonly kind: 'number'; readonly integer: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'id'; readonly refers?: string | undefined }
  | { readonly kind: 'list'; readonly item: FieldType }
  | { readonly kind: 'record'; readonly fields: Readonly<Record<string, FieldType>> }
  | { readonly kind: 'other' };

/** Which collection each branded id points into. */
const ID_COLLECTIONS: Readonly<Record<string, string>> = Object.freeze({
  ProjectId: 'project',
  MemberId: 'members',
  ActivityId: 'activities',
  DecisionId: 'decisions',
  LearningId: 'learning',
  ReflectionId: 'reflections',
  AgreementId: 'agreements',
  OutcomeId: 'outcomes',
  MilestoneId: 'milestones',
  PerspectiveId: 'requiredPerspectives',
  LeaderId: 'seniorLeaders',
  FlowId: 'informationFlows',
  ResponsibilityId: 'responsibilities',
  EngagementId: 'relatedEngagement',
  IdeaId: 'ideas',
  RecommendationId: 'recommendations',
  ReciprocityId: 'reciprocity',
});

/** What this module reads of a schema: its public `def` and `meta()`. */
interface SchemaView {
  readonly def: Record<string, unknown> & { readonly type: string };
  meta?: () => Record<string, unknown> | undefined;
}

const WRAPPERS = new Set([
  'optional',
  'default',
  'nullable',
  'readonly',
  'prefault',
  'nonoptional',
]);

/**
 * The declarative language's view of a zod schema. Wrappers (optional,
 * default) are looked through; anything it cannot read is `other`.
 *
 * @category Customisation
 * @example
 * ```ts
 * import { MemberSchema } from '../../model/group.js';
 *
 * fieldTypeOf(MemberSchema).kind; // 'record'
 * ```
 */
export function fieldTypeOf(schema: z.ZodType): FieldType {
  let node = schema as unknown as SchemaView;
  for (let guard = 0; guard < 16 && WRAPPERS.has(node.def.type); guard++) {
    node = node.def.innerType as SchemaView;
  }
  const def = node.def;
  switch (def.type) {
    case 'string': {
      const title = node.meta?.()?.title;
      if (typeof title === 'string' && Object.hasOwn(ID_COLLECTIONS, title))
        return { kind: 'id', refers: ID_COLLECTIONS[title] };
      if (def.format === 'date') return { kind: 'date' };
      if (def.format === 'date-time') return { kind: 'datetime' };
      return { kind: 'text' };
    }
    case 'number':
    case 'int':
      return { kind: 'number', integer: def.format === 'safeint' || def.type === 'int' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'literal': {
      const values = (def.values as readonly unknown[]).filter(
        (v): v is string => typeof v === 'string',
      );
      return values.length > 0 ? { kind: 'enum', values } : { kind: 'other' };
    }
    case 'array':
      return { kind: 'list', item: fieldTypeOf(def.element as z.ZodType) };
    case 'object': {
      const fields: Record<string, FieldType> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        // A council's own fields: the library keeps them and never reads them.
        fields[key] = key === 'extensions' ? { kind: 'other' } : fieldTypeOf(value);
      }
      return { kind: 'record', fields };
    }
    default:
      return { kind: 'other' };
  }
}

/**
 * A field type as a problem's parameter: JSON of its kind and the words it
 * is described by (a record by its field names only), so a catalogue can say
 * it in any language as `describeFieldType` says it in English.
 *
 * @internal
 * @example `fieldTypeParam({ kind: 'id', refers: 'members' }) // '{"kind":"id","refers":"members"}'`
 */
export function fieldTypeParam(type: FieldType): string {
  const plain = (t: FieldType): unknown =>
    t.kind === 'list'
      ? { kind: 'list', item: plain(t.item) }
      : t.kind === 'record'
        ? { kind: 'record', fields: Object.keys(t.fields) }
        : t;
  return JSON.stringify(plain(type));
}

/**
 * A field type in a few words, for error messages and `coproduce facts`.
 *
 * @category Customisation
 * @example `describeFieldType({ kind: 'list', item: { kind: 'text' } }) // 'a list of text'`
 */
export function describeFieldType(type: FieldType): string {
  switch (type.kind) {
    case 'text':
      return 'text';
    case 'date':
      return 'a date';
    case 'datetime':
      return 'a date and time';
    case 'number':
      return type.integer ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${type.values.map((v) => `"${v}"`).join(', ')}`;
    case 'id':
      return type.refers ? `an id in ${type.refers}` : 'an id';
    case 'list':
      return `a list of ${describeFieldType(type.item).replace(/^an? /, '')}`;
    case 'record':
      return `a record (${Object.keys(type.fields).join(', ')})`;
    case 'other':
      return 'something the language does not read';
  }
}

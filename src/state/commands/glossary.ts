/**
 * `glossary/*`: terms and their plain explanations, keyed by the term.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { LabelSchema } from '../../model/primitives.js';
import { GlossaryEntrySchema } from '../../model/project.js';
import { commandFamily, defineCommand } from './definition.js';
import { pushTo, removeAt, setAt } from './edits.js';

const define = defineCommand('glossary/define', GlossaryEntrySchema, (ctx, entry) => {
  const index = ctx.indexOf(ctx.project.glossary, entry.term, 'term');
  return index < 0
    ? [pushTo(['glossary'], entry)]
    : [setAt(['glossary', index, 'explanation'], entry.explanation)];
});

const remove = defineCommand(
  'glossary/remove',
  z.strictObject({ term: LabelSchema }),
  (ctx, { term }) => {
    const index = ctx.requireRecord(ctx.project.glossary, term, ['term'], 'glossary entry', 'term');
    return [removeAt(['glossary', index])];
  },
);

/**
 * The `glossary/*` commands.
 *
 * @example
 * ```ts
 * glossaryFamily.definitions.map((definition) => definition.type);
 * // ['glossary/define', 'glossary/remove']
 * ```
 */
export const glossaryFamily = commandFamily({
  /**
   * Explains a term: adds it, or replaces the explanation of a term already there.
   *
   * @example
   * ```ts
   * commands.glossary.define({ term: 'Key decision', explanation: 'A decision the cabinet must publish in advance' });
   * ```
   */
  define,
  /**
   * Removes a term from the glossary.
   *
   * @example
   * ```ts
   * commands.glossary.remove({ term: 'Key decision' });
   * ```
   */
  remove,
});

/**
 * `learning/*`: what the group learns, and who it has been shared with.
 *
 * @internal
 * @module
 */
import { IsoDateSchema, LabelSchema } from '../../model/primitives.js';
import { ADD_UPDATE, collectionCommands, recordCommand } from './collection.js';
import { commandFamily } from './definition.js';
import { pushTo } from './edits.js';

const { add: capture, update } = collectionCommands('learning', { ...ADD_UPDATE, add: 'capture' });

const share = recordCommand(
  'learning/share',
  'learning',
  { audience: LabelSchema, on: IsoDateSchema },
  (ctx, found, { audience, on }) => {
    const share = { audience, on };
    ctx.checkAddedItem('learning', found.record, 'sharedWith', share, []);
    return [pushTo([...found.path, 'sharedWith'], share)];
  },
);

/**
 * The `learning/*` commands.
 *
 * @example
 * ```ts
 * learningFamily.definitions.map((definition) => definition.type);
 * // ['learning/capture', 'learning/update', 'learning/share']
 * ```
 */
export const learningFamily = commandFamily({
  /**
   * Captures an insight. Rejected when the id is taken, it names a source
   * activity or decision that does not exist, or it records the same
   * sharing (audience and day) twice.
   *
   * @example
   * ```ts
   * commands.learning.capture({ id: 'l-01', insight: 'Evening sessions suit working carers', date: '2025-03-20' });
   * ```
   */
  capture,
  /**
   * Changes a learning entry's fields; `clear` removes optional ones.
   * Rejected when it names a source that does not exist, or its
   * `sharedWith` records the same sharing twice.
   *
   * @example
   * ```ts
   * commands.learning.update({ id: 'l-01', changes: { sourceActivityId: 'a-03' } });
   * ```
   */
  update,
  /**
   * Records that a learning entry was shared with an audience, by appending
   * to its `sharedWith`. Rejected when it already records that audience on
   * that day.
   *
   * @example
   * ```ts
   * commands.learning.share({ id: 'l-01', audience: 'Adult social care DMT', on: '2025-05-01' });
   * ```
   */
  share,
});

/**
 * `decision/*`: decisions that touch the work, and their progress through
 * formal governance.
 *
 * @internal
 * @module
 */
import {
  DecisionMakerSchema,
  GovernanceRouteSchema,
  GovernanceStatusSchema,
} from '../../model/decision.js';
import { IsoDateSchema, LabelSchema, TextSchema } from '../../model/primitives.js';
import { collectionCommands, RECORD_UPDATE, recordCommand } from './collection.js';
import { commandFamily } from './definition.js';
import { setAt } from './edits.js';
import { planUpdate } from './record-update.js';

const { add: record, update } = collectionCommands('decision', RECORD_UPDATE);

const markMade = recordCommand(
  'decision/mark-made',
  'decision',
  {
    date: IsoDateSchema,
    madeBy: DecisionMakerSchema.optional(),
    decidedBy: LabelSchema.optional(),
  },
  (ctx, found, { id, ...made }) => {
    return planUpdate(ctx, found.path, found.record, { status: 'made', ...made }, undefined);
  },
);

const tellGroup = recordCommand(
  'decision/tell-group',
  'decision',
  { on: IsoDateSchema, reasons: TextSchema.optional() },
  (ctx, found, { on, reasons }) => {
    const changes: Record<string, unknown> = { groupInformed: true, groupToldOn: on };
    if (reasons !== undefined) {
      changes.reasons = reasons;
      changes.rationaleExplained = true;
    }
    return planUpdate(ctx, found.path, found.record, changes, undefined);
  },
);

const updateGovernance = recordCommand(
  'decision/update-governance',
  'decision',
  {
    route: GovernanceRouteSchema.optional(),
    status: GovernanceStatusSchema.optional(),
    reference: LabelSchema.optional(),
    updatedOn: IsoDateSchema.optional(),
  },
  (ctx, found, { id, ...progress }) => {
    const path = [...found.path, 'governance'];
    const governance = found.record.governance;
    if (governance) return planUpdate(ctx, path, governance, progress, undefined);
    const { route, ...rest } = progress;
    if (route === undefined) {
      ctx.problem(['route'], `is required: decision "${id}" has no governance route yet`, {
        code: 'no-governance-route',
        params: { id },
      });
      return [];
    }
    return [setAt(path, { route, ...rest })];
  },
);

/**
 * The `decision/*` commands.
 *
 * @example
 * ```ts
 * decisionFamily.definitions.map((definition) => definition.type);
 * // ['decision/record', 'decision/update', 'decision/update-governance', 'decision/mark-made',
 * //  'decision/tell-group']
 * ```
 */
export const decisionFamily = commandFamily({
  /**
   * Records a decision. Rejected when the id is taken, it names an
   * activity that does not exist, or it is not planned and has no date.
   *
   * @example
   * ```ts
   * commands.decision.record({ id: 'd-01', title: 'Pilot route chosen', date: '2025-04-02', madeBy: 'group' });
   * ```
   */
  record,
  /**
   * Changes a decision's fields; `clear` removes optional ones. Rejected
   * when it names an activity that does not exist, or leaves a decision
   * that is not planned without a date (clearing the date, or marking it
   * made without giving one).
   *
   * @example
   * ```ts
   * commands.decision.update({ id: 'd-01', changes: { groupInformed: true } });
   * ```
   */
  update,
  /**
   * Moves a decision along its governance route: sets the route, status,
   * reference or date given and keeps the rest. A decision with no route yet
   * needs one.
   *
   * @example
   * ```ts
   * commands.decision.updateGovernance({ id: 'd-01', route: 'cabinet', status: 'approved', updatedOn: '2025-05-14' });
   * ```
   */
  updateGovernance,
  /**
   * Records that a planned decision has been made: its date, and who made
   * it if that changed.
   *
   * @example
   * ```ts
   * commands.decision.markMade({ id: 'd-04', date: '2026-02-10', madeBy: 'outside-group', decidedBy: 'Cabinet' });
   * ```
   */
  markMade,
  /**
   * Records when the group was told of a decision and, if given, the
   * reasons it was told (which marks the reasons as explained).
   *
   * @example
   * ```ts
   * commands.decision.tellGroup({ id: 'd-04', on: '2026-02-17', reasons: 'The budget was cut by a quarter.' });
   * ```
   */
  tellGroup,
});

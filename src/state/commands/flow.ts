/**
 * `flow/*`: agreed flows of information between the group and senior leaders.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { type InformationFlow, InformationFlowSchema } from '../../model/governance.js';
import { FlowIdSchema } from '../../model/ids.js';
import { IsoDateSchema } from '../../model/primitives.js';
import {
  creator,
  defineCommand,
  type Fields,
  isBefore,
  type Path,
  type PlanContext,
  planUpdate,
  pushTo,
  recordUpdateSchema,
  setAt,
} from './shared.js';

const FLOWS = ['governance', 'informationFlows'] as const;

function checkFlowFields(ctx: PlanContext, fields: Fields<InformationFlow>, path: Path): void {
  const leaders = ctx.project.governance.seniorLeaders;
  ctx.checkRefs(leaders, fields.leaderIds, [...path, 'leaderIds'], 'senior leader');
}

const add = defineCommand('flow/add', InformationFlowSchema, (ctx, flow) => {
  ctx.requireNewId(ctx.project.governance.informationFlows, flow.id, ['id'], 'flow');
  checkFlowFields(ctx, flow, []);
  return [pushTo(FLOWS, flow)];
});

const update = defineCommand(
  'flow/update',
  recordUpdateSchema(FlowIdSchema, InformationFlowSchema),
  (ctx, { id, changes, clear }) => {
    const flows = ctx.project.governance.informationFlows;
    const index = ctx.requireRecord(flows, id, ['id'], 'flow');
    const flow = flows[index];
    if (!flow) return [];
    checkFlowFields(ctx, changes, ['changes']);
    return planUpdate(ctx, [...FLOWS, index], flow, changes, clear);
  },
);

const recordOccurrence = defineCommand(
  'flow/record-occurrence',
  z.strictObject({ id: FlowIdSchema, on: IsoDateSchema }),
  (ctx, { id, on }) => {
    const flows = ctx.project.governance.informationFlows;
    const index = ctx.requireRecord(flows, id, ['id'], 'flow');
    const flow = flows[index];
    if (!flow) return [];
    // `lastOccurred` is the latest occurrence; an earlier one, recorded late, changes nothing.
    if (flow.lastOccurred !== undefined && !isBefore(flow.lastOccurred, on)) return [];
    return [setAt([...FLOWS, index, 'lastOccurred'], on)];
  },
);

/**
 * The `flow/*` command definitions, gathered into the registry in `commands/index.ts`.
 *
 * @internal
 * @example
 * ```ts
 * flowDefinitions.map((definition) => definition.type);
 * ```
 */
export const flowDefinitions = [add, update, recordOccurrence] as const;

/**
 * Creators for `flow/*` commands.
 *
 * @example
 * ```ts
 * commands.flow.add({ id: 'f-01', direction: 'group-to-leaders', cadence: 'monthly', leaderIds: ['sl-01'] });
 * ```
 */
export const flowCommands = {
  /**
   * Adds an agreed flow of information. Rejected when the id is taken or it
   * names a senior leader who does not exist.
   *
   * @example
   * ```ts
   * commands.flow.add({ id: 'f-01', direction: 'group-to-leaders', cadence: 'monthly', leaderIds: ['sl-01'] });
   * ```
   */
  add: creator(add),
  /**
   * Changes a flow's fields; `clear` removes optional ones.
   *
   * @example
   * ```ts
   * commands.flow.update({ id: 'f-01', changes: { cadence: 'quarterly' } });
   * ```
   */
  update: creator(update),
  /**
   * Records that a flow happened. `lastOccurred` keeps the later date, so
   * recording an older occurrence late changes nothing.
   *
   * @example
   * ```ts
   * commands.flow.recordOccurrence({ id: 'f-01', on: '2025-04-30' });
   * ```
   */
  recordOccurrence: creator(recordOccurrence),
};

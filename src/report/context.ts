/**
 * What a report says about how it was made, the same in every format:
 * which configuration and rule sets were used.
 *
 * @module
 */
import type { CheckReport } from '../check/report.js';

/**
 * One line naming the configuration file a check used (or the recommended
 * rules) and each rule set with its version, for the top of a report.
 * `undefined` for a report saved before reports said so.
 *
 * @category Report
 * @example
 * ```ts
 * describeConfiguration(report);
 * // 'Configuration: coproduce.config.json · rule sets: during 3f…, governance 9a…'
 * ```
 */
export function describeConfiguration(
  report: Pick<CheckReport, 'configuration'>,
): string | undefined {
  const used = report.configuration;
  if (used === undefined) return undefined;
  const which = used.path ?? 'the recommended rules (no configuration file)';
  const sets = used.ruleSets.map((s) => `${s.id} ${s.version}`).join(', ') || 'none';
  return `Configuration: ${which} · rule sets: ${sets}`;
}

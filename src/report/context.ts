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

/**
 * The heading every format gives the notices about the data.
 *
 * @category Report
 * @example `NOTICES_HEADING // 'About the data'`
 */
export const NOTICES_HEADING = 'About the data';

/**
 * The notices of a report (warnings about the data itself, such as a time
 * written with the wrong UTC offset), as the sentences every format shows
 * under {@link NOTICES_HEADING}. Empty when there are none.
 *
 * @category Report
 * @example `for (const line of describeNotices(report)) console.warn(line);`
 */
export function describeNotices(report: Pick<CheckReport, 'notices'>): string[] {
  return (report.notices ?? []).map((notice) => notice.message);
}

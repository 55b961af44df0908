/**
 * What a report says about how it was made, the same in every format:
 * which configuration and rule sets were used.
 *
 * @module
 */
import type { CheckReport } from '../check/report-schema.js';
import { uiText } from './catalogue.js';

/**
 * One line naming the configuration file a check used (or the recommended
 * rules, or a configuration given as data with no name) and each rule set with its version, for the top of a report.
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
  report: Pick<CheckReport, 'configuration'> & { readonly locale?: string | undefined },
): string | undefined {
  const used = report.configuration;
  if (used === undefined) return undefined;
  const locale = report.locale;
  const which =
    used.path ?? uiText(locale, used.inline === true ? 'config.inline' : 'config.recommended');
  const sets =
    used.ruleSets.map((s) => `${s.id} ${s.version}`).join(', ') || uiText(locale, 'config.none');
  return uiText(locale, 'config.line', { which, sets });
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
 * under {@link NOTICES_HEADING}, in the report's locale. Empty when there
 * are none.
 *
 * @category Report
 * @example `for (const line of describeNotices(report)) console.warn(line);`
 */
export function describeNotices(
  report: Pick<CheckReport, 'notices'> & { readonly locale?: string | undefined },
): string[] {
  return (report.notices ?? []).map((notice) => {
    const { data } = notice;
    switch (notice.code) {
      case 'offset-mismatch':
        // Reports saved before notices carried the day keep their message.
        if (typeof data.day !== 'string') return notice.message;
        return uiText(
          report.locale,
          data.field === 'end' ? 'notice.offset-mismatch.end' : 'notice.offset-mismatch.start',
          data,
        );
    }
    return notice.message;
  });
}

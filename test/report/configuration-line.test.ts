/**
 * The line at the top of every report that says which configuration a
 * check used. A configuration given as an object (from a case system's
 * database, say) was described as "the recommended rules" even when it
 * switched rules off and added a framework, because the report could not
 * tell it from no configuration at all.
 */
import { describe, expect, it } from 'vitest';
import { check, createRuleSet, createRuleSetFrom, parseProject } from '../../src/index.js';
import { describeConfiguration, formatReportText, parseReport } from '../../src/report/index.js';
import { minimalProject } from '../../src/testing.js';

const NOW = '2026-11-20T12:00:00Z';
const project = parseProject(minimalProject());
const council = {
  extends: ['coproduce:recommended', 'coproduce:six-principles'],
  rules: { 'meets-in-community': 'off' },
} as const;

describe('which configuration a report names', () => {
  it('the recommended rules, when no configuration was given', async () => {
    const report = await check(project, { now: NOW });
    expect(report.configuration?.path).toBeNull();
    expect(report.configuration?.inline).toBeUndefined();
    expect(describeConfiguration(report)).toMatch(/^Configuration: the recommended rules \(/);
  });

  it('a configuration without a file name, when one was given as an object', async () => {
    for (const rules of [createRuleSet(council), council]) {
      const report = await check(project, { rules, now: NOW });
      expect(report.configuration).toMatchObject({ path: null, inline: true });
      expect(describeConfiguration(report)).toMatch(
        /^Configuration: a configuration with no file name · rule sets: /,
      );
      expect(formatReportText(report)).not.toContain('the recommended rules');
      expect(describeConfiguration({ ...report, locale: 'cy' })).toMatch(
        /^Ffurfweddiad: ffurfweddiad heb enw ffeil · /,
      );
      // The field is part of the report's format: a saved report reads back with it.
      expect(parseReport(JSON.parse(JSON.stringify(report))).configuration?.inline).toBe(true);
    }
  });

  it('the name it was given, when it has one', async () => {
    const rules = createRuleSetFrom(council, { displayPath: 'Castlebridge rules, March 2027' });
    const report = await check(project, { rules, now: NOW });
    expect(report.configuration?.inline).toBeUndefined();
    expect(describeConfiguration(report)).toMatch(
      /^Configuration: Castlebridge rules, March 2027 · /,
    );
  });
});

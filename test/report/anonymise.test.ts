import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  check,
  type FlaggedIssue,
  type Project,
  parseProject,
  parseProjectJson,
} from '../../src/index.js';
import { anonymiseReport, filterReport, memberPseudonyms } from '../../src/report/index.js';
import { CheckReportSchema } from '../../src/schemas.js';

/** What anonymised reports show in place of withheld project text. */
const WITHHELD = '(withheld)';

const NOW = '2026-11-20T12:00:00Z';
const midWayJson = JSON.parse(readFileSync('examples/projects/mid-way.json', 'utf8')) as {
  group: { members: { id: string; displayName: string }[] };
};
const midWay = parseProjectJson(readFileSync('examples/projects/mid-way.json', 'utf8'));
const report = await check(midWay, { now: NOW });
const anonymised = anonymiseReport(report, midWay);

/** A copy of a project document with some fields changed. */
function variant(change: (doc: typeof midWayJson) => void): Project {
  const doc = structuredClone(midWayJson);
  change(doc);
  return parseProject(doc);
}

describe('anonymiseReport', () => {
  it('leaves no member name or id anywhere in the report', () => {
    const text = JSON.stringify(anonymised);
    for (const member of midWay.group.members) {
      expect(text).not.toContain(member.displayName);
      expect(text).not.toContain(`"${member.id}"`);
    }
    // The original does name members, so the test means something.
    expect(JSON.stringify(report)).toContain(midWay.group.members[1]!.displayName);
  });

  it('keeps issue ids, order, rule ids, pointers and counts', () => {
    expect(anonymised.issues.map((i) => i.id)).toEqual(report.issues.map((i) => i.id));
    expect(anonymised.issues.map((i) => i.ruleId)).toEqual(report.issues.map((i) => i.ruleId));
    expect(anonymised.issues.map((i) => i.subject.pointer)).toEqual(
      report.issues.map((i) => i.subject.pointer),
    );
    expect(anonymised.counts).toEqual(report.counts);
    expect(anonymised.outcomes).toEqual(report.outcomes);
    expect(CheckReportSchema.safeParse(anonymised).success).toBe(true);
  });

  it('labels each member subject "Member n" by their place in the group', () => {
    const memberIssues = anonymised.issues.filter((i) => i.subject.type === 'member');
    expect(memberIssues.length).toBeGreaterThan(0);
    for (const issue of memberIssues) {
      const index = Number(issue.subject.pointer.split('/').at(-1));
      expect(issue.subject.label).toBe(`Member ${index + 1}`);
      expect(issue.subject.id).toBe(`member#${index + 1}`);
      expect(issue.message).not.toContain(midWay.group.members[index]!.displayName);
    }
  });

  it('replaces names inside messages and in data and evidence values', () => {
    const dominant = report.issues.find((i) => i.ruleId === 'dominant-voices');
    const after = anonymised.issues.find((i) => i.ruleId === 'dominant-voices');
    expect(dominant && after).toBeTruthy();
    const names = dominant!.evidence.facts.find((f) => f.fact === 'dominantVoices')!
      .value as string[];
    expect(names.length).toBeGreaterThan(0);
    const pseudonyms = after!.evidence.facts.find((f) => f.fact === 'dominantVoices')!
      .value as string[];
    expect(pseudonyms.every((p) => /^Member \d+$/.test(p))).toBe(true);
    for (const name of names) expect(after!.message).not.toContain(name);
  });

  it('gives a member the same pseudonym from one report to the next', async () => {
    const later = await check(midWay, { now: '2026-12-15T12:00:00Z' });
    const first = new Map(anonymised.issues.map((i) => [i.id, i.subject.label]));
    for (const issue of anonymiseReport(later, midWay).issues) {
      if (first.has(issue.id)) expect(issue.subject.label).toBe(first.get(issue.id));
    }
    // Adding a member at the end does not change anyone else's pseudonym.
    const grown = variant((doc) => {
      doc.group.members.push({ ...doc.group.members[0]!, id: 'm-new', displayName: 'Newcomer' });
    });
    const before = memberPseudonyms(midWay);
    const after = memberPseudonyms(grown);
    for (const [id, pseudonym] of before) expect(after.get(id)).toEqual(pseudonym);
    expect(after.get('m-new')?.label).toBe(`Member ${midWay.group.members.length + 1}`);
  });

  it('replaces whole words only and tells apart members who share a name', async () => {
    const project = variant((doc) => {
      doc.group.members[0]!.displayName = 'Al';
      doc.group.members[1]!.displayName = 'Sam';
      doc.group.members[2]!.displayName = 'Sam';
    });
    const own = anonymiseReport(await check(project, { now: NOW }), project);
    const text = JSON.stringify(own);
    expect(text).not.toMatch(/(?<![\p{L}\p{N}])(Al|Sam)(?![\p{L}\p{N}])/u);
    // "Also", "all" and other words containing a name are left alone.
    expect(text).toMatch(/\bAlso\b|\ball\b|\bAll\b/);
    for (const issue of own.issues.filter((i) => i.subject.type === 'member')) {
      const label = issue.subject.label;
      const others = ['Member 2', 'Member 3'].filter((l) => l !== label);
      if (['Member 2', 'Member 3'].includes(label)) {
        for (const other of others) expect(issue.message).not.toContain(other);
      }
    }
  });

  it('works on a filtered report too', () => {
    const serious = anonymiseReport(filterReport(report, { minSeverity: 'error' }), midWay);
    expect(serious.issues.every((i) => i.severity === 'error')).toBe(true);
  });
});

describe('anonymiseReport and the reciprocity ledger', () => {
  // mid-way's ledger: Member K (m-02) claimed 8000 pence and is still waiting.
  const claim = midWay.reciprocity.find((e) => e.memberId === 'm-02' && e.claimedOn);
  const memberIssue = report.issues.find((i) => i.subject.type === 'member');

  /** An issue as a council rule about the ledger might write it, quoting the claim. */
  function ledgerIssue(): FlaggedIssue {
    const member = midWay.group.members.find((m) => m.id === 'm-02')!;
    return {
      ...memberIssue!,
      subject: {
        ...memberIssue!.subject,
        id: 'm-02',
        label: member.displayName,
        pointer: '/group/members/1',
      },
      message: `${member.displayName} claimed £80.00 (8000 pence, £80 in all) and has waited 3 meetings since: ${claim!.note}. The budget is £8,000.`,
      data: { amountPence: 8000, note: claim!.note!, meetings: 3, total: '£80.00' },
      evidence: {
        facts: [{ fact: 'ledgerTotal', params: {}, value: 8000 }],
        finding: { amountPence: 8000, meetings: 3 },
      },
    };
  }

  it('the ledger holds the claim the test quotes', () => {
    expect(claim).toMatchObject({ amountPence: 8000, status: 'accepted' });
    expect(claim?.note).toBeTruthy();
    expect(memberIssue).toBeDefined();
  });

  it('withholds the amounts, each member’s total and the notes, and keeps counts and other sums', () => {
    const original = { ...report, issues: [ledgerIssue()] };
    const [issue] = anonymiseReport(original, midWay).issues;
    const text = JSON.stringify(issue);
    expect(JSON.stringify(original.issues[0])).toContain('£80.00');
    expect(text).not.toContain('£80');
    expect(text).not.toMatch(/\b8000\b/);
    expect(text).not.toContain(claim!.note!);
    expect(text).not.toContain('Member K');
    expect(issue!.data).toMatchObject({
      amountPence: WITHHELD,
      note: WITHHELD,
      meetings: 3,
      total: WITHHELD,
    });
    expect(issue!.evidence.facts[0]?.value).toBe(WITHHELD);
    expect(issue!.evidence.finding).toEqual({ amountPence: WITHHELD, meetings: 3 });
    // Counts and a sum that is not a ledger amount stay readable.
    expect(issue!.message).toContain('3 meetings');
    expect(issue!.message).toContain('£8,000');
    expect(issue!.subject.label).toBe('Member 2');
  });

  it('withholds a member’s total written with a thousands separator', () => {
    const wellRun = parseProjectJson(readFileSync('examples/projects/well-run.json', 'utf8'));
    const paid = wellRun.reciprocity.filter((e) => e.memberId === 'm-04');
    const total = paid.reduce((sum, e) => sum + (e.amountPence ?? 0), 0);
    expect(paid.length).toBeGreaterThan(1);
    const pounds = (total / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 });
    const issue: FlaggedIssue = {
      ...memberIssue!,
      message: `Paid £${pounds} in all, and £${(total / 100 + 1).toFixed(2)} is not a ledger sum.`,
      data: {},
      evidence: { facts: [] },
    };
    const [shown] = anonymiseReport({ ...report, issues: [issue] }, wellRun).issues;
    expect(shown!.message).toBe(
      `Paid ${WITHHELD} in all, and £${(total / 100 + 1).toFixed(2)} is not a ledger sum.`,
    );
  });

  it('keeps the amounts of a report on a project with no ledger', () => {
    const noLedger = variant((doc) => {
      (doc as { reciprocity?: unknown }).reciprocity = [];
    });
    const [issue] = anonymiseReport({ ...report, issues: [ledgerIssue()] }, noLedger).issues;
    expect(issue!.data.amountPence).toBe(8000);
    expect(issue!.message).toContain('£80.00');
  });
});

describe('filterReport', () => {
  it('returns the report itself when nothing is left out', () => {
    expect(filterReport(report)).toBe(report);
    expect(filterReport(report, { minSeverity: 'info' })).toBe(report);
  });

  it('keeps the issues at or above a severity and recounts them', () => {
    const warnings = filterReport(report, { minSeverity: 'warning' });
    expect(warnings.issues.length).toBeLessThan(report.issues.length);
    expect(warnings.issues.every((i) => i.severity !== 'info')).toBe(true);
    expect(warnings.counts.bySeverity.info).toBe(0);
    expect(warnings.counts.bySeverity.warning).toBe(report.counts.bySeverity.warning);
    const sum = Object.values(warnings.counts.bySection).reduce((a, b) => a + b, 0);
    expect(sum).toBe(warnings.issues.length);
    expect(Object.keys(warnings.counts.bySection)).toEqual(Object.keys(report.counts.bySection));
    expect(warnings.outcomes).toBe(report.outcomes);
    expect(CheckReportSchema.safeParse(warnings).success).toBe(true);
  });
});

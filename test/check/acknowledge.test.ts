import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  type CheckReport,
  check,
  commands,
  type Project,
  parseProject,
} from '../../src/index.js';
import {
  anonymiseReport,
  filterReport,
  formatReportHtml,
  formatReportMarkdown,
  formatReportText,
  issueId,
} from '../../src/report/index.js';
import { CheckReportSchema } from '../../src/schemas.js';
import { smallProjectInput } from '../state/fixtures.js';

const NOW = '2025-06-02T09:00:00Z';
const REASON = 'The group chose to meet online while the library is being refitted.';

function base(): Project {
  return parseProject(smallProjectInput);
}

function withAcknowledgements(...list: Parameters<typeof commands.acknowledgement.record>[0][]) {
  let project = base();
  for (const payload of list)
    project = applyCommand(project, commands.acknowledgement.record(payload));
  return project;
}

async function checked(project: Project, now = NOW): Promise<CheckReport> {
  return check(project, { now });
}

describe('acknowledged issues', () => {
  it('moves an issue named by rule and subject out of the open issues, keeping it in the report', async () => {
    const before = await checked(base());
    const quiet = before.issues.find((i) => i.ruleId === 'quiet-members');
    expect(quiet?.subject.id).toBe('m-02');
    expect(before.acknowledged).toBeUndefined();
    expect(before.counts.acknowledged).toBeUndefined();

    const report = await checked(
      withAcknowledgements({
        id: 'ack-01',
        ruleId: 'quiet-members',
        subject: { type: 'member', id: 'm-02' },
        reason: REASON,
        by: 'Project lead',
        on: '2025-04-01',
        reviewOn: '2025-09-01',
      }),
    );
    expect(report.issues.map((i) => i.id)).not.toContain(quiet?.id);
    expect(report.issues).toHaveLength(before.issues.length - 1);
    expect(report.acknowledged).toHaveLength(1);
    const [acknowledged] = report.acknowledged ?? [];
    expect(acknowledged).toMatchObject({
      id: quiet?.id,
      ruleId: 'quiet-members',
      outcome: 'acknowledged',
      acknowledgement: {
        id: 'ack-01',
        reason: REASON,
        by: 'Project lead',
        on: '2025-04-01',
        reviewOn: '2025-09-01',
        reviewDue: false,
        outcome: 'needs-review',
      },
    });
    expect(report.acknowledgementNotices).toEqual([]);
    // Not counted as open: the severity counts drop by one, and the acknowledged are counted apart.
    expect(report.counts.bySeverity.warning).toBe(before.counts.bySeverity.warning - 1);
    expect(report.counts.acknowledged).toBe(1);
    expect(CheckReportSchema.safeParse(report).success).toBe(true);
  });

  it('acknowledges by issue id, and a project issue by rule alone', async () => {
    const before = await checked(base());
    const learning = before.issues.find((i) => i.ruleId === 'learning-plan');
    const remit = before.issues.find((i) => i.ruleId === 'issue-and-remit');
    expect(remit?.id).toBe(issueId('issue-and-remit', 'project', 'travel-2025'));
    const report = await checked(
      withAcknowledgements(
        { id: 'ack-01', issueId: learning?.id, reason: REASON, by: 'Board', on: '2025-04-01' },
        { id: 'ack-02', ruleId: 'issue-and-remit', reason: REASON, by: 'Board', on: '2025-04-01' },
      ),
    );
    expect(report.acknowledged?.map((i) => i.ruleId).sort()).toEqual([
      'issue-and-remit',
      'learning-plan',
    ]);
    expect(report.issues.some((i) => i.ruleId === 'learning-plan')).toBe(false);
  });

  it('reports an acknowledgement past its review day, read in the project’s time zone', async () => {
    const project = withAcknowledgements({
      id: 'ack-01',
      ruleId: 'learning-plan',
      reason: REASON,
      by: 'Board',
      on: '2025-04-01',
      reviewOn: '2025-06-30',
    });
    // 23:30 UTC on 30 June is already 1 July in London (summer time): the review day has passed.
    const late = await checked(project, '2025-06-30T23:30:00Z');
    expect(late.acknowledgementNotices?.map((n) => n.kind)).toEqual(['review-due']);
    expect(late.acknowledged?.[0]?.acknowledgement.reviewDue).toBe(true);
    // Still acknowledged: the notice asks for a look, it does not reopen the issue.
    expect(late.issues.some((i) => i.ruleId === 'learning-plan')).toBe(false);
    expect(late.acknowledgementNotices?.[0]?.message).toBe(
      'The issue “There is no plan for capturing and sharing what the group learns” about the project was accepted on 1 April 2025 until a review by 30 June 2025, and that day has passed. Look at it again: record a new review date if the reason still holds, or remove the acknowledgement so the issue counts as open.',
    );
    // 22:30 UTC is 23:30 on 30 June in London: the review day itself, not yet past.
    const onTheDay = await checked(project, '2025-06-30T22:30:00Z');
    expect(onTheDay.acknowledgementNotices).toEqual([]);
  });

  it('reports an acknowledgement whose issue the check no longer raises', async () => {
    const report = await checked(
      withAcknowledgements({
        id: 'ack-01',
        ruleId: 'quiet-members',
        subject: { type: 'member', id: 'm-01' },
        reason: REASON,
        by: 'Board',
        on: '2025-04-01',
      }),
    );
    expect(report.acknowledged).toEqual([]);
    expect(report.acknowledgementNotices).toMatchObject([
      {
        kind: 'no-issue',
        acknowledgementId: 'ack-01',
        issueId: issueId('quiet-members', 'member', 'm-01'),
        ruleId: 'quiet-members',
        reason: REASON,
      },
    ]);
    expect(report.acknowledgementNotices?.[0]?.message).toContain(
      'is no longer raised by the check',
    );
  });

  it('keeps an issue open when the reason is only a placeholder', async () => {
    const report = await checked(
      withAcknowledgements({
        id: 'ack-01',
        ruleId: 'learning-plan',
        reason: 'tbc',
        by: 'Board',
        on: '2025-04-01',
      }),
    );
    expect(report.issues.some((i) => i.ruleId === 'learning-plan')).toBe(true);
    expect(report.acknowledged).toEqual([]);
    expect(report.acknowledgementNotices?.map((n) => n.kind)).toEqual(['no-reason']);
  });

  it('shows the reason in every format, apart from the open issues', async () => {
    const project = withAcknowledgements({
      id: 'ack-01',
      ruleId: 'learning-plan',
      reason: REASON,
      by: 'Programme board',
      on: '2025-04-01',
      reviewOn: '2025-09-01',
    });
    const report = await checked(project);
    const text = formatReportText(report, { width: 200 });
    expect(text).toContain('Acknowledged (1, not counted above)');
    expect(text).toContain(`Why it is accepted: ${REASON}`);
    expect(text).toContain(
      'Accepted by Programme board on 1 April 2025. Review by 1 September 2025.',
    );
    const markdown = formatReportMarkdown(report);
    expect(markdown).toContain('## Acknowledged issues');
    expect(markdown).toContain(`- **Why it is accepted:** ${REASON}`);
    const html = formatReportHtml(report, { project });
    expect(html).toContain('<h2 id="acknowledged-heading">Acknowledged issues</h2>');
    expect(html).toContain(`<dt>Why it is accepted</dt><dd>${REASON}</dd>`);
    expect(JSON.parse(JSON.stringify(report)).acknowledged[0].acknowledgement.reason).toBe(REASON);
    // In Welsh, the block around the reason is Welsh too.
    const welsh = await check(project, { now: NOW, locale: 'cy' });
    for (const output of [
      formatReportText(welsh, { width: 200 }),
      formatReportMarkdown(welsh),
      formatReportHtml(welsh, { project }),
    ]) {
      expect(output).toContain('Pam y’i derbyniwyd');
      expect(output).toContain(REASON);
      expect(output).toContain('Derbyniwyd gan Programme board ar 1 Ebrill 2025.');
      expect(output).not.toMatch(/Acknowledged|Why it is accepted|Accepted by/);
    }
    // A severity filter keeps the acknowledged issues and their count.
    const filtered = filterReport(report, { minSeverity: 'error' });
    expect(filtered.counts.acknowledged).toBe(1);
    expect(filtered.acknowledged).toHaveLength(1);
  });

  it('withholds the reason and who gave it in an anonymised report', async () => {
    const project = withAcknowledgements({
      id: 'ack-01',
      ruleId: 'quiet-members',
      subject: { type: 'member', id: 'm-02' },
      reason: 'Member B prefers to write in.',
      by: 'Project lead',
      on: '2025-04-01',
      reviewOn: '2025-05-01',
    });
    const report = anonymiseReport(await checked(project), project);
    const text = JSON.stringify(report);
    expect(text).not.toContain('Member B');
    expect(text).not.toContain('prefers to write');
    expect(text).not.toContain('Project lead');
    expect(report.acknowledged?.[0]?.subject.label).toBe('Member 2');
    expect(report.acknowledgementNotices?.[0]?.message).toContain('member “Member 2”');
    expect(formatReportText(report)).toContain('Why it is accepted: (withheld)');
  });

  it('lists the notice texts as missing in another locale', async () => {
    const project = withAcknowledgements({
      id: 'ack-01',
      ruleId: 'learning-plan',
      reason: 'tbc',
      by: 'Board',
      on: '2025-04-01',
    });
    const report = await check(project, { now: NOW, locale: 'cy' });
    expect(report.missingMessages).toContainEqual({
      locale: 'cy',
      messageId: 'coproduce.acknowledgement.noReason',
    });
  });
});

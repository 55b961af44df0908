/**
 * Anonymising a portfolio report as it is made: each project's report
 * while its project is in hand, then the portfolio's findings with what
 * the projects showed. Pure.
 *
 * @module
 */
import type { PortfolioAnonymiser } from '../check/portfolio/check-portfolio.js';
import type { CheckReport, EvidenceFact, FlaggedIssue } from '../check/report-schema.js';
import type { DataValue, SubjectRef } from '../check/types.js';
import type { Project } from '../model/project.js';
import { anonymiseReport } from './anonymise.js';
import { uiText } from './catalogue.js';

/**
 * A new {@link PortfolioAnonymiser} for one portfolio check: each project's
 * report as `anonymiseReport` makes it, with the project shown as
 * "Project n" (its place in the portfolio, from 1); in the portfolio's
 * findings, each person as "Person k" (in the order they were first met)
 * instead of their names and person reference, and each project title as
 * "Project n". Issue ids, rule ids, topics and counts stay the same.
 *
 * @category Report
 * @example
 * ```ts
 * const portfolio = await checkPortfolio(projects, { anonymiser: portfolioAnonymiser() });
 * portfolio.projects[0]?.title; // 'Project 1'
 * ```
 */
export function portfolioAnonymiser(): PortfolioAnonymiser {
  /** Each project title, in quotes as lists show it and bare, with its stand-in. */
  const titles = new Map<string, string>();
  /** Each person reference with its pseudonym. */
  const people = new Map<string, { readonly id: string; readonly label: string }>();
  /** Each display name of a member with a reference, with that person's pseudonym. */
  const names = new Map<string, string>();

  // Labels are in the report's locale; a portfolio's reports share one.
  const personOf = (ref: string, locale: string) => {
    let person = people.get(ref);
    if (!person) {
      const k = people.size + 1;
      person = { id: `person#${k}`, label: uiText(locale, 'anon.person', { n: String(k) }) };
      people.set(ref, person);
    }
    return person;
  };

  return {
    project(report: CheckReport, project: Project, index: number): CheckReport {
      const label = uiText(report.locale, 'anon.projectN', { n: String(index + 1) });
      titles.set(project.title, label);
      for (const member of project.group.members) {
        if (member.personRef === undefined) continue;
        const person = personOf(member.personRef, report.locale);
        if (!names.has(member.displayName)) names.set(member.displayName, person.label);
      }
      const hidden = anonymiseReport(report, project);
      return { ...hidden, project: { ...hidden.project, title: label } };
    },

    findings(report: CheckReport): CheckReport {
      // Longest first, so a title that contains another is replaced whole.
      const swaps: [string, string][] = [];
      for (const [title, label] of titles) swaps.push([`“${title}”`, label], [title, label]);
      for (const [ref, person] of people) swaps.push([ref, person.label]);
      for (const [name, label] of names) if (name.trim().length >= 2) swaps.push([name, label]);
      swaps.sort((a, b) => b[0].length - a[0].length);
      const text = (value: string) => {
        let out = value;
        for (const [from, to] of swaps) if (out.includes(from)) out = out.split(from).join(to);
        return out;
      };
      const value = (item: DataValue): DataValue =>
        typeof item === 'string'
          ? (people.get(item)?.id ?? text(item))
          : Array.isArray(item)
            ? item.map((one) => people.get(one)?.id ?? text(one))
            : item;
      const record = (data: Readonly<Record<string, DataValue>>) => {
        const out: Record<string, DataValue> = {};
        for (const [key, item] of Object.entries(data)) out[key] = value(item);
        return out;
      };
      const subject = (ref: SubjectRef): SubjectRef => {
        if (ref.type === 'person') {
          const person = personOf(ref.id, report.locale);
          return { ...ref, id: person.id, label: person.label };
        }
        if (ref.type === 'project') {
          return { ...ref, label: titles.get(ref.label) ?? uiText(report.locale, 'anon.aProject') };
        }
        return ref;
      };
      const issue = (one: FlaggedIssue): FlaggedIssue => {
        // The subject first: a person's label is their names joined, replaced whole.
        const shown = subject(one.subject);
        const from = one.subject.label;
        const own = (s: string) =>
          text(from.length > 0 && from !== shown.label ? s.split(from).join(shown.label) : s);
        return {
          ...one,
          title: own(one.title),
          message: own(one.message),
          action: own(one.action),
          data: record(one.data),
          subject: shown,
          evidence: {
            facts: one.evidence.facts.map(
              (fact): EvidenceFact => ({ ...fact, value: value(fact.value) }),
            ),
            ...(one.evidence.finding !== undefined
              ? { finding: record(one.evidence.finding) }
              : {}),
          },
        };
      };
      return { ...report, issues: report.issues.map(issue) };
    },
  };
}

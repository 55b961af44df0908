/**
 * The web page's script, bundled by `build.ts` into `dist/app.js`: it loads
 * an example project, checks it in the browser and shows the issues grouped
 * by section, with a filter by severity. All text from the project goes in
 * with `textContent`, never as HTML.
 *
 * @module
 */
// #region check
import { type CheckReport, check, createRuleSet, parseProjectJson } from 'coproduce';
import {
  countBySeverity,
  FILTERS,
  groupBySection,
  matchesFilter,
  messageFor,
  SEVERITY_LABELS,
  type SeverityFilter,
} from './issues.js';

// Compile the recommended rules once and reuse them for every check.
const rules = createRuleSet();

async function checkProject(name: string, day: string): Promise<CheckReport> {
  const response = await fetch(`projects/${encodeURIComponent(name)}.json`);
  if (!response.ok) throw new Error(`Could not load the project "${name}" (${response.status}).`);
  const project = parseProjectJson(await response.text());
  return check(project, { rules, now: `${day}T12:00:00Z` });
}
// #endregion check

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node as T;
}

const form = byId<HTMLFormElement>('controls');
const projectSelect = byId<HTMLSelectElement>('project');
const dayInput = byId<HTMLInputElement>('as-of');
const status = byId<HTMLParagraphElement>('status');
const results = byId<HTMLDivElement>('issues');

let report: CheckReport | undefined;

function selectedFilter(): SeverityFilter {
  const checked = form.querySelector<HTMLInputElement>('input[name="severity"]:checked');
  return (checked?.value as SeverityFilter | undefined) ?? 'all';
}

function renderIssues(current: CheckReport): void {
  results.replaceChildren();
  for (const { section, issues } of groupBySection(current)) {
    const headingId = `section-${results.childElementCount + 1}`;
    const block = element('section', 'section');
    block.setAttribute('aria-labelledby', headingId);
    const heading = element('h2', undefined, section);
    heading.id = headingId;
    heading.append(' ', element('span', 'count', `(${issues.length})`));
    const list = element('ul', 'issues');
    for (const issue of issues) {
      const item = element('li', `issue issue-${issue.severity}`);
      item.dataset.severity = issue.severity;
      item.dataset.issueId = issue.id;
      const label = element('p', 'severity');
      label.append(
        element('span', `badge badge-${issue.severity}`, SEVERITY_LABELS[issue.severity]),
      );
      if (issue.outcome === 'needs-review')
        label.append(' ', element('span', 'review', 'Needs review'));
      const action = element('p', 'action');
      action.append(element('strong', undefined, 'What to do: '), issue.action);
      const about = element('p', 'about', `About: ${issue.subject.label} · rule ${issue.ruleId}`);
      item.append(label, element('p', 'message', messageFor(issue, current)), action, about);
      list.append(item);
    }
    block.append(heading, list);
    results.append(block);
  }
}

/** Shows only the issues of the chosen severity, hiding sections left empty. */
function applyFilter(): void {
  if (!report) return;
  const filter = selectedFilter();
  let shown = 0;
  for (const block of results.querySelectorAll<HTMLElement>('section')) {
    let inSection = 0;
    for (const item of block.querySelectorAll<HTMLElement>('li.issue')) {
      const visible = filter === 'all' || item.dataset.severity === filter;
      item.hidden = !visible;
      if (visible) inSection++;
    }
    block.hidden = inSection === 0;
    shown += inSection;
  }
  const counts = countBySeverity(report);
  for (const value of FILTERS) {
    const count = form.querySelector<HTMLElement>(`[data-count-for="${value}"]`);
    if (count) count.textContent = `(${counts[value]})`;
  }
  const { error, warning, info } = report.counts.bySeverity;
  status.textContent =
    `${report.project.title}: ${report.issues.length} issues ` +
    `(${error} errors, ${warning} warnings, ${info} for information). ` +
    (filter === 'all' ? 'Showing all.' : `Showing ${shown}.`);
  status.dataset.total = String(report.issues.length);
  status.dataset.shown = String(shown);
  // Keep the filter's own check with the library's: both must agree.
  if (shown !== report.issues.filter((issue) => matchesFilter(issue, filter)).length) {
    throw new Error('The page and the filter disagree');
  }
}

async function run(): Promise<void> {
  status.textContent = 'Checking…';
  status.dataset.state = 'busy';
  try {
    report = await checkProject(projectSelect.value, dayInput.value || '2026-11-20');
    renderIssues(report);
    applyFilter();
    status.dataset.state = 'done';
  } catch (error) {
    report = undefined;
    results.replaceChildren();
    status.textContent = `The check could not run: ${(error as Error).message}`;
    status.dataset.state = 'failed';
  }
}

projectSelect.addEventListener('change', () => void run());
dayInput.addEventListener('change', () => void run());
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'severity') applyFilter();
});
form.addEventListener('submit', (event) => event.preventDefault());
void run();

/**
 * Where a rule's documentation is: the rule's own `docs` link, else, for a
 * default rule, its section on the rule set's page in coproduce's own docs
 * (`docs/rules/<set>.md`, one `## <rule id>` heading per rule). A council
 * that publishes those pages itself points `ruleDocs` in its configuration
 * at its copy.
 *
 * @module
 */

/**
 * The address of coproduce's source repository, whose `docs/rules/` pages
 * the default rules link to.
 *
 * @category Customisation
 * @example `REPOSITORY_URL // 'https://github.com/coproduce/coproduce'`
 */
export const REPOSITORY_URL = 'https://github.com/coproduce/coproduce';

/**
 * Where coproduce's JSON Schemas can be fetched: the `schemas/` folder of
 * the repository, as raw files. Each schema's `$id` is this and its file
 * name, and `coproduce init` writes it in `$schema` when the package is
 * not installed beside the files (an editor fetches it from there).
 *
 * @category Customisation
 * @example
 * ```ts
 * // What `coproduce init` writes in a new project file's "$schema":
 * const schema = `${SCHEMAS_URL}project.schema.json`;
 * ```
 */
export const SCHEMAS_URL = 'https://raw.githubusercontent.com/coproduce/coproduce/main/schemas/';

/**
 * The default rules' documentation links: `{set}` and `{rule}` are replaced
 * by the rule's set and id, giving the rule's heading on its set's page
 * (`docs/rules/during.md#quiet-members`).
 *
 * @category Customisation
 * @example `DEFAULT_RULE_DOCS.replace('{set}', 'during').replace('{rule}', 'quiet-members')`
 */
export const DEFAULT_RULE_DOCS = `${REPOSITORY_URL}/blob/main/docs/rules/{set}.md#{rule}`;

/**
 * Why a `ruleDocs` address template cannot be used, or `undefined` when it
 * can: it must be an absolute `http:` or `https:` address that names the
 * rule with `{rule}` (and may name its set with `{set}`).
 *
 * @category Customisation
 * @example `ruleDocsProblem('https://intranet.example.gov.uk/coproduce/{set}.html#{rule}') // undefined`
 */
export function ruleDocsProblem(template: string): string | undefined {
  if (!template.includes('{rule}')) {
    return 'must name the rule with {rule}, such as "https://intranet.example.gov.uk/coproduce/rules/{set}.html#{rule}"';
  }
  const sample = fillRuleDocs(template, 'during', 'quiet-members');
  let url: URL;
  try {
    url = new URL(sample);
  } catch {
    return 'must be a full web address starting with https:// (or http://)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `must be a web address starting with https:// (or http://), not ${url.protocol}`;
  }
  if (/[{}]/.test(template.replaceAll('{rule}', '').replaceAll('{set}', ''))) {
    return 'may use only {rule} and {set} in braces';
  }
  return undefined;
}

function fillRuleDocs(template: string, set: string, id: string): string {
  return template
    .replaceAll('{set}', encodeURIComponent(set))
    .replaceAll('{rule}', encodeURIComponent(id));
}

/**
 * A rule's documentation link: its own `docs`, else for a default rule its
 * section in coproduce's docs (or the council's copy that `template`
 * names), else none (a council's own rule without a `docs` link).
 *
 * @category Customisation
 * @example
 * ```ts
 * ruleDocsLink({ id: 'quiet-members', set: 'during' }, true);
 * // 'https://github.com/coproduce/coproduce/blob/main/docs/rules/during.md#quiet-members'
 * ```
 */
export function ruleDocsLink(
  rule: { readonly id: string; readonly set: string; readonly docs?: string | undefined },
  builtin: boolean,
  template: string = DEFAULT_RULE_DOCS,
): string | undefined {
  if (rule.docs !== undefined) return rule.docs;
  return builtin ? fillRuleDocs(template, rule.set, rule.id) : undefined;
}

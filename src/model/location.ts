/**
 * Where a problem is, in words a person can find it by: an item of a list
 * is counted from 1 and named by its title and id ("activity 20
 * ("Workshop 3", id a-20), start"), never by a zero-based JSON path.
 *
 * @module
 */

/** The word for one item of a list, by the list's key, where dropping an "s" would be wrong. */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  activities: 'activity',
  attendance: 'attendance record',
  learning: 'learning entry',
  glossary: 'glossary entry',
  relatedEngagement: 'related engagement',
  outOfRemit: 'out-of-remit entry',
  cannotInfluence: 'influence limit',
  canInfluence: 'influence entry',
  inScope: 'in-scope entry',
  supportArranged: 'support entry',
  customRules: 'custom rule',
  ruleFiles: 'rule file entry',
  extends: 'extends entry',
  all: 'condition',
  any: 'condition',
  accessNeeds: 'access need',
  agreedBy: 'agreed-by entry',
  chairedBy: 'chair',
};

/** Lists whose items name people: their labels are personal data and stay out of messages. */
const PERSONAL_LISTS = new Set(['members']);

/** Longest label quoted, in characters. */
const MAX_LABEL = 40;

/**
 * The English word for one item of the list at `key` ("activity" for
 * `activities`), as {@link describeLocation} writes it.
 *
 * @internal
 * @example `itemNoun('activities') // 'activity'`
 */
export function itemNoun(key: string | undefined): string {
  if (key === undefined) return 'item';
  const noun = Object.hasOwn(ITEM_NOUNS, key) ? ITEM_NOUNS[key] : undefined;
  if (noun !== undefined) return noun;
  if (/ies$/.test(key)) return `${key.slice(0, -3)}y`;
  if (/(ss|us)$/.test(key)) return `${key} entry`;
  if (/s$/.test(key)) return key.slice(0, -1);
  return `${key} entry`;
}

/**
 * A label safe to print anywhere: no control or direction-changing
 * characters (which could rewrite a terminal or reorder the line), spaces
 * collapsed, and at most {@link MAX_LABEL} characters.
 */
function safeLabel(text: string): string {
  const plain = text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...plain];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : plain;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownString(record: Record<string, unknown>, key: string): string | undefined {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function keyText(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(safeLabel(key));
}

/**
 * Describes a path into a document in words: each list item counted from 1
 * with its kind ("activity 20"), its title or name in quotes and its id
 * when the document is given and `labels` allows, and field names as
 * written in the file. Member names are never quoted (they are personal);
 * the member's id is. `''` for the whole document.
 *
 * @category Model
 * @example
 * ```ts
 * describeLocation(['activities', 19, 'start'], project);
 * // 'activity 20 ("Workshop 3", id a-20), start'
 * describeLocation(['rules', 'quiet-members', 'severity']); // 'rules, quiet-members, severity'
 * ```
 */
export function describeLocation(
  path: readonly (string | number)[],
  document?: unknown,
  options: {
    /** Quote the titles of items (default true); off for files that may not be the person's own. */
    readonly labels?: boolean;
  } = {},
): string {
  const labels = options.labels !== false;
  const parts: string[] = [];
  let node: unknown = document;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const next = path[i + 1];
    if (typeof segment === 'string' && typeof next === 'number') {
      const list = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
      const item = Array.isArray(list) ? list[next] : undefined;
      let text = `${itemNoun(segment)} ${next + 1}`;
      if (isRecord(item)) {
        const id = ownString(item, 'id');
        const title =
          labels && !PERSONAL_LISTS.has(segment)
            ? (ownString(item, 'title') ?? ownString(item, 'name') ?? ownString(item, 'label'))
            : undefined;
        const details = [
          title !== undefined ? `"${safeLabel(title)}"` : undefined,
          id !== undefined ? `id ${safeLabel(id)}` : undefined,
        ].filter((d) => d !== undefined);
        if (details.length > 0) text += ` (${details.join(', ')})`;
      }
      parts.push(text);
      node = item;
      i++;
      continue;
    }
    if (typeof segment === 'number') {
      // A list at the top of a document, or a list of lists.
      parts.push(`${itemNoun(undefined)} ${segment + 1}`);
      node = Array.isArray(node) ? node[segment] : undefined;
      continue;
    }
    parts.push(keyText(segment));
    node = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
  }
  return parts.join(', ');
}

/**
 * Message templates: `{placeholder}` parsing, rendering and the plain,
 * machine-independent formatting of values. Rendering never reads the
 * machine's locale (`toLocaleString` would differ between a developer's
 * laptop and a council's server), so numbers and lists are formatted by hand.
 *
 * @module
 */
import type { DataValue } from './types.js';

/**
 * The locale of the messages in rule files, and the fallback for every other
 * locale.
 *
 * @category Check
 * @example `DEFAULT_LOCALE // 'en-GB'`
 */
export const DEFAULT_LOCALE = 'en-GB';

/**
 * The formats a placeholder may ask for: `{share:percent}` renders 0.25 as
 * `25%`; `{names:list}` joins a list with commas.
 *
 * @category Check
 * @example `PLACEHOLDER_FORMATS.includes('percent') // true`
 */
export const PLACEHOLDER_FORMATS = Object.freeze(['percent', 'list'] as const);

/**
 * A placeholder format.
 *
 * @category Check
 * @example `const f: PlaceholderFormat = 'list';`
 */
export type PlaceholderFormat = (typeof PLACEHOLDER_FORMATS)[number];

/**
 * One `{name}` or `{name:format}` in a template.
 *
 * @category Check
 * @example `const p: Placeholder = { name: 'share', format: 'percent' };`
 */
export interface Placeholder {
  readonly name: string;
  readonly format?: PlaceholderFormat;
}

/**
 * What is shown for a placeholder with no value, so a reader never sees a
 * raw `{key}`.
 *
 * @category Check
 * @example `MISSING_VALUE_TEXT // '(not recorded)'`
 */
export const MISSING_VALUE_TEXT = '(not recorded)';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Reads the placeholders of a template. Braces that do not form a valid
 * placeholder are returned as errors, since a template is checked when its
 * rule set is compiled.
 *
 * @category Check
 * @example
 * ```ts
 * parsePlaceholders('{subject} spoke in {share:percent} of meetings');
 * // { placeholders: [{ name: 'subject' }, { name: 'share', format: 'percent' }], errors: [] }
 * ```
 */
export function parsePlaceholders(template: string): {
  placeholders: Placeholder[];
  errors: string[];
} {
  const placeholders: Placeholder[] = [];
  const errors: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const body = match[1] ?? '';
    const [name = '', format, ...rest] = body.split(':');
    if (!NAME.test(name) || rest.length > 0) {
      errors.push(`"{${body}}" is not a placeholder: use {name} or {name:format}`);
      continue;
    }
    if (format === undefined) {
      placeholders.push({ name });
    } else if ((PLACEHOLDER_FORMATS as readonly string[]).includes(format)) {
      placeholders.push({ name, format: format as PlaceholderFormat });
    } else {
      errors.push(
        `"{${body}}" asks for the unknown format "${format}": use ${PLACEHOLDER_FORMATS.map((f) => `"${f}"`).join(' or ')}`,
      );
    }
  }
  const stray = template.replace(PLACEHOLDER, '');
  if (stray.includes('{') || stray.includes('}')) {
    errors.push('has a "{" or "}" that does not belong to a placeholder');
  }
  return { placeholders, errors };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats a number the same way on every machine: thousands separated by
 * commas, at most two decimal places, no trailing zeros.
 *
 * @category Check
 * @example `formatNumber(12345.678) // '12,345.68'`
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return MISSING_VALUE_TEXT;
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(2).split('.');
  const trimmed = (fraction ?? '').replace(/0+$/, '');
  const body = `${groupThousands(whole)}${trimmed ? `.${trimmed}` : ''}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/**
 * Formats one value for a message.
 *
 * @category Check
 * @example
 * ```ts
 * formatValue(0.256, 'percent'); // '26%'
 * formatValue(['Amira', 'Ben'], 'list'); // 'Amira, Ben'
 * formatValue(true); // 'yes'
 * ```
 */
export function formatValue(value: DataValue | undefined, format?: PlaceholderFormat): string {
  if (value === undefined || value === null) return MISSING_VALUE_TEXT;
  if (format === 'percent' && typeof value === 'number' && Number.isFinite(value)) {
    return `${formatNumber(Math.round(value * 100))}%`;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * Renders a template with values. A placeholder without a value shows
 * {@link MISSING_VALUE_TEXT}; text that is not a valid placeholder is left
 * as written. Front ends use this to re-render an issue's message from its
 * `data`.
 *
 * @category Check
 * @example
 * ```ts
 * renderMessage('{subject} has attended {meetings} meetings without contributing.', {
 *   subject: 'Amira',
 *   meetings: 3,
 * }); // 'Amira has attended 3 meetings without contributing.'
 * ```
 */
export function renderMessage(
  template: string,
  data: Readonly<Record<string, DataValue | undefined>>,
): string {
  const parts = compiledTemplate(template);
  if (typeof parts === 'string') return parts;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
    } else {
      const value = Object.hasOwn(data, part.name) ? data[part.name] : undefined;
      out += formatValue(value, part.format);
    }
  }
  return out;
}

type TemplatePart = string | Placeholder;

// A check renders two messages per issue from a few dozen templates, so each
// template is split into text and placeholders once. Bounded, because
// templates can come from council files.
const templateCache = new Map<string, string | readonly TemplatePart[]>();
const TEMPLATE_CACHE_LIMIT = 2000;

function compiledTemplate(template: string): string | readonly TemplatePart[] {
  const cached = templateCache.get(template);
  if (cached !== undefined) return cached;
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const whole = match[0];
    const body = match[1] ?? '';
    const index = match.index ?? 0;
    const [name = '', format, ...rest] = body.split(':');
    const valid =
      NAME.test(name) &&
      rest.length === 0 &&
      (format === undefined || (PLACEHOLDER_FORMATS as readonly string[]).includes(format));
    // Anything that is not a valid placeholder stays as written.
    if (!valid) continue;
    if (index > last) parts.push(template.slice(last, index));
    parts.push(format === undefined ? { name } : { name, format: format as PlaceholderFormat });
    last = index + whole.length;
  }
  if (last < template.length) parts.push(template.slice(last));
  const compiled = parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
  const result = parts.length === 0 ? '' : compiled;
  if (templateCache.size >= TEMPLATE_CACHE_LIMIT) templateCache.clear();
  templateCache.set(template, result);
  return result;
}

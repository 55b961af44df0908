import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatValue,
  MISSING_VALUE_TEXT,
  parsePlaceholders,
  renderMessage,
} from '../../src/check/messages.js';

describe('messages', () => {
  it('parses placeholders with formats and reports bad ones', () => {
    expect(parsePlaceholders('{subject} made {share:percent} of {names:list}')).toEqual({
      placeholders: [
        { name: 'subject' },
        { name: 'share', format: 'percent' },
        { name: 'names', format: 'list' },
      ],
      errors: [],
    });
    expect(parsePlaceholders('{x:money}').errors[0]).toMatch(/unknown format "money"/);
    expect(parsePlaceholders('{1x}').errors[0]).toMatch(/not a placeholder/);
    expect(parsePlaceholders('a { b').errors[0]).toMatch(/does not belong/);
    expect(parsePlaceholders('{a:b:c}').errors).toHaveLength(1);
  });

  it('renders values without the machine locale', () => {
    expect(
      renderMessage(
        '{subject} made {share:percent} across {n} meetings: {names:list}; on time: {ok}',
        {
          subject: 'Amira',
          share: 0.715,
          n: 12345,
          names: ['Ben', 'Cy'],
          ok: false,
        },
      ),
    ).toBe('Amira made 72% across 12,345 meetings: Ben, Cy; on time: no');
  });

  it('never shows a raw key for a missing value', () => {
    expect(renderMessage('{who} left', {})).toBe(`${MISSING_VALUE_TEXT} left`);
    expect(renderMessage('{who} left', { who: null })).toBe(`${MISSING_VALUE_TEXT} left`);
  });

  it('does not read inherited properties of the data', () => {
    expect(renderMessage('{toString}', {})).toBe(MISSING_VALUE_TEXT);
  });

  it('formats numbers the same way everywhere', () => {
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-1000)).toBe('-1,000');
    expect(formatNumber(2)).toBe('2');
    expect(formatValue([], 'list')).toBe('none');
    expect(formatValue('x', 'percent')).toBe('x');
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDays,
  formatNumber,
  formatValue,
  joinList,
  missingPlaceholders,
  parsePlaceholders,
  renderMessage,
} from '../../src/check/messages.js';

describe('parsing placeholders', () => {
  it('reads names, formats and the nouns of count', () => {
    expect(
      parsePlaceholders(
        '{subject} made {share:percent} of {names:list} or {others:orList} on {on:date}, {n:count:meeting:meetings}, {gap:days}',
      ),
    ).toEqual({
      placeholders: [
        { name: 'subject' },
        { name: 'share', format: 'percent' },
        { name: 'names', format: 'list' },
        { name: 'others', format: 'orList' },
        { name: 'on', format: 'date' },
        { name: 'n', format: 'count', args: ['meeting', 'meetings'] },
        { name: 'gap', format: 'days' },
      ],
      errors: [],
    });
  });

  it('reports unknown formats and wrong arguments', () => {
    expect(parsePlaceholders('{x:money}').errors[0]).toMatch(/unknown format "money"/);
    expect(parsePlaceholders('{1x}').errors[0]).toMatch(/not a placeholder/);
    expect(parsePlaceholders('a { b').errors[0]).toMatch(/does not belong/);
    expect(parsePlaceholders('{a:date:c}').errors[0]).toMatch(/takes no arguments/);
    expect(parsePlaceholders('{a:count}').errors[0]).toMatch(/singular and a plural/);
    expect(parsePlaceholders('{a:count:meeting}').errors[0]).toMatch(/singular and a plural/);
    expect(parsePlaceholders('{a:count:meeting:meetings:no meetings}').errors).toEqual([]);
    expect(parsePlaceholders('{a:count:meeting:meetings:none:x}').errors[0]).toMatch(
      /words for none/,
    );
    expect(parsePlaceholders('{a:time:b}').errors[0]).toMatch(/takes no arguments/);
    expect(parsePlaceholders('{a:count: meeting:meetings}').errors[0]).toMatch(/without spaces/);
    expect(parsePlaceholders('{a:count:cyfarfod:cyfarfod}').errors).toEqual([]);
  });
});

describe('rendering', () => {
  it('does not end a sentence twice after a value that ends its own', () => {
    const template = 'The notes say only “{notes}”. Ask the group.';
    expect(renderMessage(template, { notes: 'TBC.' })).toBe(
      'The notes say only “TBC.” Ask the group.',
    );
    expect(renderMessage(template, { notes: 'Why?' })).toBe(
      'The notes say only “Why?” Ask the group.',
    );
    expect(renderMessage(template, { notes: 'tbc' })).toBe(
      'The notes say only “tbc”. Ask the group.',
    );
    expect(renderMessage('Due {when}.', { when: 'soon, etc.' })).toBe('Due soon, etc.');
    // An ellipsis in the template is the author's, and stays.
    expect(renderMessage('{who}... and others', { who: 'Dev.' })).toBe('Dev.... and others');
  });

  it('renders values without the machine locale', () => {
    expect(
      renderMessage('{subject} made {share:percent} across {n} meetings: {names:list}', {
        subject: 'Amira',
        share: 0.715,
        n: 12345,
        names: ['Ben', 'Cy'],
      }),
    ).toBe('Amira made 72% across 12,345 meetings: Ben and Cy');
  });

  it('joins lists naturally, with and or or', () => {
    expect(formatValue(['Dev'], 'list')).toBe('Dev');
    expect(formatValue(['Dev', 'Sean'], 'list')).toBe('Dev and Sean');
    expect(formatValue(['Dev', 'Sean', 'Priya'], 'list')).toBe('Dev, Sean and Priya');
    expect(formatValue(['Dev', 'Sean', 'Priya'], 'orList')).toBe('Dev, Sean or Priya');
    expect(formatValue(['Dev', 'Sean', 'Priya'])).toBe('Dev, Sean and Priya');
    expect(formatValue('Dev', 'list')).toBe('Dev');
    expect(joinList(['Dev', 'Sean', 'Priya'], 'and', 'cy')).toBe('Dev, Sean a Priya');
    expect(joinList(['Dev', 'Sean'], 'or', 'cy')).toBe('Dev neu Sean');
  });

  it('joins a Welsh list as Welsh writes "a": a’r, ac, and a ph… for the question words', () => {
    expect(joinList(['dyddiad gorffen', 'y cerrig milltir'], 'and', 'cy')).toBe(
      'dyddiad gorffen a’r cerrig milltir',
    );
    expect(joinList(['Sam', 'Dev', 'Amira'], 'and', 'cy')).toBe('Sam, Dev ac Amira');
    expect(joinList(['does neb wedi cofnodi', 'nid yw’r grŵp wedi myfyrio'], 'and', 'cy')).toBe(
      'does neb wedi cofnodi ac nid yw’r grŵp wedi myfyrio',
    );
    expect(joinList(['sut', 'pa mor aml'], 'and', 'cy')).toBe('sut a pha mor aml');
    expect(joinList(['Priya', 'Pat'], 'and', 'cy')).toBe('Priya a Pat');
    expect(joinList(['the plan', 'the end'], 'and')).toBe('the plan and the end');
    expect(joinList(['Amira', 'yr amserlen'], 'or', 'cy')).toBe('Amira neu’r amserlen');
  });

  it('writes dates in words, in the project time zone', () => {
    expect(formatDate('2026-10-30')).toBe('30 October 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
    // 23:30 UTC on 31 May is already 1 June in London (summer time).
    expect(formatDate('2026-05-31T23:30:00Z', { timeZone: 'Europe/London' })).toBe('1 June 2026');
    expect(formatDate('2026-05-31T23:30:00Z', { timeZone: 'America/New_York' })).toBe(
      '31 May 2026',
    );
    // In winter London is on UTC.
    expect(formatDate('2026-12-31T23:30:00Z', { timeZone: 'Europe/London' })).toBe(
      '31 December 2026',
    );
    // Without a zone, the date as written.
    expect(formatDate('2026-05-31T23:30:00-05:00')).toBe('31 May 2026');
    expect(formatDate('2026-10-30', { locale: 'cy' })).toBe('30 Hydref 2026');
    expect(formatDate('2026-02-03', { locale: 'cy-GB' })).toBe('3 Chwefror 2026');
    expect(formatDate('2026-02-03', { locale: 'fr' })).toBe('3 February 2026');
    expect(formatDate('2026-02-30')).toBeUndefined();
    expect(formatDate('2026-13-01')).toBeUndefined();
    // Years 0 to 99 are not read as 1900 to 1999: year 0 was a leap year, 1900 was not.
    expect(formatDate('0000-02-29')).toBe('29 February 0');
    expect(formatDate('0100-02-29')).toBeUndefined();
    expect(formatDate('tbc')).toBeUndefined();
    expect(
      renderMessage(
        'Due on {due:date}.',
        { due: '2026-10-30T09:00:00+01:00' },
        { timeZone: 'Europe/London' },
      ),
    ).toBe('Due on 30 October 2026.');
  });

  it('counts with the noun', () => {
    expect(renderMessage('{n:count:meeting:meetings}', { n: 1 })).toBe('1 meeting');
    expect(renderMessage('{n:count:meeting:meetings}', { n: 3 })).toBe('3 meetings');
    expect(renderMessage('{n:count:meeting:meetings}', { n: 0 })).toBe('0 meetings');
    expect(renderMessage('{n:count:person:people}', { n: 1200 })).toBe('1,200 people');
  });

  it("says none in the rule's own words when it gives them", () => {
    const template = '{n:count:meeting:meetings:no meetings}';
    expect(renderMessage(template, { n: 0 })).toBe('no meetings');
    expect(renderMessage(template, { n: 1 })).toBe('1 meeting');
    expect(renderMessage(template, { n: 2 })).toBe('2 meetings');
    expect(
      renderMessage('{n:count:cyfarfod:cyfarfod:dim cyfarfod}', { n: 0 }, { locale: 'cy' }),
    ).toBe('dim cyfarfod');
  });

  it('says a time of day on the 12-hour clock', () => {
    const at = (value: string, locale?: string) =>
      renderMessage('{t:time}', { t: value }, locale ? { locale } : {});
    expect(at('09:00')).toBe('9am');
    expect(at('17:30')).toBe('5.30pm');
    expect(at('12:00')).toBe('midday');
    expect(at('00:00')).toBe('midnight');
    expect(at('12:15')).toBe('12.15pm');
    expect(at('00:05')).toBe('12.05am');
    expect(at('17:30', 'cy')).toBe('5.30yh');
    expect(at('12:00', 'cy')).toBe('canol dydd');
    // Not a time of day: the placeholder cannot be shown, so the check uses its needs-review message.
    expect(missingPlaceholders('{t:time}', { t: '25:00' })).toEqual(['t']);
    expect(missingPlaceholders('{t:time}', { t: 900 })).toEqual(['t']);
  });

  it('says a number of days as a person would', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(5)).toBe('5 days');
    expect(formatDays(13)).toBe('13 days');
    expect(formatDays(14)).toBe('2 weeks');
    expect(formatDays(21)).toBe('3 weeks');
    expect(formatDays(24)).toBe('about 3 weeks');
    expect(formatDays(71)).toBe('about 2 months');
    expect(formatDays(120)).toBe('about 4 months');
    expect(formatDays(365)).toBe('about 12 months');
    expect(formatDays(800)).toBe('about 2 years');
    expect(formatDays(21, 'cy')).toBe('3 wythnos');
    expect(formatDays(120, 'cy')).toBe('tua 4 mis');
    expect(renderMessage('{gap:days} since', { gap: 5 })).toBe('5 days since');
  });

  it('formats numbers the same way everywhere', () => {
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-1000)).toBe('-1,000');
    expect(formatNumber(2)).toBe('2');
    expect(formatValue(0.256, 'percent')).toBe('26%');
  });
});

describe('values that cannot be said in words', () => {
  it('are never shown as a stand-in or a raw key', () => {
    for (const data of [
      {},
      { who: null },
      { who: '' },
      { who: [] },
      { who: true },
      { who: false },
    ]) {
      const text = renderMessage('{who} left', data);
      expect(text).toBe(' left');
      expect(text).not.toMatch(/not recorded|none|yes|no\b|true|false|null|undefined|\{/);
    }
    expect(renderMessage('{toString}', {})).toBe('');
  });

  it('are named by missingPlaceholders, which a check uses to fall back', () => {
    expect(missingPlaceholders('{who} left on {on:date}', { who: 'Dev', on: null })).toEqual([
      'on',
    ]);
    expect(missingPlaceholders('{n:count:a:b} {on:date}', { n: 'three', on: 'soon' })).toEqual([
      'n',
      'on',
    ]);
    expect(missingPlaceholders('{names:list}', { names: [] })).toEqual(['names']);
    expect(missingPlaceholders('{share:percent}', { share: 'x' })).toEqual(['share']);
    expect(missingPlaceholders('{ok}', { ok: true })).toEqual(['ok']);
    expect(missingPlaceholders('{who}', { who: 'Dev' })).toEqual([]);
    expect(missingPlaceholders('no placeholders', {})).toEqual([]);
  });
});

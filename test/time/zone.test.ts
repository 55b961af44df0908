import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveProject } from '../../src/check/facts/derive.js';
import {
  daysFromCivil,
  dayToIsoDate,
  isoDateToDay,
  parseInstant,
} from '../../src/time/calendar.js';
import { zonedTime, zoneOffset, zoneOffsetFromIntl } from '../../src/time/zone.js';
import { activity, fact, makeProject } from '../check/facts/fixtures.js';
import { PROBE_NOW, PROBE_OFFICE_HOURS } from './zone-case.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('calendar days', () => {
  it('numbers days from 1970-01-01 and back, across leap years and centuries', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(isoDateToDay('2000-03-01') - isoDateToDay('2000-02-28')).toBe(2);
    expect(isoDateToDay('2100-03-01') - isoDateToDay('2100-02-28')).toBe(1);
    expect(dayToIsoDate(isoDateToDay('2024-02-29'))).toBe('2024-02-29');
    expect(dayToIsoDate(isoDateToDay('0050-01-01'))).toBe('0050-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: isoDateToDay('0000-01-01'), max: isoDateToDay('9999-12-31') }),
        (day) => {
          expect(isoDateToDay(dayToIsoDate(day))).toBe(day);
        },
      ),
    );
  });

  it('agrees with Date for dates after year 100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(isoDateToDay(iso)).toBe(Math.floor(d.getTime() / 86_400_000));
        },
      ),
    );
  });

  it('gives NaN for text that is not a date', () => {
    expect(isoDateToDay('2026/01/01')).toBeNaN();
    expect(isoDateToDay('2026-1-1')).toBeNaN();
  });
});

describe('parseInstant', () => {
  it('reads the same instant as Date.parse for every offset form the model accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
        fc.constantFrom('', '.5', '.123', '.123456789'),
        (instant, offset, fraction) => {
          const local = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const suffix =
            offset === 0 && fraction === ''
              ? 'Z'
              : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const text = `${local}${fraction}${suffix}`;
          expect(parseInstant(text)).toBe(Date.parse(text));
        },
      ),
    );
  });

  it('falls back to Date.parse for other shapes', () => {
    expect(parseInstant('2026-06-10T16:30Z')).toBe(Date.parse('2026-06-10T16:30Z'));
    expect(parseInstant('not a date')).toBeNaN();
  });
});

describe('zone offsets', () => {
  const zones = [
    'Europe/London',
    'Europe/Dublin',
    'America/St_Johns',
    'America/Santiago',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Africa/Casablanca',
    'Pacific/Kiritimati',
    'Pacific/Apia',
    'UTC',
  ];

  it('match Intl at random instants in many zones, including half-hour and Ramadan rules', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (zone, instant) => {
          expect(zoneOffset(zone, instant)).toBe(zoneOffsetFromIntl(zone, instant));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('switch exactly at the UK clock changes', () => {
    const spring = Date.parse('2026-03-29T01:00:00Z');
    expect(zoneOffset('Europe/London', spring - 1)).toBe(0);
    expect(zoneOffset('Europe/London', spring)).toBe(3_600_000);
    const autumn = Date.parse('2026-10-25T01:00:00Z');
    expect(zoneOffset('Europe/London', autumn - 1)).toBe(3_600_000);
    expect(zoneOffset('Europe/London', autumn)).toBe(0);
  });

  it('reads 16:30 UTC on 10 June 2026 as Wednesday 17:30 in London and 04:30 next day in Auckland', () => {
    const instant = Date.parse('2026-06-10T16:30:00Z');
    const london = zonedTime('Europe/London', instant);
    expect([dayToIsoDate(london.day), london.weekday, london.minutes]).toEqual([
      '2026-06-10',
      2,
      17 * 60 + 30,
    ]);
    const auckland = zonedTime('Pacific/Auckland', instant);
    expect([dayToIsoDate(auckland.day), auckland.weekday, auckland.minutes]).toEqual([
      '2026-06-11',
      3,
      4 * 60 + 30,
    ]);
  });
});

describe('independence from the machine time zone', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const project = makeProject({
    progressTracking: { lastReview: '2026-03-28' },
    activities: [activity('a-1', '2026-06-10T16:30:00Z')],
  });
  const now = PROBE_NOW;
  const office = PROBE_OFFICE_HOURS;

  function answers() {
    const derived = deriveProject(project, now);
    const first = derived.activities[0]!;
    return {
      today: derived.today,
      day: first.day,
      weekday: first.weekday,
      minutes: first.minutes,
      daysSinceProgressReview: fact('daysSinceProgressReview', project, {}, now),
      shareOutsideOfficeHours: fact('shareOutsideOfficeHours', project, office, now),
    };
  }

  const expected = {
    // 23:30 UTC on 11 June is 00:30 on 12 June in London (BST).
    today: '2026-06-12',
    day: isoDateToDay('2026-06-10'),
    weekday: 2,
    minutes: 17 * 60 + 30,
    daysSinceProgressReview: 76,
    shareOutsideOfficeHours: 1,
  };

  it('gives the London answers in this process whatever TZ it runs with', () => {
    expect(answers()).toEqual(expected);
  });

  it('gives the same answers after TZ changes at run time', () => {
    for (const tz of ['Pacific/Kiritimati', 'UTC', 'America/Los_Angeles']) {
      vi.stubEnv('TZ', tz);
      // Guard: the stub must really move the machine zone, or this test proves nothing.
      const offset = new Date(Date.UTC(2026, 5, 10)).getTimezoneOffset();
      expect(offset).toBe({ 'Pacific/Kiritimati': -840, UTC: 0, 'America/Los_Angeles': 420 }[tz]);
      expect(answers()).toEqual(expected);
    }
  });

  it('gives the same answers in a child process started with TZ=Pacific/Kiritimati and TZ=UTC', () => {
    for (const [tz, machineOffset] of [
      ['Pacific/Kiritimati', -840],
      ['UTC', 0],
    ] as const) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'zone-probe.ts')], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual({ machineOffset, ...expected });
    }
  });
});

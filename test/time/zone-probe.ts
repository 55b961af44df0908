/**
 * Run as a child process with some TZ: prints what the derivation makes of
 * a fixed project, so a test can compare it with the parent's answer.
 */
import { deriveProject, getFact } from '../../src/check/facts/index.js';
import { parseProject } from '../../src/model/parse.js';
import { PROBE_NOW, PROBE_OFFICE_HOURS } from './zone-case.js';

const project = parseProject({
  schemaVersion: 2,
  id: 'p-tz',
  title: 'Time zone probe',
  stage: 'during',
  timeZone: 'Europe/London',
  progressTracking: { lastReview: '2026-03-28' },
  activities: [
    {
      id: 'a-1',
      kind: 'formal-meeting',
      title: 'Evening meeting',
      start: '2026-06-10T16:30:00Z',
      end: '2026-06-10T18:30:00Z',
    },
  ],
});

const now = PROBE_NOW;
const derived = deriveProject(project, now);
const first = derived.activities[0]!;
const office = PROBE_OFFICE_HOURS;
process.stdout.write(
  JSON.stringify({
    machineOffset: new Date(Date.UTC(2026, 5, 10)).getTimezoneOffset(),
    today: derived.today,
    day: first.day,
    weekday: first.weekday,
    minutes: first.minutes,
    daysSinceProgressReview: getFact('daysSinceProgressReview')!.compute(derived, {}),
    shareOutsideOfficeHours: getFact('shareOutsideOfficeHours')!.compute(derived, office),
  }),
);

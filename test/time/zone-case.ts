/**
 * The moment and office hours the time-zone tests ask about, shared by the
 * test and the probe it runs in a child process, so both ask the same thing.
 */
export const PROBE_NOW = new Date('2026-06-11T23:30:00Z');

export const PROBE_OFFICE_HOURS = {
  recentDays: 30,
  officeStart: '09:00',
  officeEnd: '17:00',
  officeDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  minActivities: 1,
};

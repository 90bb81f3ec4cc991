import { intlOffsets, parseClosed, parseHours, type Calendar } from '../../src/core/calendar.js';
import { japaneseHoliday } from '../../src/io/holidays.js';

/**
 * A business calendar for unit tests: Tokyo, weekdays 09:00–18:00, Japanese holidays, closed over
 * the new year (年末年始), unless `over` says otherwise (hours and closed days as a user types them).
 * Offsets come from Intl, right in any thread: `npm run mutate` runs the unit tests in worker
 * threads, where a change of TZ does not reach the process clock (docs/testing.md).
 */
export const calendar = (over: Partial<Calendar> & { hoursText?: string; closedText?: string } = {}): Calendar => ({
  name: 'business',
  always: false,
  zone: 'Asia/Tokyo',
  hours: parseHours(over.hoursText ?? 'mon-fri 09:00-18:00')!,
  holiday: japaneseHoliday,
  closed: parseClosed(over.closedText ?? '12/29-01/03 年末年始')!,
  offsets: intlOffsets,
  ...over,
});

import { describe, expect, it } from 'vitest';
import { formatDuration } from 'date-fns/formatDuration';
import { ja as jaLocale } from 'date-fns/locale/ja';
import { ago, dateTime, duration, longDate } from '../../src/render/time.js';
import { translator } from '../../src/i18n/index.js';

describe('durations and dates read naturally in each language', () => {
  it.each([
    [3 * 3600 + 12 * 60, '3h 12m', '3時間12分'],
    [2 * 86400 + 4 * 3600 + 59, '2d 4h', '2日4時間'],
    [86400 + 30 * 60, '1d 30m', '1日30分'],
    [45, '45s', '45秒'],
    [15 * 60, '15m', '15分'],
    [0, '0s', '0秒'],
  ])('%i seconds → %s / %s', (s, en, ja) => {
    expect(duration(s, 'en')).toBe(en);
    expect(duration(s, 'ja')).toBe(ja);
  });

  it("writes Japanese durations as date-fns's Japanese locale does, for any length, and keeps the sign", () => {
    for (let s = 0; s < 40 * 86400; s += 3607 + (s % 977)) {
      const days = Math.floor(s / 86400);
      const hours = Math.floor((s % 86400) / 3600);
      const minutes = Math.floor((s % 3600) / 60);
      const parts = Object.fromEntries(
        Object.entries({ days, hours, minutes })
          .filter(([, n]) => n > 0)
          .slice(0, 2),
      );
      const expected = Object.keys(parts).length
        ? formatDuration(parts, { locale: jaLocale, delimiter: '' })
        : formatDuration({ seconds: s % 60 }, { locale: jaLocale, zero: true });
      expect(duration(s, 'ja'), String(s)).toBe(expected);
    }
    expect(duration(-(3 * 3600 + 12 * 60), 'ja')).toBe('-3時間12分');
  });

  it('says how long ago in each language', () => {
    const now = new Date('2026-11-23T04:12:00Z');
    expect(ago('2026-11-23T01:00:00Z', now, 'en', translator('en'))).toBe('3h 12m ago');
    expect(ago('2026-11-23T01:00:00Z', now, 'ja', translator('ja'))).toBe('3時間12分前');
  });

  it('writes dates in local time (TZ=UTC in tests)', () => {
    process.env.TZ = 'UTC';
    expect(dateTime('2026-11-23T09:05:00Z')).toBe('2026-11-23 09:05');
    expect(longDate('2026-11-23T09:05:00Z', 'en')).toBe('Mon 23 Nov 2026 09:05');
    expect(longDate('2026-11-23T09:05:00Z', 'ja')).toBe('2026年11月23日(月) 9:05');
  });
});

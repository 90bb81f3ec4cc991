import type { ZoneOffsets } from '../core/calendar.js';

/**
 * A zone's offsets read through the process's own local time: Node applies a change of TZ at once,
 * and Date's local-time reading costs microseconds, where the first Intl.DateTimeFormat of a run
 * loads ICU's date data (≈ 30 ms on every `open` that works out a business-hours due time, SPEC §13).
 * TZ is put back before returning; nothing runs in between. The zone is one Intl accepted when it
 * was configured (core/calendar.ts#canonicalZone); test/unit/calendar.test.ts checks both agree.
 */
export const processOffsets: ZoneOffsets = (zone, instants) => {
  const env = process.env;
  const saved = env.TZ;
  env.TZ = zone;
  try {
    return instants.map((ms) => -new Date(ms).getTimezoneOffset());
  } finally {
    if (saved === undefined) delete env.TZ;
    else env.TZ = saved;
  }
};

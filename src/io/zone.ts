import { readFileSync, readlinkSync } from 'node:fs';
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

/**
 * The name of the process's local time zone, for a database server to read local days in (SPEC §15:
 * reports by local day as on SQLite), found as the C library finds it: TZ (`:Area/City`, a path
 * into zoneinfo, or a POSIX rule such as `JST-9`; empty is UTC), else the zone /etc/localtime links
 * to, else /etc/timezone. Not through Intl.DateTimeFormat, whose first use loads ICU's date data
 * (20–40 ms of every command); it is asked only where neither file says (a copied /etc/localtime).
 */
export function localZoneName(env: NodeJS.ProcessEnv = process.env): string {
  const zoneOf = (path: string) => /\/zoneinfo\/(.+)$/.exec(path)?.[1];
  const tz = env.TZ;
  if (tz !== undefined) {
    const name = tz.replace(/^:/, '');
    return name === '' ? 'UTC' : (zoneOf(name) ?? name);
  }
  try {
    const zone = zoneOf(readlinkSync('/etc/localtime'));
    if (zone) return zone;
  } catch {
    // Not a link (or no such file): the next place says.
  }
  try {
    const zone = readFileSync('/etc/timezone', 'utf8').trim();
    if (zone) return zone;
  } catch {
    // None: ask ICU.
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

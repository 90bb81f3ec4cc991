import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Who else could change a file (SPEC §12): what runs a program is taken only from a place that the
 * person running `incident` alone can write. As OpenSSH's StrictModes: the file and every folder on
 * the way (as written and as resolved through symbolic links) must belong to that user or root and
 * be writable by nobody else; a folder above may be shared if it is sticky (/tmp), since then no one
 * else can rename or delete what is in it.
 */

export interface Exposure {
  /** The file or folder that others can write. */
  path: string;
  why: 'group' | 'others' | 'owner' | 'notFile' | 'unknown';
}

const STICKY = 0o1000;

/** This process's user id; undefined where the system has none (Windows): nothing counts as private there. */
export const currentUid = (): number | undefined => (typeof process.getuid === 'function' ? process.getuid() : undefined);

/** The lines of a colon-separated system file (/etc/passwd, /etc/group), as fields; [] when unreadable. */
const table = (path: string): string[][] => {
  try {
    return readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
  } catch {
    return [];
  }
};

const privateGroups = new Map<string, boolean>();

/**
 * A user's own group (the "user private group" of Debian, Red Hat and others, with umask 002): its
 * only member is that user, as primary group or as the one listed member. So a file writable by it
 * is writable by that user alone (as Debian's ssh judges ~/.ssh/config). Only groups in /etc/group
 * count: one known elsewhere (LDAP) is taken as shared.
 */
function groupIsTheUsers(gid: number, uid: number): boolean {
  const key = `${gid}:${uid}`;
  let answer = privateGroups.get(key);
  if (answer === undefined) {
    const group = table('/etc/group').find((g) => Number(g[2]) === gid);
    const users = table('/etc/passwd');
    const name = users.find((u) => Number(u[2]) === uid)?.[0];
    const primary = users.filter((u) => Number(u[3]) === gid);
    const listed = (group?.[3] ?? '').split(',').filter(Boolean);
    answer =
      !!group &&
      name !== undefined &&
      primary.every((u) => Number(u[2]) === uid) &&
      listed.every((m) => m === name) &&
      primary.length + listed.length > 0;
    privateGroups.set(key, answer);
  }
  return answer;
}

function modeExposure(path: string, uid: number, st: { mode: number; uid: number; gid: number }, stickyOk: boolean): Exposure | undefined {
  if (st.uid !== uid && st.uid !== 0) return { path, why: 'owner' };
  if (!(st.mode & 0o022)) return undefined;
  if (stickyOk && st.mode & STICKY) return undefined;
  if (st.mode & 0o002) return { path, why: 'others' };
  return groupIsTheUsers(st.gid, uid) ? undefined : { path, why: 'group' };
}

/** The folders from `path`'s own folder up to the root: each must be safe, the nearest without the sticky excuse unless allowed. */
function folderExposure(path: string, uid: number, nearestSticky: boolean): Exposure | undefined {
  let dir = dirname(path);
  for (let nearest = true; ; nearest = false) {
    const st = statSync(dir);
    const found = modeExposure(dir, uid, st, !nearest || nearestSticky);
    if (found) return found;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface ExposureOptions {
  /**
   * Files beside it that must be as safe (a database's `-wal`, `-shm`, `-journal`: SQLite reads them
   * as part of the database). With them, the nearest folder must not be writable by others even when
   * sticky: they could create the missing one.
   */
  companions?: readonly string[];
}

/**
 * Undefined when only `uid` (or root) can change the file at `path`; else the first file or folder
 * that someone else can write, or that belongs to someone else. A missing file is `unknown`.
 */
export function exposure(path: string, uid: number, options: ExposureOptions = {}): Exposure | undefined {
  const given = resolve(path);
  let real: string;
  try {
    real = realpathSync(given);
  } catch {
    return { path: given, why: 'unknown' };
  }
  try {
    const st = statSync(real);
    if (!st.isFile()) return { path: real, why: 'notFile' };
    const own = modeExposure(real, uid, st, false);
    if (own) return own;
    const companions = options.companions ?? [];
    for (const suffix of companions) {
      const c = statSync(real + suffix, { throwIfNoEntry: false });
      const found = c && modeExposure(real + suffix, uid, c, false);
      if (found) return found;
    }
    const strict = companions.length > 0;
    return folderExposure(real, uid, !strict) ?? (given !== real ? folderExposure(given, uid, true) : undefined);
  } catch {
    return { path: real, why: 'unknown' };
  }
}

/** A database file: with its `-wal`, `-shm` and `-journal`, which SQLite reads as part of it. */
export function databaseExposure(path: string, uid: number): Exposure | undefined {
  if (path === ':memory:' || path === '') return undefined;
  return exposure(path, uid, { companions: ['-wal', '-shm', '-journal'] });
}

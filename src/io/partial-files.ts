import { closeSync, openSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A file is written under a temporary name beside it, FILE.partial-PID (SQLite adds
 * FILE.partial-PID-journal while it writes a copy), and renamed once whole. A process killed half-way
 * leaves those behind: confidential data, and disk space.
 */
export const partialName = (final: string): string => `${final}.partial-${process.pid}`;

/** TEXT as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The temporary names of FILE (any process id), with the process id as group 1. */
export const partialsOf = (final: string): RegExp => new RegExp(`^${escapeRegExp(basename(final))}\\.partial-(\\d+)(?:-journal)?$`);

/** A process of that id is running (EPERM: it is, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the partial files in `dir` whose names match `pattern` (group 1: the process id) and whose
 * process is no longer running. Under this process's own id, a file is an earlier run's whose id came
 * round again. A file that cannot be removed (another user's, in a shared folder) is left as it is:
 * no reason to fail the command.
 */
export function removeStalePartials(dir: string, pattern: RegExp): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? 0);
    if (!pid || (pid !== process.pid && running(pid))) continue;
    try {
      rmSync(join(dir, name), { force: true });
    } catch {}
  }
}

/** The stale partial files of FILE (see removeStalePartials). */
export const removeStalePartialsOf = (final: string): void => removeStalePartials(dirname(final), partialsOf(final));

/**
 * FILE's temporary name, made empty and 0600 for SQLite to fill (VACUUM INTO, the online backup):
 * SQLite would create it with the umask's mode, and its -journal follows the file's mode. `discard`
 * removes both.
 */
export function privatePartial(final: string): { path: string; discard: () => void } {
  const path = partialName(final);
  const discard = () => {
    for (const f of [path, `${path}-journal`]) rmSync(f, { force: true });
  };
  closeSync(openSync(path, 'wx', 0o600));
  return { path, discard };
}

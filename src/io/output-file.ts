import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { storageError, usageError } from '../core/errors.js';
import { directOut, writeFailure, type OutStream } from './runtime.js';
import { partialName, removeStalePartialsOf } from './partial-files.js';

/** A file a command writes its output to (`export -o FILE`, `config export FILE`). */
export interface OutputFile extends OutStream {
  write(data: string | Uint8Array): unknown;
  /** Makes the file whole under its name: synced, then renamed over what was there. */
  commit(): void;
  /** Removes what was written (after a failure): an old file of that name stays as it was. */
  abandon(): void;
}

/**
 * Opens an output file: created 0600 (incidents are confidential, SPEC §2), written straight to its
 * descriptor under a temporary name beside it, and renamed to its own name only once all of it is
 * written and synced. A full disk half-way is exit 5 with nothing left behind, and a backup of the
 * same name is not lost to a failed export. A device or a named pipe (`-o /dev/stdout`) is written
 * as it is. A path that cannot be opened (no such folder, no permission) is exit 2.
 */
export function openOutputFile(path: string): OutputFile {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw usageError('error.writeFile', { path, reason: 'is a directory' });
  const direct = existing !== undefined && !existing.isFile();
  // Through a symbolic link, the file it points at is the one replaced (the link stays a link).
  const final = existing?.isFile() ? realpathSync(path) : path;
  const target = direct ? path : partialName(final);
  let fd: number;
  try {
    // What killed runs left (their process ids no longer running, or this one's come round again) is nobody's.
    if (!direct) removeStalePartialsOf(final);
    fd = openSync(target, direct ? 'w' : 'wx', 0o600);
  } catch (e) {
    throw usageError('error.writeFile', { path, reason: writeFailure(e).reason });
  }
  const out = directOut(fd, (e) => storageError('error.writeFile', { path, reason: writeFailure(e).reason }));
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    isTTY: false,
    write: (data: string | Uint8Array) => (out.write as (d: string | Uint8Array) => unknown)(data),
    commit() {
      try {
        if (!direct) fsyncSync(fd);
        close();
        if (!direct) renameSync(target, final);
      } catch (e) {
        throw storageError('error.writeFile', { path, reason: writeFailure(e).reason });
      }
    },
    abandon() {
      try {
        close();
      } catch {}
      if (!direct) rmSync(target, { force: true });
    },
  };
}

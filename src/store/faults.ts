import { existsSync, writeFileSync } from 'node:fs';

/**
 * Fault injection for the crash tests (SPEC §12): with INCIDENT_CRASH_AT=<point> (optionally
 * `<point>:<n>` for the n-th time it is reached) the process kills itself with SIGKILL there, as a
 * power cut or `kill -9` would, so tests can prove a command leaves all or none of its writes.
 * Points: `write` (a command's writes done, before COMMIT), `migrate` (schema changed, before COMMIT),
 * `backup` (a backup copied under its temporary name, before it is renamed).
 */
const seen = new Map<string, number>();

export function crashPoint(name: string): void {
  // INCIDENT_STALL_AT=<point>: wait there for a minute instead, holding what is held (the write lock
  // at `write`), for tests of a command that waits on another one. With INCIDENT_STALL_FILE=<file>
  // the wait is shorter and observable: <file>.stalled is written on arrival, and the wait ends as
  // soon as <file> exists, so a test knows the process is there (mid-transaction, mid-backup).
  if (process.env.INCIDENT_STALL_AT === name) stall(process.env.INCIDENT_STALL_FILE);
  const want = process.env.INCIDENT_CRASH_AT;
  if (!want) return;
  const [point, nth = '1'] = want.split(':');
  if (point !== name) return;
  const count = (seen.get(name) ?? 0) + 1;
  seen.set(name, count);
  if (count === Number(nth)) process.kill(process.pid, 'SIGKILL');
}

function stall(file: string | undefined): void {
  const wait = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  if (!file) {
    wait(60_000);
    return;
  }
  writeFileSync(`${file}.stalled`, String(process.pid));
  for (let waited = 0; waited < 60_000 && !existsSync(file); waited += 10) wait(10);
}

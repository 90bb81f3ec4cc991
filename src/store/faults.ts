/**
 * Fault injection for the crash tests (SPEC §12): with INCIDENT_CRASH_AT=<point> (optionally
 * `<point>:<n>` for the n-th time it is reached) the process kills itself with SIGKILL there, as a
 * power cut or `kill -9` would, so tests can prove a command leaves all or none of its writes.
 * Points: `write` (a command's writes done, before COMMIT), `migrate` (schema changed, before COMMIT).
 */
const seen = new Map<string, number>();

export function crashPoint(name: string): void {
  const want = process.env.INCIDENT_CRASH_AT;
  if (!want) return;
  const [point, nth = '1'] = want.split(':');
  if (point !== name) return;
  const count = (seen.get(name) ?? 0) + 1;
  seen.set(name, count);
  if (count === Number(nth)) process.kill(process.pid, 'SIGKILL');
}

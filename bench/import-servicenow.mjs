// Times `incident import --format servicenow` of the whole shared ServiceNow event log (119,998 rows,
// 20,769 incidents) as a whole process of the built CLI, on a fresh database; then the same file
// again (nothing to write: the idempotent path). Target (issue 10): ≤ 10 s on our 2-core machine.
// Usage: node bench/import-servicenow.mjs [ZIP or CSV]   (run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../bin/incident.js');
const SOURCE = process.argv[2] ?? '/work/shared/data/uci-incident-event-log/incident_event_log.zip';
const TARGET_S = 10;

if (!existsSync(SOURCE)) {
  console.log(`import-servicenow: skipped (${SOURCE} not found)`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'incident-bench-import-'));
try {
  let csv = SOURCE;
  if (SOURCE.endsWith('.zip')) {
    const r = spawnSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', SOURCE, dir]);
    if (r.status !== 0) throw new Error(`unzip failed: ${r.stderr}`);
    csv = join(dir, 'incident_event_log.csv');
  }
  const env = { ...process.env, INCIDENT_DB: join(dir, 'bench.db'), INCIDENT_ACTOR: 'bench', TZ: 'UTC', LANG: 'C' };
  const timeBin = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M'] : [];
  const run = () => {
    const cmd = [...timeBin, process.execPath, BIN, 'import', '--format', 'servicenow', csv, '--json'];
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd[0], cmd.slice(1), { env, encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`import failed (${r.status}): ${r.stderr}`);
    const rssKiB = timeBin.length ? Number(r.stderr.trim().split('\n').pop()) : NaN;
    return { seconds, rssMiB: rssKiB / 1024, out: JSON.parse(r.stdout) };
  };
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  const floor = Number(process.hrtime.bigint() - t0) / 1e9;
  const first = run();
  const again = run();
  const ok = first.seconds <= TARGET_S;
  console.log(
    `import-servicenow: ${first.out.rows} rows → ${first.out.incidents.created} incidents, ${first.out.events} events in ` +
      `${first.seconds.toFixed(2)} s (peak ${first.rssMiB.toFixed(0)} MiB; target ≤ ${TARGET_S} s) ${ok ? 'OK' : 'SLOW'}; ` +
      `again (nothing to write): ${again.seconds.toFixed(2)} s; node -e 0: ${(floor * 1000).toFixed(0)} ms`,
  );
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

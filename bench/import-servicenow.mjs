// ServiceNow import suite: `incident import --format servicenow` of the UCI ServiceNow event log
// (119,998 rows, 20,769 incidents; not committed) into a new database, then the same file again
// (nothing to write: the idempotent path). Target: ≤ 10 s on our 2-core machine. The file does not
// depend on --size: it runs once per `npm run bench`. The log is found through INCIDENT_BENCH_DATA
// (the data folder holding uci-incident-event-log/incident_event_log.zip) or INCIDENT_BENCH_SERVICENOW
// (the zip or its CSV itself); without either the suite is skipped with a note.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEnv, cli, measure, median, timeOnce, FLOOR } from './lib.mjs';

export const name = 'import-servicenow';
const SOURCE =
  process.env.INCIDENT_BENCH_SERVICENOW ??
  (process.env.INCIDENT_BENCH_DATA ? join(process.env.INCIDENT_BENCH_DATA, 'uci-incident-event-log', 'incident_event_log.zip') : null);
let done = false;

export default async function run({ size, log }) {
  if (done) return [];
  done = true;
  if (!SOURCE || !existsSync(SOURCE)) {
    log(`import-servicenow: skipped (${SOURCE ? `${SOURCE} not found` : 'set INCIDENT_BENCH_DATA to the data folder'})`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'incident-bench-import-'));
  try {
    let csv = SOURCE;
    if (SOURCE.endsWith('.zip')) {
      const r = spawnSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', SOURCE, dir], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`unzip failed: ${r.stderr}`);
      csv = join(dir, 'incident_event_log.csv');
    }
    const env = benchEnv(join(dir, 'bench.db'));
    const floor = median(Array.from({ length: 5 }, () => timeOnce(FLOOR.argv, env)));
    const first = measure(cli('import', '--format', 'servicenow', csv, '--json'), env);
    const out = JSON.parse(first.stdout);
    const again = measure(cli('import', '--format', 'servicenow', csv, '--json'), env);
    const label = `${out.rows.toLocaleString('en')} rows → ${out.incidents.created.toLocaleString('en')} incidents`;
    return [
      { suite: name, size, name: `import --format servicenow (${label})`, median: first.ms, floor, ratio: first.ms / floor, target: '≤ 10 s', ok: first.ms <= 10_000 },
      ...(first.maxRssMiB != null ? [{ suite: name, size, name: 'import --format servicenow: peak memory', median: 0, shown: `${first.maxRssMiB.toFixed(0)} MiB`, floor: null, ratio: null, target: null, ok: null }] : []),
      { suite: name, size, name: 'the same file again (nothing to write)', median: again.ms, floor, ratio: again.ms / floor, target: null, ok: null },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

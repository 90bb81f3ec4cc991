// Reports and transfer suite (SPEC §13): `report mttr` over N incidents ≤ 2 s; `export` of N
// incidents, then `import` of that file into a new database ≤ 60 s with peak memory ≤ 300 MiB (the
// targets are set for 1M; smaller sizes are held to them too). Whole processes of the built CLI.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEnv, cli, compare, generatedDatabase, measure } from './lib.mjs';

export const name = 'reports';

export default async function run({ size, runs, log }) {
  const db = generatedDatabase({ incidents: size, log });
  const env = benchEnv(db);
  // A long command: a few runs are enough for a median.
  const { floor, results } = compare([{ name: 'incident report mttr --json', argv: cli('report', 'mttr', '--json') }], { runs: Math.min(runs, 5), warmup: 1, env });
  const mttr = results[1];
  const rows = [
    { suite: name, size, name: mttr.name, median: mttr.median, floor, ratio: mttr.ratio, target: '≤ 2 s', ok: mttr.median <= 2000 },
  ];

  // The export file and the imported database live in a folder of their own, removed after.
  const dir = mkdtempSync(join(tmpdir(), 'incident-bench-reports-'));
  try {
    const file = join(dir, 'export.jsonl');
    const exportMs = measure(cli('export', '-o', file), env).ms;
    rows.push({ suite: name, size, name: `incident export (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB)`, median: exportMs, floor, ratio: exportMs / floor, target: null, ok: null });
    const target = join(dir, 'imported.db');
    rmSync(target, { force: true });
    const imp = measure(cli('import', file), benchEnv(target));
    rows.push({ suite: name, size, name: 'incident import (new database)', median: imp.ms, floor, ratio: imp.ms / floor, target: '≤ 60 s', ok: imp.ms <= 60_000 });
    if (imp.maxRssMiB != null) {
      rows.push({ suite: name, size, name: 'incident import: peak memory', median: imp.ms, shown: `${imp.maxRssMiB.toFixed(0)} MiB`, floor: null, ratio: null, target: '≤ 300 MiB', ok: imp.maxRssMiB <= 300 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

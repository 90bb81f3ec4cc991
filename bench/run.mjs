// `npm run bench`: builds (or reuses) generated databases and runs every bench/*.mjs suite against
// them, then prints one results table. Each suite exports `name` and a default async function
// ({ size, runs, log, args }) answering rows made with lib.mjs#row.
//
//   npm run bench                          100k incidents, every suite
//   npm run bench -- --size 1000000        1M incidents
//   npm run bench -- --size 100000,1000000 --only startup --runs 31 --json
//   npm run bench -- --backend pg          the PostgreSQL suites (a throw-away server on a Unix socket)
//
// A suite runs on the backends it names (`export const backends`, default ['sqlite']).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { machine, ROOT } from './lib.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '21' },
    only: { type: 'string' },
    backend: { type: 'string', default: 'sqlite' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
  strict: true,
});
if (values.help) {
  process.stdout.write('usage: npm run bench -- [--size N[,N…]] [--runs N] [--only SUITE[,SUITE…]] [--backend sqlite|pg] [--json]\n');
  process.exit(0);
}
const sizes = String(values.size).split(',').map((s) => Number(s.replace(/[_k]/g, (c) => (c === 'k' ? '000' : ''))));
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error(`--size must be whole numbers, not ${values.size}`);
const runs = Number(values.runs);
const only = values.only ? String(values.only).split(',') : null;
const backend = String(values.backend);
if (!['sqlite', 'pg'].includes(backend)) throw new Error(`--backend must be sqlite or pg, not ${backend}`);
const log = (s) => process.stderr.write(`${s}\n`);

const files = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.mjs') && !['run.mjs', 'lib.mjs'].includes(f))
  .sort((a, b) => (a === 'startup.mjs' ? -1 : b === 'startup.mjs' ? 1 : a.localeCompare(b)));
const suites = [];
for (const f of files) {
  const mod = await import(join(ROOT, 'bench', f));
  if (typeof mod.default !== 'function') continue;
  const name = mod.name ?? f.replace(/\.mjs$/, '');
  if (only && !only.includes(name)) continue;
  if (!(mod.backends ?? ['sqlite']).includes(backend)) continue;
  suites.push({ name, run: mod.default });
}

const rows = [];
for (const size of sizes) {
  for (const s of suites) {
    log(`— ${s.name} at ${size.toLocaleString('en')} incidents`);
    rows.push(...(await s.run({ size, runs, log, args: values })));
  }
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ machine: machine(), runs, rows }, null, 2)}\n`);
} else {
  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  const lines = [
    `Machine: ${machine()}; backend ${backend}; ${runs} runs per case (report mttr: 5), medians; floor = \`node -e 0\` timed in the same run.`,
    '',
    '| suite | incidents | case | median | floor | ratio | target | |',
    '|---|---:|---|---:|---:|---:|---:|---|',
    ...rows.map((r) =>
      [r.suite, r.size.toLocaleString('en'), r.name, r.shown ?? fmt(r.median), r.floor == null ? '' : fmt(r.floor), r.ratio == null ? '' : `${r.ratio.toFixed(2)}×`,
        r.target == null ? '' : typeof r.target === 'number' ? `≤ ${r.target}×` : r.target, r.ok == null ? '' : r.ok ? 'ok' : 'MISSED'].join(' | '),
    ).map((l) => `| ${l} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;

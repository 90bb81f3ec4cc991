import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Sandbox } from './cli.js';

const ANALYSE = resolve(__dirname, '../../scripts/analyse-servicenow.py');

/** The independent analysis (Python, its own CSV and date parsing) of a ServiceNow event log. */
export function analyse(file: string): any {
  const r = spawnSync('python3', [ANALYSE, file, '--per-incident'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
/** Linear interpolation between closest ranks, as docs/metrics.md defines p90. */
export const p90 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = 0.9 * (s.length - 1);
  const lo = Math.floor(h);
  return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]);
};
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** What our store holds per incident, read with SQL (either backend's): the figures reports compute from. */
export function storeFigures(sb: Sandbox) {
  const rows = sb.query<any>(
    `SELECT external_ref AS ref, status, priority, held_seconds AS held, source_knowledge AS knowledge,
            source_sla_met AS "slaMet", source_problem AS problem, opened_at, resolved_at
       FROM incidents`,
  );
  // Seconds from opening to resolution, worked out here from the two stored times.
  return rows.map(({ opened_at, resolved_at, ...r }) => ({
    ...r,
    gross: resolved_at === null ? null : Math.round((Date.parse(resolved_at) - Date.parse(opened_at)) / 1000),
  }));
}

import type { Sandbox } from './cli.js';
import { buildHistory } from './history.js';

/** The clock of the monthly tests: the first of December, when November's report is made. */
export const MONTHLY_NOW = '2026-12-01T00:00:00.000Z';

/**
 * A history over three months (September, October, November 2026) through the CLI, with a major
 * incident whose title is hostile HTML, and knowledge used by some resolutions: enough for every
 * figure of the monthly report and its trends to be non-trivial.
 */
export function buildMonthlyHistory(sb: Sandbox): void {
  buildHistory(sb, 6, 11, Date.parse('2026-09-03T00:00:00Z'), 1);
  buildHistory(sb, 6, 12, Date.parse('2026-10-05T00:00:00Z'), 7);
  buildHistory(sb, 14, 13, Date.parse('2026-11-02T00:00:00Z'), 13);
  const at = (iso: string) => ({ env: { INCIDENT_NOW: iso } });
  const run = (args: string[], iso: string) => {
    const r = sb.run(args, at(iso));
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code} ${r.stderr}`);
    return r.stdout.trim();
  };
  const ref = run(['open', '<script>alert("x")</script> "基幹" & VPN 全断', '-q', '--major', '--impact', 'high', '--urgency', 'high', '--category', 'network', '--service', 'VPN'], '2026-11-20T01:00:00Z');
  run(['classify', ref, '--impact', 'high', '--urgency', 'high'], '2026-11-20T01:10:00Z');
  run(['resolve', ref, '--resolution', 'ルーター交換'], '2026-11-20T05:40:00Z');
  const db = sb.openDb();
  const kb = db.prepare(`INSERT INTO knowledge (id, title, status, created_by, created_at, updated_at, uses) VALUES (?, ?, ?, 'tester', ?, ?, ?)`);
  kb.run(1, 'VPN 証明書の更新手順', 'published', '2026-08-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z', 3);
  kb.run(2, '使われていない手順', 'draft', '2026-08-01T00:00:00.000Z', '2026-08-01T00:00:00.000Z', 0);
  const link = db.prepare(`INSERT INTO incident_knowledge (incident_id, kb_id, relation, at) VALUES (?, ?, 'used', ?)`);
  const resolved = db
    .prepare(`SELECT id FROM incidents WHERE resolved_at >= '2026-11-01' AND resolved_at < '2026-12-01' ORDER BY id`)
    .pluck()
    .all() as number[];
  link.run(resolved[0], 1, '2026-11-25T00:00:00.000Z');
  link.run(resolved[1], 1, '2026-11-25T00:00:00.000Z');
  db.close();
}

/** The incidents of the sandbox as `export` gives them, each with its timeline. */
export function exportedIncidents(sb: Sandbox): any[] {
  const r = sb.run(['export']);
  if (r.code !== 0) throw new Error(`export → ${r.code} ${r.stderr}`);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'incident');
}

/**
 * The MTTA of each month, worked out here from the timelines (docs/metrics.md): of the incidents
 * whose first `classified` event falls in the month (UTC, the tests' TZ), the mean of the time from
 * the `opened` event to it, less the time on hold before it (a `held` event to the next event that
 * leaves on_hold). Months with no classification are absent. Also the gross mean, to show holds count.
 */
export function mttaByMonth(incidents: any[]): Map<string, { net: number; gross: number; count: number }> {
  const sums = new Map<string, { net: number; gross: number; count: number }>();
  for (const inc of incidents) {
    const classified = inc.timeline.find((e: any) => e.kind === 'classified');
    if (!classified) continue;
    const start = Date.parse(inc.timeline.find((e: any) => e.kind === 'opened').at);
    const end = Date.parse(classified.at);
    let held = 0;
    let holdStart: number | null = null;
    for (const e of inc.timeline) {
      const at = Date.parse(e.at);
      if (at > end) break;
      if (e.kind === 'held') holdStart = at;
      else if (e.from === 'on_hold' && holdStart !== null) {
        held += at - holdStart;
        holdStart = null;
      }
    }
    const month = classified.at.slice(0, 7);
    const s = sums.get(month) ?? { net: 0, gross: 0, count: 0 };
    s.net += (end - start - held) / 1000;
    s.gross += (end - start) / 1000;
    s.count++;
    sums.set(month, s);
  }
  return new Map([...sums].map(([m, s]) => [m, { net: s.net / s.count, gross: s.gross / s.count, count: s.count }]));
}

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox } from '../helpers/cli.js';
import { analyse, mean, median, p90, storeFigures } from '../helpers/servicenow.js';

/**
 * The whole UCI ServiceNow event log (119,998 rows, CC BY 4.0; too large to commit, the suite uses the
 * 58-incident slice in test/fixtures). Not part of `npm test`: `npm run test:data` with
 * INCIDENT_BENCH_DATA naming the data folder (the one holding uci-incident-event-log/); it fails,
 * never skips, when the file is not there.
 */
const DATA = process.env.INCIDENT_BENCH_DATA;
if (!DATA) throw new Error('INCIDENT_BENCH_DATA is not set: name the folder holding uci-incident-event-log/incident_event_log.zip');
const SHARED_ZIP = join(DATA, 'uci-incident-event-log', 'incident_event_log.zip');
if (!existsSync(SHARED_ZIP)) throw new Error(`${SHARED_ZIP} not found`);

describe('the whole ServiceNow event log', () => {
  it('imports all of it, and its figures match the independent analysis', () => {
    const sb = new Sandbox();
    try {
      const unzip = spawnSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', SHARED_ZIP, sb.dir]);
      expect(unzip.status).toBe(0);
      const csv = join(sb.dir, 'incident_event_log.csv');
      const out = sb.json(['import', '--format', 'servicenow', csv]);
      const expected = analyse(csv);
      expect(out.rows).toBe(119_998);
      expect(out.incidents.created).toBe(20_769);
      expect(out.reopenings).toBe(expected.reopenings);
      expect(out.reopenings).toBe(expected.sourceReopenCount);
      const ours = storeFigures(sb);
      let mismatches = 0;
      for (const i of ours) {
        const e = expected.perIncident[i.ref];
        const gross = e.gross === null ? null : Math.round(e.gross);
        if (i.status !== e.status || i.priority !== e.priority || i.gross !== gross || i.held !== e.held) mismatches++;
        if (!!i.knowledge !== e.knowledge || !!i.slaMet !== e.slaMet || (i.problem !== null) !== e.problem) mismatches++;
      }
      expect(mismatches).toBe(0);
      const gross = ours.filter((i) => i.gross !== null).map((i) => i.gross);
      expect(median(gross)).toBe(expected.mttrGross.median);
      expect(p90(gross)).toBeCloseTo(expected.mttrGross.p90, 6);
      expect(mean(gross)).toBeCloseTo(expected.mttrGross.mean, 3);
    } finally {
      sb.cleanup();
    }
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import type { ChangeContext } from '../../src/app/change.js';
import { runCheck } from '../../src/app/check.js';
import { openIncident } from '../../src/app/incidents.js';
import { Config } from '../../src/core/config.js';
import { DEFAULT_SLA } from '../../src/core/sla.js';
import { Store } from '../../src/store/index.js';
import { createDatabase, pgMissing } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';

const missing = pgMissing();

/**
 * `incident check` from cron (SPEC §8, §13): each breach is recorded once, and a run after a run,
 * with nothing new, writes nothing: it opens no transaction per breached incident (on a server,
 * each is several round trips). On PostgreSQL check's events carry the database role as their
 * actor and check's name beside it.
 */
describe.each([
  { backend: 'SQLite', target: () => ':memory:', skip: false },
  { backend: `PostgreSQL${skipNote(missing !== '', missing)}`, target: () => createDatabase('check_runs')!, skip: skips(missing !== '') },
])('check run after run on $backend', ({ target, skip }) => {
  it.skipIf(skip)('records each breach once, and opens a transaction only for an incident with something new', async () => {
    const store = await Store.open(target());
    try {
      const at = (iso: string): ChangeContext => ({ store, actor: 'me', now: new Date(iso), sla: DEFAULT_SLA });
      for (let i = 0; i < 12; i++) await openIncident(at('2026-11-23T00:00:00Z'), { title: `VPN 障害 ${i}`, impact: 'high', urgency: 'high' });
      let writes = 0;
      const write = store.write.bind(store);
      store.write = ((fn: () => Promise<unknown>) => (writes++, write(fn))) as typeof store.write;
      const input = { warn: null, staleSeconds: null, escalate: false, closeResolved: false };
      const breachEvents = async () => Number(await store.port.value("SELECT count(*) FROM events WHERE kind = 'breach'"));

      // A P1 a day old: both its response (15 min) and resolution (4 h) targets passed.
      const first = await runCheck(at('2026-11-24T00:00:00Z'), new Config(), input);
      expect(first.filter((f) => f.kind === 'breach' && f.new)).toHaveLength(24);
      expect(writes).toBe(12);
      expect(await breachEvents()).toBe(24);

      writes = 0;
      const second = await runCheck(at('2026-11-24T00:05:00Z'), new Config(), input);
      expect(second.filter((f) => f.kind === 'breach')).toHaveLength(24);
      expect(second.filter((f) => f.new)).toHaveLength(0);
      expect(writes).toBe(0);
      expect(await breachEvents()).toBe(24);

      // One more breached incident: one transaction, for it alone.
      await openIncident(at('2026-11-24T00:00:00Z'), { title: 'メール遅延', impact: 'high', urgency: 'high' });
      writes = 0;
      const third = await runCheck(at('2026-11-24T00:30:00Z'), new Config(), input);
      expect(third.filter((f) => f.new).map((f) => f.incident.ref)).toEqual(['INC-13']);
      expect(writes).toBe(1);
      expect(await breachEvents()).toBe(25);
    } finally {
      await store.close();
    }
  });
});

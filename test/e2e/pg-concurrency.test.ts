import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onPg, Sandbox } from '../helpers/cli.js';

/**
 * Many processes writing one PostgreSQL database at once (SPEC §12, §15): every write lands, a
 * de-duplication key gives one incident whoever comes first, and a stale version is exit 4. Runs in
 * the `pg` project only (vitest.config.ts).
 */
describe.skipIf(!onPg)('PostgreSQL: concurrent writers', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
  });
  afterEach(() => sb.cleanup());

  it('8 processes × 50 notes on one incident: all 400 notes land, each once', async () => {
    expect(sb.run(['open', 'shared incident', '-q']).stdout.trim()).toBe('INC-1');
    const writer = async (w: number) => {
      const codes: number[] = [];
      for (let i = 0; i < 50; i++) codes.push((await sb.start(['note', 'INC-1', `writer ${w} note ${i}`])).code);
      return codes;
    };
    const codes = (await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(writer))).flat();
    expect(codes.filter((c) => c !== 0)).toEqual([]);
    expect(sb.scalar("SELECT count(*) FROM events WHERE incident_id = 1 AND kind = 'noted'")).toBe(400);
    expect(sb.scalar("SELECT count(DISTINCT note) FROM events WHERE incident_id = 1 AND kind = 'noted'")).toBe(400);
    // The notes are searchable: the index was written in each note's transaction.
    expect(sb.run(['search', 'writer 7 note 49', '-q']).stdout.trim()).toBe('INC-1');
    // Each note was chained to the one before it under the write lock: one chain, not forked.
    expect(JSON.parse(sb.run(['db', 'check', '--json']).stdout).chains).toEqual({ events: 401, brokenChains: 0, breaks: [] });
  }, 600_000);

  it('16 processes opening the same --dedup-key give exactly one incident with 16 occurrences', async () => {
    const results = await Promise.all(Array.from({ length: 16 }, () => sb.start(['open', 'Disk full on mail01', '--dedup-key', 'mail01-disk', '-q'])));
    expect(results.map((r) => r.code)).toEqual(Array(16).fill(0));
    expect(new Set(results.map((r) => r.stdout.trim()))).toEqual(new Set(['INC-1']));
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(1);
    expect(sb.scalar('SELECT occurrences FROM incidents WHERE id = 1')).toBe(16);
  }, 300_000);

  it('an edit at a version another process has moved past is exit 4, and changes nothing', () => {
    expect(sb.run(['kb', 'add', '--title', 'VPN fails', '-q']).code).toBe(0);
    expect(sb.run(['kb', 'edit', 'KB-1', '--cause', 'expired certificate', '--expect-version', '1']).code).toBe(0);
    const stale = sb.run(['kb', 'edit', 'KB-1', '--cause', 'firewall', '--expect-version', '1']);
    expect(stale.code).toBe(4);
    expect(stale.stderr).toContain('KB-1');
    expect(sb.scalar('SELECT cause FROM knowledge WHERE id = 1')).toBe('expired certificate');
  });
});

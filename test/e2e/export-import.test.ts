import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainHash } from '../helpers/chain.js';
import { onPg, Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

const at = (iso: string) => ({ env: { INCIDENT_NOW: iso } });
const ok = (args: string[], opts = {}) => {
  const r = sb.run(args, opts);
  if (r.code !== 0) throw new Error(`${args.join(' ').slice(0, 200)} → ${r.code}: ${r.stderr}`);
  return r.stdout.trim();
};

/** A history with everything an export must carry: awkward text, holds, links, knowledge, settings. */
function richHistory(): void {
  const big = '長い説明。'.repeat(6_000) + '\n"quoted" line\twith tab\nand \\ backslash';
  ok(['open', 'VPN に "接続" できない, again', '-q', '--description', big, '--impact', 'high', '--urgency', 'high', '--tag', 'vpn', '--tag', '在宅',
    '--scope', '営業部\n本社 3F', '--service', 'VPN', '--category', 'network', '--reporter', "O'Brien", '--dedup-key', 'vpn-1'], at('2026-11-20T00:00:00Z'));
  ok(['classify', 'INC-1', '--assignee', '田中'], at('2026-11-20T00:05:00.123Z'));
  ok(['hold', 'INC-1', '--reason', 'ベンダー回答待ち\n(2 行目)'], at('2026-11-20T01:00:00Z'));
  ok(['open', 'Disk full on mail01', '-q', '--related', 'INC-1', '--major', '--source', 'monitoring'], at('2026-11-20T02:00:00Z'));
  ok(['escalate', 'INC-2', '--reason', 'vendor', '--notify', '総務部', '--eta', '2h'], at('2026-11-20T02:10:00Z'));
  ok(['resume', 'INC-1'], at('2026-11-20T03:00:00Z'));
  ok(['resolve', 'INC-1', '--resolution', '証明書を更新 😀', '--code', 'workaround'], at('2026-11-20T04:00:00Z'));
  ok(['reopen', 'INC-1', '--reason', '再発'], at('2026-11-20T05:00:00Z'));
  ok(['resolve', 'INC-1', '--resolution', '恒久対応'], at('2026-11-20T06:00:00Z'));
  ok(['close', 'INC-1', '--problem', '証明書の自動更新'], at('2026-11-21T06:00:00Z'));
  ok(['open', 'cancelled one', '-q'], at('2026-11-21T07:00:00Z'));
  ok(['cancel', 'INC-3', '--reason', 'duplicate'], at('2026-11-21T07:01:00Z'));
  sb.exec(`INSERT INTO knowledge (title, symptoms, resolution, tags, status, source_incident, uses, created_by, created_at, updated_at)
            VALUES ('VPN 証明書', '接続できない
"error"', '更新する', '["vpn"]', 'published', 1, 2, 'tester', '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z');
    INSERT INTO incident_knowledge VALUES (1, 1, 'created', '2026-11-21T00:00:00.000Z');
    INSERT INTO settings VALUES ('sla.P1.response', '10m'), ('title.minLength', '5');
    UPDATE incidents SET source_sla_met = 0, source_priority = '1 - Critical', external_ref = 'INC0000045' WHERE id = 2;`);
}

/**
 * The export format as docs/export-import.md ("The format") describes it, written out here by hand:
 * an independent check, since export → import → export would give the same bytes for a fault both
 * sides share. Returns what is wrong with each line (empty when the file is as documented).
 */
function formatErrors(text: string): string[] {
  const errors: string[] = [];
  const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
  const STATES = ['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled'];
  const ORDER = ['header', 'setting', 'incident', 'knowledge', 'problem', 'kb-link', 'link'];
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isInt = (v: unknown) => Number.isInteger(v);
  const time = (v: unknown) => typeof v === 'string' && ISO_UTC.test(v);
  const timeOrNull = (v: unknown) => v === null || time(v);
  const refOrNull = (prefix: string) => (v: unknown) => v === null || (typeof v === 'string' && new RegExp(`^${prefix}-\\d+$`).test(v));
  if (!text.endsWith('\n')) errors.push('the file does not end with a line break');
  const lines = text.split('\n').slice(0, -1);
  let lastType = -1;
  const lastId = new Map<string, number>();
  lines.forEach((line, n) => {
    const where = `line ${n + 1}`;
    const check = (ok: boolean, what: string) => ok || errors.push(`${where}: ${what}`);
    let o: any;
    try {
      o = JSON.parse(line);
    } catch {
      errors.push(`${where}: not JSON`);
      return;
    }
    if (!check(isObject(o), 'not an object')) return;
    const type = ORDER.indexOf(o.type);
    if (!check(type >= 0, `unknown type ${o.type}`)) return;
    check(n === 0 ? o.type === 'header' : o.type !== 'header', 'the header is the first line, and only it');
    check(type >= lastType, `${o.type} after ${ORDER[lastType]}`);
    lastType = type;
    const keys = Object.keys(o);
    if (isInt(o.id)) {
      check(o.id > (lastId.get(o.type) ?? 0), `${o.type} ${o.id} not in id order`);
      lastId.set(o.type, o.id);
    }
    const events = (timeline: unknown) => {
      if (!check(Array.isArray(timeline), 'timeline is not an array')) return;
      let prev: string | null = null;
      (timeline as any[]).forEach((e, i) => {
        check(isObject(e) && Object.keys(e).join() === 'id,at,actor,kind,from,to,note,data,onBehalfOf,osUser,hash', `event ${i}: keys ${isObject(e) ? Object.keys(e).join() : typeof e}`);
        // The chain, as docs/export-import.md tells a third party to check it.
        check(e.hash === chainHash(e, o.ref, prev), `event ${i}: hash does not follow from its content and the hash before it`);
        prev = e.hash;
        check(isInt(e.id), `event ${i}: id is not an integer`);
        check(time(e.at), `event ${i}: at is not an ISO-8601 UTC time`);
        for (const k of ['actor', 'kind']) check(typeof e[k] === 'string', `event ${i}: ${k} is not text`);
        for (const k of ['from', 'to', 'note']) check(e[k] === null || typeof e[k] === 'string', `event ${i}: ${k} is not text or null`);
        check(e.data === null || isObject(e.data), `event ${i}: data is ${Array.isArray(e.data) ? 'an array' : typeof e.data}, not an object`);
      });
      check(keys.at(-1) === 'timeline', 'timeline is not the last field');
    };
    switch (o.type) {
      case 'header':
        check(keys.join() === 'type,format,version,schema,since', `header keys ${keys.join()}`);
        check(o.format === 'incident-export' && o.version === 1 && isInt(o.schema) && o.schema >= 1 && o.since === null, 'header values');
        break;
      case 'setting':
        check(keys.join() === 'type,key,value' && typeof o.key === 'string' && typeof o.value === 'string', 'setting is {type,key,value} of text');
        break;
      case 'incident':
        check(keys.slice(0, 3).join() === 'type,id,ref' && o.ref === `INC-${o.id}`, 'incident starts type, id, ref INC-<id>');
        check(STATES.includes(o.status), `status ${o.status}`);
        check(Array.isArray(o.tags) && o.tags.every((t: unknown) => typeof t === 'string'), 'tags is not an array of text');
        check(typeof o.major === 'boolean' && typeof o.sourceKnowledge === 'boolean', 'major and sourceKnowledge are booleans');
        check([true, false, null].includes(o.sourceSlaMet), 'sourceSlaMet is true, false or null');
        for (const k of ['escalationLevel', 'heldSeconds', 'occurrences', 'version']) check(isInt(o[k]), `${k} is not an integer`);
        check(time(o.openedAt), 'openedAt is not a time');
        for (const k of ['detectedAt', 'classifiedAt', 'escalatedAt', 'resolvedAt', 'closedAt', 'responseDueAt', 'resolveDueAt', 'holdStartedAt', 'monitorUntil', 'updatedAt'])
          check(timeOrNull(o[k]), `${k} is not a time or null`);
        for (const k of ['heldFrom', 'resolvedFrom']) check(o[k] === null || STATES.includes(o[k]), `${k} is not a state or null`);
        check(refOrNull('PRB')(o.problem), 'problem is not a PRB-n ref or null');
        events(o.timeline);
        break;
      case 'knowledge':
        check(keys.slice(0, 3).join() === 'type,id,ref' && o.ref === `KB-${o.id}`, 'knowledge starts type, id, ref KB-<id>');
        check(Array.isArray(o.tags), 'tags is not an array');
        check(refOrNull('INC')(o.sourceIncident), 'sourceIncident is not an INC-n ref or null');
        check(!('timeline' in o), 'knowledge has no timeline');
        break;
      case 'problem':
        check(keys.slice(0, 3).join() === 'type,id,ref' && o.ref === `PRB-${o.id}`, 'problem starts type, id, ref PRB-<id>');
        events(o.timeline);
        break;
      case 'kb-link':
        check(keys.join() === 'type,incident,kb,relation,at', `kb-link keys ${keys.join()}`);
        check(refOrNull('INC')(o.incident) && o.incident !== null && refOrNull('KB')(o.kb) && o.kb !== null && typeof o.relation === 'string' && time(o.at), 'kb-link values');
        break;
      case 'link':
        check(keys.join() === 'type,incident,related,kind', `link keys ${keys.join()}`);
        check(/^INC-\d+$/.test(o.incident) && /^INC-\d+$/.test(o.related), 'link refs');
        break;
    }
  });
  return errors;
}

describe('incident export / import', () => {
  it('writes the format docs/export-import.md describes: line order, field order and types, event data as an object', () => {
    richHistory();
    const r = sb.run(['export']);
    expect(r.code).toBe(0);
    expect(formatErrors(r.stdout)).toEqual([]);
    // The checker itself sees a fault that export and import could share: data written as text.
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('"type":"incident"'));
    const bad = JSON.parse(lines[i]);
    const e = bad.timeline.findIndex((ev: any) => ev.data !== null);
    bad.timeline[e].data = JSON.stringify(bad.timeline[e].data);
    lines[i] = JSON.stringify(bad);
    expect(formatErrors(lines.join('\n'))).toEqual([
      `line ${i + 1}: event ${e}: hash does not follow from its content and the hash before it`,
      `line ${i + 1}: event ${e}: data is string, not an object`,
    ]);
  });

  it('round-trips every field and event: export → import into an empty database → export gives the same bytes', () => {
    richHistory();
    const first = sb.run(['export']);
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'header', format: 'incident-export', version: 1 });
    expect(lines.map((l) => l.type)).toEqual(['header', 'setting', 'setting', 'incident', 'incident', 'incident', 'knowledge', 'problem', 'kb-link', 'link']);
    const inc1 = lines.find((l) => l.ref === 'INC-1');
    expect(inc1.description).toContain('"quoted" line\twith tab');
    expect(inc1.timeline.map((e: any) => e.kind)).toEqual(['opened', 'classified', 'held', 'resumed', 'resolved', 'reopened', 'resolved', 'closed', 'problem_handoff']);
    expect(inc1).toMatchObject({ heldSeconds: 7200, problemHandoff: '証明書の自動更新', problem: 'PRB-1', tags: ['vpn', '在宅'] });
    expect(lines.find((l) => l.type === 'problem')).toMatchObject({ ref: 'PRB-1', title: '証明書の自動更新', status: 'open' });

    const copy = join(sb.dir, 'copy.db');
    const imported = sb.run(['import', '-', '--db', copy], { input: first.stdout });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/imported 3 incidents \(\d+ events\)/);
    const second = sb.run(['export', '--db', copy]);
    expect(second.stdout).toBe(first.stdout);
    // The hashes came along as they were: every chain of the copy checks.
    expect(JSON.parse(sb.run(['db', 'check', '--json', '--db', copy]).stdout)).toMatchObject({ ok: true, chains: { events: lines.flatMap((l) => l.timeline ?? []).length, brokenChains: 0 } });
    // What people see is the same too.
    expect(sb.run(['show', 'INC-1', '--json', '--db', copy]).stdout).toBe(sb.run(['show', 'INC-1', '--json']).stdout);
    // The search index was filled in bulk, with FTS5's settings put back for everyday writes after.
    const found = sb.run(['search', '接続', '--incidents', '-q', '--db', copy]).stdout;
    expect(found).toMatch(/^INC-\d+$/m);
    expect(found).toBe(sb.run(['search', '接続', '--incidents', '-q']).stdout);
    const index = new Database(copy, { readonly: true });
    expect(index.prepare(`SELECT k, v FROM incident_fts_config WHERE k IN ('automerge', 'hashsize') ORDER BY k`).raw().all()).toEqual([
      ['automerge', 4],
      ['hashsize', 1048576],
    ]);
    index.close();
    // And the copy works on: ids continue after the imported ones.
    // (The imported settings apply: title.minLength is 5 there.)
    const next = sb.run(['open', 'next one', '-q', '--db', copy]);
    expect(next.stderr).toBe('');
    expect(next.stdout.trim()).toBe('INC-4');
  });

  it('reads a file as well as stdin, and writes a 0600 file with --output', () => {
    richHistory();
    const file = join(sb.dir, 'out.jsonl');
    expect(sb.run(['export', '-o', file]).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const copy = join(sb.dir, 'copy.db');
    const r = sb.run(['import', file, '--db', copy, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ incidents: 3, knowledge: 1, kbLinks: 1, links: 1, settings: 2, unchanged: 0 });
    expect(sb.run(['import', join(sb.dir, 'missing.jsonl'), '--db', copy]).code).toBe(2);
  });

  it('a file that is not there is one plain line naming it, in import, kb import and config import alike', () => {
    const missing = join(sb.dir, 'missing.jsonl');
    for (const argv of [['import', missing], ['kb', 'import', missing], ['config', 'import', missing]]) {
      expect(sb.run(argv), argv.join(' ')).toEqual({ code: 2, stdout: '', stderr: `incident: cannot read ${missing}: no such file\n` });
    }
  });

  it('refuses a malformed line with its number and exit 2, writing nothing', () => {
    richHistory();
    const good = sb.run(['export']).stdout.trim().split('\n');
    const copy = join(sb.dir, 'copy.db');
    const cases: [string[], RegExp][] = [
      [[...good.slice(0, 4), '{not json', ...good.slice(4)], /line 5: not valid JSON/],
      [[...good.slice(0, 3), good[3].replace('"status":"closed"', '"status":"done"'), ...good.slice(4)], /line 4: "status" must be one of open, .*not "done"/],
      [[...good.slice(0, 3), good[3].replace('"title":', '"colour":"red","title":'), ...good.slice(4)], /line 4: unknown field "colour"/],
      [[...good.slice(0, 3), good[3].replace('"openedAt":"2026-11-20T00:00:00.000Z"', '"openedAt":"yesterday"'), ...good.slice(4)], /line 4: "openedAt" must be an ISO-8601/],
      [[...good, '{"type":"link","incident":"INC-1","related":"INC-99"}'], new RegExp(`line ${good.length + 1}: refers to INC-99`)],
      [[...good, good[3]], new RegExp(`line ${good.length + 1}: INC-1 appears twice`)],
      [[...good, '{"type":"widget"}'], new RegExp(`line ${good.length + 1}: unknown record type "widget"`)],
      // An event edited in the file, and one whose hash was taken away.
      [[...good.slice(0, 3), good[3].replace('"note":"再発"', '"note":"再発なし"'), ...good.slice(4)], /^incident: line 4: the timeline of INC-1 was changed after it was exported: event 6 does not match its hash/],
      [[...good.slice(0, 3), good[3].replace(/,"hash":"[0-9a-f]{64}"/, ''), ...good.slice(4)], /^incident: line 4: event 1 of INC-1 has no hash/],
      [good.slice(1), /line 1: not an incident export/],
    ];
    for (const [lines, message] of cases) {
      const r = sb.run(['import', '-', '--db', copy], { input: lines.join('\n') + '\n' });
      expect(r.code, String(message)).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
      const db = new Database(copy, { readonly: true });
      expect(db.prepare('SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM events) + (SELECT count(*) FROM settings) + (SELECT count(*) FROM knowledge)').pluck().get()).toBe(0);
      db.close();
    }
  });

  it('into a non-empty database: the same records are skipped, different ones are refused with exit 4', () => {
    richHistory();
    const dump = sb.run(['export']).stdout;
    const again = sb.run(['import', '-', '--json'], { input: dump });
    expect(again.code).toBe(0);
    // 7 records and the 2 settings, which hold the values they already had.
    expect(JSON.parse(again.stdout)).toMatchObject({ incidents: 0, problems: 0, settings: 0, unchanged: 9 });
    const changed = dump.replace('"title":"Disk full on mail01"', '"title":"Disk full on mail02"');
    const r = sb.run(['import', '-'], { input: changed });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/line \d+: INC-2 already exists with different content/);
    expect(sb.json(['show', 'INC-2']).title).toBe('Disk full on mail01');
    // New incidents beside old ones: their timelines get fresh event ids, in order.
    const other = new Sandbox();
    try {
      other.env.INCIDENT_NOW = '2026-11-22T00:00:00Z';
      for (let i = 0; i < 5; i++) other.run(['open', `other ${i}`, '-q']);
      other.run(['note', 'INC-5', 'from the other database']);
      const part = other.run(['export']).stdout.split('\n').filter((l) => !l.includes('"INC-1"') && !l.includes('"INC-2"') && !l.includes('"INC-3"')).join('\n');
      const r2 = sb.run(['import', '-'], { input: part });
      expect(r2.code).toBe(0);
      expect(sb.json(['show', 'INC-5']).timeline.map((e: any) => e.kind)).toEqual(['opened', 'noted']);
    } finally {
      other.cleanup();
    }
  });

  it('into a non-empty database: what it imported is found by search, what was there still is, and db check finds the index in step', () => {
    ok(['open', 'プリンタが印刷しない', '-q']);
    ok(['open', 'Mail queue stuck', '-q']);
    ok(['kb', 'add', '--title', 'プリンタの再起動手順', '--status', 'published']);
    const other = new Sandbox();
    try {
      const mine = (args: string[]) => expect(other.run(args).code).toBe(0);
      for (const title of ['one', 'two', 'VPN 証明書エラー', 'disk full on files01']) mine(['open', title, '-q']);
      mine(['note', 'INC-4', 'quota raised by the storage team']);
      mine(['kb', 'add', '--title', 'not imported', '--status', 'published']);
      mine(['kb', 'add', '--title', 'VPN 証明書の更新', '--symptoms', '接続できない', '--status', 'published']);
      // INC-1, INC-2 and KB-1 are here already (other records): the rest of the file is new.
      const part = other.run(['export']).stdout.split('\n').filter((l) => !/"ref":"(INC-1|INC-2|KB-1)"/.test(l)).join('\n');
      const r = sb.run(['import', '-'], { input: part });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/imported 2 incidents .*, 1 knowledge entr/);
    } finally {
      other.cleanup();
    }
    const found = (...args: string[]) => sb.run(['search', ...args, '-q']).stdout.trim().split('\n');
    expect(found('quota', '--incidents')).toEqual(['INC-4']);
    expect(found('証明書').sort()).toEqual(['INC-3', 'KB-2']);
    expect(found('プリンタ').sort()).toEqual(['INC-1', 'KB-1']);
    const check = sb.run(['db', 'check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('importing the same file again changes nothing, settings included: they count as already present', () => {
    ok(['open', 'VPN down', '-q']);
    ok(['config', 'set', 'sla.P1.response', '10m']);
    ok(['config', 'set', 'check.stale', '2d']);
    const dump = sb.run(['export']).stdout;
    const again = sb.run(['import', '-', '--json'], { input: dump });
    expect(JSON.parse(again.stdout)).toMatchObject({ incidents: 0, settings: 0, unchanged: 3 });
    expect(sb.run(['import', '-'], { input: dump }).stderr).toContain('0 settings; 3 already present');
    // A different value in the file still replaces the team's setting, and is counted.
    const changed = sb.run(['import', '-', '--json'], { input: dump.replace('"10m"', '"20m"') });
    expect(JSON.parse(changed.stdout)).toMatchObject({ settings: 1, unchanged: 2 });
    expect(sb.run(['config', 'get', 'sla.P1.response']).stdout.trim()).toBe('20m');
  });

  it('an event edited behind the product\'s back breaks its chain: db check names the incident and the event (exit 5)', () => {
    ok(['open', 'VPN down', '-q']);
    ok(['open', 'Disk full', '-q']);
    ok(['note', 'INC-2', 'cleaned /var/log']);
    ok(['note', 'INC-2', 'watching']);
    expect(sb.run(['db', 'check']).code).toBe(0);
    const id = sb.scalar<number>("SELECT id FROM events WHERE incident_id = 2 AND note = 'cleaned /var/log'");
    // Its owner can set the append-only trigger aside (who wrote it is what is changed here, which no
    // search index holds): the chain still tells.
    sb.exec(
      onPg
        ? `ALTER TABLE events DISABLE TRIGGER events_no_update; UPDATE events SET actor = 'mallory' WHERE id = ${id}; ALTER TABLE events ENABLE TRIGGER events_no_update;`
        : `DROP TRIGGER events_no_update; UPDATE events SET actor = 'mallory' WHERE id = ${id};`,
    );
    const r = sb.run(['db', 'check']);
    expect(r.code).toBe(5);
    expect(r.stderr.split('\n')[0]).toMatch(
      new RegExp(`^timeline of INC-2, event 2 \\(id ${id}\\): its hash does not match its content and the hash of the event before it: this event was changed, or the one before it was removed or rewritten \\(stored [0-9a-f]{12}…, computed [0-9a-f]{12}…\\)$`),
    );
    expect(r.stderr).toContain('incident: the database has problems (listed above)');
    // What to do next fits the backend: no sqlite3 recovery for a server's database.
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      onPg ? 'restore the last pg_dump of the database, and keep the report above: it names what changed (docs/team.md)' : `restore a backup (incident db backup makes one), or copy what can be read with: sqlite3 ${sb.db} .recover`,
    );
    expect(JSON.parse(sb.run(['db', 'check', '--json']).stdout).chains).toMatchObject({ events: 4, brokenChains: 1, breaks: [{ ref: 'INC-2', position: 2, eventId: id }] });
  });

  it('export --since keeps incidents opened since then, with their timelines', () => {
    richHistory();
    const lines = sb.run(['export', '--since', '2026-11-21T00:00:00Z']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'incident').map((l) => l.ref)).toEqual(['INC-3']);
    expect(lines.find((l) => l.type === 'incident').timeline).toHaveLength(2);
  });

  it.skipIf(onPg)('keeps Japanese, quotes, newlines and big texts exactly (compares two SQLite files row by row)', () => {
    richHistory();
    const copy = join(sb.dir, 'copy.db');
    sb.run(['import', '-', '--db', copy], { input: sb.run(['export']).stdout });
    const a = new Database(sb.db, { readonly: true });
    const b = new Database(copy, { readonly: true });
    for (const table of ['incidents', 'events', 'knowledge', 'incident_knowledge', 'incident_links', 'settings']) {
      expect(b.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(), table).toEqual(a.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
    }
    a.close();
    b.close();
    expect(readFileSync(sb.db).length).toBeGreaterThan(0);
    writeFileSync(join(sb.dir, 'unused'), '');
  });
});

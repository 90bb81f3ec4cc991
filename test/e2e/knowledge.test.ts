import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { madeBy, onPg, Sandbox } from '../helpers/cli.js';
import { KEY, runTty } from '../helpers/tty.js';

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

const add = (...args: string[]) => sb.json(['kb', 'add', ...args]);

describe('knowledge entries (SPEC §3, §5)', () => {
  it('adds with flags, lists, shows, and goes draft → published → retired', () => {
    const k = add('--title', 'VPN に接続できない', '--symptoms', '認証エラー', '--cause', '証明書の期限切れ', '--resolution', '証明書を再発行', '--category', 'network', '--service', 'VPN', '--tag', 'VPN,cert');
    expect(k).toMatchObject({ ref: 'KB-1', id: 1, status: 'draft', uses: 0, sourceIncident: null, tags: ['vpn', 'cert'], createdBy: madeBy('tester'), version: 1, createdAt: '2026-11-23T01:00:00.000Z' });
    expect(Object.keys(k)).toEqual(expect.arrayContaining(['id', 'ref', 'title', 'symptoms', 'cause', 'resolution', 'workaround', 'category', 'service', 'tags', 'status', 'sourceIncident', 'uses', 'createdBy', 'createdAt', 'updatedAt']));
    expect(sb.run(['kb', 'list']).stdout).toContain('KB-1\tdraft\tVPN に接続できない');
    expect(sb.json(['kb', 'edit', 'KB-1', '--status', 'published']).status).toBe('published');
    // A published entry does not go back to draft.
    const back = sb.run(['kb', 'edit', 'KB-1', '--status', 'draft']);
    expect(back.code).toBe(4);
    expect(back.stderr).toContain('KB-1 is published');
    expect(sb.run(['kb', 'retire', 'KB-1']).code).toBe(0);
    expect(sb.json(['kb', 'list'])).toEqual([]);
    expect(sb.json(['kb', 'list', '--all']).map((e: any) => e.status)).toEqual(['retired']);
    expect(sb.json(['kb', 'show', 'kb-0001'])).toMatchObject({ ref: 'KB-1', status: 'retired', incidents: [] });
    expect(sb.run(['kb', 'show', 'KB-9']).code).toBe(3);
  });

  it('refuses a missing title without a terminal, and bad values, writing nothing', () => {
    const r = sb.run(['kb', 'add', '--symptoms', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--title');
    expect(sb.run(['kb', 'add', '--title', 'x', '--status', 'retired']).code).toBe(2);
    expect(sb.run(['kb', 'edit', 'INC-1', '--title', 'x']).code).toBe(2);
    // Nothing written, not even a new database (and `kb list` only reads: it would not make one).
    expect(existsSync(sb.db)).toBe(false);
  });

  it('edit carries the version: a change made meanwhile is refused with exit 4, not overwritten', () => {
    add('--title', 'プリンタが印刷しない');
    expect(sb.json(['kb', 'edit', 'KB-1', '--resolution', 'スプーラーを再起動', '--expect-version', '1']).version).toBe(2);
    const stale = sb.run(['kb', 'edit', 'KB-1', '--resolution', '別の手順', '--expect-version', '1']);
    expect(stale.code).toBe(4);
    expect(stale.stderr).toContain('KB-1');
    const now = sb.json(['kb', 'show', 'KB-1']);
    expect(now).toMatchObject({ resolution: 'スプーラーを再起動', version: 2 });
    // An empty value clears a field.
    expect(sb.json(['kb', 'edit', 'KB-1', '--resolution', '']).resolution).toBeNull();
    expect(sb.run(['kb', 'edit', 'KB-1']).code).toBe(2);
  });

  it('adds and edits with prompts on a terminal', () => {
    const r = runTty(sb, ['kb', 'add'], [
      { expect: 'Title' }, { send: 'Outlook が起動しない' + KEY.enter },
      { expect: 'Symptoms' }, { send: 'プロファイル破損' + KEY.enter },
      { expect: 'Cause' }, { send: KEY.enter },
      { expect: 'Resolution' }, { send: 'プロファイルを作り直す' + KEY.enter },
      { expect: 'Workaround' }, { send: KEY.enter },
      { expect: 'Category' }, { send: 'mail' + KEY.enter },
      { expect: 'Service' }, { send: KEY.enter },
      { expect: 'added .*KB-1' },
    ]);
    expect(r.failed).toBeNull();
    expect(sb.json(['kb', 'show', '1'])).toMatchObject({ title: 'Outlook が起動しない', symptoms: 'プロファイル破損', cause: null, resolution: 'プロファイルを作り直す', category: 'mail' });
    // Edit: Enter keeps a value, "-" clears it, new text replaces it.
    const e = runTty(sb, ['kb', 'edit', 'KB-1'], [
      { expect: 'Title' }, { send: KEY.enter },
      { expect: 'Symptoms' }, { send: '-' + KEY.enter },
      { expect: 'Cause' }, { send: 'OST ファイルの破損' + KEY.enter },
      { expect: 'Resolution' }, { send: KEY.enter },
      { expect: 'Workaround' }, { send: KEY.enter },
      { expect: 'Category' }, { send: KEY.enter },
      { expect: 'Service' }, { send: KEY.enter },
      { expect: 'updated .*KB-1' },
    ]);
    expect(e.failed).toBeNull();
    expect(sb.json(['kb', 'show', '1'])).toMatchObject({ title: 'Outlook が起動しない', symptoms: null, cause: 'OST ファイルの破損', resolution: 'プロファイルを作り直す', category: 'mail', version: 2 });
  });
});

describe('resolve --kb / --kb-link and kb link (SPEC §5)', () => {
  it('turns a resolved incident into a draft entry linked both ways, found by search', () => {
    sb.run(['open', 'ノートPCを紛失', '--description', '電車内で紛失', '--scope', '営業部 1 名', '--category', 'security', '--service', 'MDM', '--tag', 'lost']);
    const r = sb.run(['resolve', 'INC-1', '--resolution', '遠隔ロックを実行', '--kb', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ref: 'INC-1', status: 'resolved', knowledge: ['KB-1'], createdKnowledge: 'KB-1' });
    const k = sb.json(['kb', 'show', 'KB-1']);
    expect(k).toMatchObject({ title: 'ノートPCを紛失', status: 'draft', sourceIncident: 'INC-1', resolution: '遠隔ロックを実行', category: 'security', service: 'MDM', tags: ['lost'], uses: 0 });
    expect(k.symptoms).toContain('電車内で紛失');
    expect(k.symptoms).toContain('営業部 1 名');
    expect(k.incidents).toEqual([{ incident: 'INC-1', relation: 'created', at: '2026-11-23T01:00:00.000Z' }]);
    expect(sb.json(['show', 'INC-1']).timeline.map((e: any) => e.kind)).toEqual(['opened', 'resolved', 'kb_created']);
    expect(sb.json(['search', '紛失', '--kb']).map((h: any) => h.ref)).toEqual(['KB-1']);
    // A workaround goes to the entry's workaround, not its resolution.
    sb.run(['open', 'プリンタ停止']);
    sb.run(['resolve', 'INC-2', '--resolution', '別のプリンタを使う', '--code', 'workaround', '--kb']);
    expect(sb.json(['kb', 'show', 'KB-2'])).toMatchObject({ workaround: '別のプリンタを使う', resolution: null });
  });

  it('records that an entry served incidents and counts its uses once per incident', () => {
    add('--title', 'VPN 証明書の再発行手順', '--status', 'published');
    sb.run(['open', 'VPN 不通']);
    sb.run(['open', 'VPN 不通 2']);
    expect(sb.json(['resolve', 'INC-1', '--resolution', 'KB-1 の手順', '--kb-link', 'KB-1']).knowledge).toEqual(['KB-1']);
    expect(sb.json(['kb', 'show', 'KB-1']).uses).toBe(1);
    expect(sb.run(['kb', 'link', 'KB-1', 'INC-2']).stdout).toContain('linked KB-1 to INC-2');
    const again = sb.run(['kb', 'link', 'kb-1', '2']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already linked');
    const k = sb.json(['kb', 'show', 'KB-1']);
    expect(k.uses).toBe(2);
    expect(k.incidents.map((l: any) => [l.incident, l.relation])).toEqual([['INC-1', 'used'], ['INC-2', 'used']]);
    expect(sb.json(['list', '--all']).map((i: any) => i.knowledge)).toEqual([['KB-1'], ['KB-1']]);
    expect(sb.run(['kb', 'link', 'KB-7', 'INC-1']).code).toBe(3);
    expect(sb.run(['kb', 'link', 'KB-1', 'INC-9']).code).toBe(3);
  });

  it('is all or nothing: an unknown --kb-link leaves the incident unresolved', () => {
    sb.run(['open', 'x']);
    const r = sb.run(['resolve', 'INC-1', '--resolution', 'done', '--kb-link', 'KB-5', '--kb']);
    expect(r.code).toBe(3);
    expect(sb.json(['show', 'INC-1']).status).toBe('open');
    expect(sb.query('SELECT count(*) AS n FROM knowledge')[0].n).toBe(0);
  });
});

describe('import and the starter pack', () => {
  it('loads the bundled starter pack in one command, Japanese and English, once', () => {
    const r = sb.json(['kb', 'import', '--starter']);
    expect(r.added.length).toBeGreaterThanOrEqual(15);
    expect(sb.json(['kb', 'import', '--starter'])).toEqual({ added: [], skipped: r.added.length });
    const entries = sb.json(['kb', 'list', '--limit', '0']);
    expect(entries.every((e: any) => e.status === 'published')).toBe(true);
    expect(entries.some((e: any) => /[ぁ-んァ-ン]/.test(e.title))).toBe(true);
    expect(entries.some((e: any) => /^[\x20-\x7e]+$/.test(e.title))).toBe(true);
    for (const q of ['紛失', 'VPN', '証明書', 'ライセンス', 'USB', 'プリンタ', 'phishing', '添付ファイル', 'login']) {
      expect(sb.json(['search', q, '--kb']).length, q).toBeGreaterThan(0);
    }
  });

  it('imports a JSON Lines file; one bad line and nothing is written (exit 2)', () => {
    const good = join(sb.dir, 'good.jsonl');
    writeFileSync(good, '{"title":"Wi-Fi が切れる","resolution":"ドライバ更新","tags":["wifi"]}\n\n{"title":"Disk full","status":"draft"}\n');
    expect(sb.json(['kb', 'import', good]).added).toEqual(['KB-1', 'KB-2']);
    expect(sb.json(['kb', 'show', 'KB-2']).status).toBe('draft');
    const bad = join(sb.dir, 'bad.jsonl');
    writeFileSync(bad, '{"title":"ok"}\n{"symptoms":"no title"}\n');
    const r = sb.run(['kb', 'import', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 2');
    expect(sb.run(['kb', 'import', join(sb.dir, 'missing.jsonl')]).code).toBe(2);
    expect(sb.run(['kb', 'import']).code).toBe(2);
    expect(sb.query('SELECT count(*) AS n FROM knowledge')[0].n).toBe(2);
    expect(sb.json(['kb', 'import', '-'], { input: '{"title":"from stdin"}\n' }).added).toEqual(['KB-3']);
  });

  it('refuses a file that is not UTF-8 (a Shift_JIS export from a spreadsheet) with the line, importing nothing', () => {
    const file = join(sb.dir, 'sjis.jsonl');
    // Line 2 holds 「障害」 in Shift_JIS (0x8F 0xE1 0x8A 0x51): bytes that are not UTF-8.
    writeFileSync(file, Buffer.concat([Buffer.from('{"title":"first"}\n{"title":"'), Buffer.from([0x8f, 0xe1, 0x8a, 0x51]), Buffer.from('"}\n')]));
    // U+FFFD written as UTF-8 is text like any other.
    expect(sb.json(['kb', 'import', '-'], { input: '{"title":"文字化け \uFFFD"}\n' }).added).toEqual(['KB-1']);
    const r = sb.run(['kb', 'import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`incident: ${file} line 2: not valid UTF-8 (a knowledge file is UTF-8 text); nothing was imported\n`);
    expect(sb.query('SELECT count(*) AS n FROM knowledge')[0].n).toBe(1);
  });

  it('reads a file that starts with a byte-order mark (Windows Notepad writes one), as import and ingest do', () => {
    const file = join(sb.dir, 'notepad.jsonl');
    writeFileSync(file, '\uFEFF{"title":"BOM","resolution":"x"}\r\n{"title":"second"}\r\n');
    const r = sb.run(['kb', 'import', file, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).added).toEqual(['KB-1', 'KB-2']);
    expect(sb.json(['kb', 'show', 'KB-1']).title).toBe('BOM');
    expect(sb.json(['kb', 'import', '-'], { input: '\uFEFF{"title":"from stdin"}\n' }).added).toEqual(['KB-3']);
  });
});

describe('suggestions on open and classify (SPEC §5, §7)', () => {
  it('shows up to 3 similar entries and past resolved incidents', () => {
    sb.run(['kb', 'import', '--starter']);
    sb.run(['open', 'VPN に接続できない', '--description', '証明書エラー']);
    sb.run(['resolve', 'INC-1', '--resolution', '証明書を再発行']);
    const opened = sb.json(['open', 'VPN に接続できない(在宅)']);
    expect(opened.suggestions.length).toBeGreaterThan(0);
    expect(opened.suggestions.length).toBeLessThanOrEqual(3);
    const refs = opened.suggestions.map((s: any) => s.ref);
    expect(refs).toContain('INC-1');
    expect(opened.suggestions.some((s: any) => s.kind === 'knowledge' && /VPN/.test(s.title))).toBe(true);
    expect(refs).not.toContain('INC-2');
    expect(sb.json(['classify', 'INC-2', '--impact', 'high', '--urgency', 'high']).suggestions.map((s: any) => s.ref)).toEqual(refs);
    // Piped without --json: the ref line only, nothing else on stdout.
    expect(sb.run(['open', 'VPN 不通']).stdout.trim().split('\n')).toHaveLength(1);
    const tty = runTty(sb, ['open', 'VPN に接続できない', '--impact', 'low', '--urgency', 'low'], [{ expect: 'Similar knowledge' }]);
    expect(tty.failed).toBeNull();
    expect(tty.output).toContain('INC-1');
  });
});

describe('the index is built by a migration (SPEC §7, §12)', () => {
  it.skipIf(onPg)('indexes what a database held before the search index existed (a SQLite file at schema 1)', async () => {
    // A database as the first release wrote it: schema 1 only, no index, no triggers.
    const { default: Database } = await import('better-sqlite3');
    const { MIGRATIONS } = await import('../../src/store/sqlite/migrations.js');
    const db = new Database(sb.db);
    db.transaction(() => {
      MIGRATIONS.find((m) => m.version === 1)!.up(db);
      db.exec('PRAGMA user_version = 1');
      const at = '2026-11-01T00:00:00.000Z';
      db.prepare(`INSERT INTO incidents (id, title, description, status, detected_at, opened_at, created_by, updated_at)
                  VALUES (1, 'メールサーバー障害', '送信できない', 'open', ?, ?, 'tester', ?)`).run(at, at, at);
      db.prepare(`INSERT INTO events (incident_id, at, actor, kind, note) VALUES (1, ?, 'tester', 'noted', '復旧見込みは午後')`).run(at);
      db.prepare(`INSERT INTO knowledge (id, title, status, created_by, created_at, updated_at)
                  VALUES (1, 'USB メモリを紛失した', 'draft', 'tester', ?, ?)`).run(at, at);
    })();
    db.close();
    const r = sb.run(['search', '障害', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('backed up');
    expect(JSON.parse(r.stdout).map((h: any) => h.ref)).toEqual(['INC-1']);
    expect(sb.json(['search', '復旧']).map((h: any) => h.ref)).toEqual(['INC-1']);
    expect(sb.json(['search', '紛失']).map((h: any) => h.ref)).toEqual(['KB-1']);
  });
});

import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { BIN, Sandbox, type RunResult } from '../helpers/cli.js';
import { digest, isRoot, mountTmpfs, runAs, STACK } from '../helpers/faults.js';
import { runTty } from '../helpers/tty.js';

// The files incident keeps, or refuses to touch (SPEC §2, §12): which commands may create a
// database, other programs' files, backups and their temporary files, and who may check a file.

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

const expectRefused = (r: RunResult, code: number, message: RegExp) => {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
};

/** Runs the CLI with umask 022 (files SQLite makes itself would be 0644) and more of the environment. */
function runUmask(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('sh', ['-c', 'umask 022; exec "$@"', 'sh', process.execPath, BIN, ...args], {
    env: { ...sb.env, ...env },
    cwd: sb.dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A database at schema 1 (the first release), for migration tests. */
function oldDatabase(path: string) {
  const db = new Database(path);
  MIGRATIONS[0].up(db);
  db.exec('PRAGMA user_version = 1');
  const at = '2026-11-20T00:00:00.000Z';
  db.prepare(`INSERT INTO incidents (id, title, status, detected_at, opened_at, created_by, updated_at) VALUES (1, 'old', 'open', ?, ?, 'old', ?)`).run(at, at, at);
  db.prepare(`INSERT INTO events (incident_id, at, actor, kind, to_value) VALUES (1, ?, 'old', 'opened', 'open')`).run(at);
  // Enough pages that a copy takes more than one write.
  db.exec(`CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO filler SELECT randomblob(4000) FROM n`);
  db.close();
}

/** A process id that is not running now (the test plants a dead process's files under it). */
function deadPid(): number {
  for (let pid = 4_000_000; pid > 100_000; pid -= 7919) {
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
  throw new Error('no free process id found');
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('a command that only reads never creates a database (SPEC §2)', () => {
  const reads = [
    ['check'],
    ['check', '--escalate', '--close-resolved'],
    ['list'],
    ['search', 'VPN'],
    ['show', '1'],
    ['report', 'summary'],
    ['export'],
    ['notify', '--list'],
    ['config', 'get', 'sla.P1.response'],
    ['config', 'list'],
    ['config', 'export'],
    ['kb', 'list'],
    ['problem', 'list'],
    ['db', 'check'],
    ['db', 'vacuum'],
    ['db', 'backup', 'copy.db'],
  ];

  it('a mistyped path is exit 5 naming it and how to make one; no folder or file appears', () => {
    const typo = join(sb.dir, 'nonexist', 'dir', 'x.db');
    for (const args of reads) {
      const r = sb.run(args, { env: { INCIDENT_DB: typo } });
      expectRefused(r, 5, new RegExp(`no incident database at ${typo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n.*incident open`));
      expect(existsSync(join(sb.dir, 'nonexist')), args.join(' ')).toBe(false);
    }
    // The same in a folder that exists: no file appears either (--db as well as INCIDENT_DB).
    for (const args of [['check'], ['list']]) {
      expectRefused(sb.run(['--db', sb.db, ...args]), 5, /no incident database at/);
      expect(readdirSync(sb.dir)).toEqual([]);
    }
    expect(sb.run(['list'], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toContain('incident のデータベースがありません');
  });

  it('the first command that writes creates it, and says where on a terminal (not in a pipe)', () => {
    const piped = sb.run(['open', 'VPN down', '-q']);
    expect(piped).toMatchObject({ code: 0, stdout: 'INC-1\n', stderr: '' });
    expect(mode(sb.db)).toBe(0o600);
    expect(sb.run(['check']).code).toBe(0);

    const other = join(sb.dir, 'team', 'incidents.db');
    const tty = runTty(sb, ['open', 'printer jam', '--impact', 'low', '--urgency', 'low', '--db', other], []);
    expect(tty.code, tty.output).toBe(0);
    expect(tty.output).toContain(`created a new incident database: ${other}`);
    expect(mode(join(sb.dir, 'team'))).toBe(0o700);
    // Only the first time.
    const again = runTty(sb, ['open', 'printer jam again', '--impact', 'low', '--urgency', 'low', '--db', other], []);
    expect(again.output).not.toContain('created a new incident database');
  });

  it('a folder on the way that the user cannot enter is "no permission" (exit 5), not "no database yet"', (t) => {
    if (!isRoot()) return t.skip('needs root to run the CLI as user nobody');
    chmodSync(sb.dir, 0o755);
    if (runAs(sb, 65534, ['--version']).code !== 0) return t.skip('user nobody cannot reach this checkout to run the CLI');
    const closed = join(sb.dir, 'closed');
    mkdirSync(closed);
    sb.env.INCIDENT_DB = join(closed, 'incidents.db');
    expect(sb.run(['open', 'x', '-q']).code).toBe(0);
    chmodSync(closed, 0o700);
    for (const args of [['db', 'check'], ['db', 'path', '--json'], ['list']]) {
      expectRefused(runAs(sb, 65534, args), 5, /no permission to use the database/);
    }
  });
});

describe("another program's SQLite file is refused and left byte-for-byte as it was (SPEC §12)", () => {
  const foreign: [string, (db: Database.Database) => void][] = [
    ['an unrelated table', (db) => db.exec("CREATE TABLE hosts (name TEXT, ip TEXT); INSERT INTO hosts VALUES ('mail01', '10.0.0.5')")],
    ['a table named incidents', (db) => db.exec("CREATE TABLE incidents (id INTEGER PRIMARY KEY, summary TEXT); INSERT INTO incidents VALUES (1, 'theirs')")],
    ['user_version 10 and no tables', (db) => db.pragma('user_version = 10')],
    ['user_version 5 and no tables', (db) => db.pragma('user_version = 5')],
    ['WAL mode and its own tables', (db) => (db.pragma('journal_mode = WAL'), db.exec('CREATE TABLE t (a)'))],
    ['user_version 3 and tables of its own', (db) => (db.pragma('user_version = 3'), db.exec('CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT)'))],
  ];

  for (const [what, make] of foreign) {
    it(`a file with ${what}: exit 5 for every command, nothing written, no -wal, -shm or .bak`, () => {
      const path = join(sb.dir, 'other.db');
      const db = new Database(path);
      make(db);
      db.close();
      const before = digest(path);
      const files = readdirSync(sb.dir).sort();
      for (const args of [['list'], ['open', 'x'], ['check', '--escalate'], ['db', 'check'], ['db', 'migrate'], ['db', 'vacuum'], ['db', 'backup', join(sb.dir, 'b.db')]]) {
        const r = sb.run(['--db', path, ...args]);
        expectRefused(r, 5, /not an incident database \(another program's data\): .*other\.db; it was left untouched/);
        expect(digest(path), args.join(' ')).toBe(before);
        expect(readdirSync(sb.dir).sort(), args.join(' ')).toEqual(files);
      }
    });
  }

  it('an empty file (made with touch, to set its owner and mode) is set up as a new database', () => {
    writeFileSync(sb.db, '');
    chmodSync(sb.db, 0o660);
    expect(sb.run(['open', 'x', '-q']).stdout).toBe('INC-1\n');
    expect(mode(sb.db)).toBe(0o660);
  });
});

describe('backups: 0600 from the first byte, and what a killed run left is cleared', () => {
  it('db backup: the temporary file is 0600 while written; a dead run’s partial files go, a live one’s stay', () => {
    sb.run(['open', 'x']);
    const target = join(sb.dir, 'copy.db');
    // Killed after the copy is written under its temporary name, before the rename (store/faults.ts).
    const killed = runUmask(['db', 'backup', target], { INCIDENT_CRASH_AT: 'backup' });
    expect(killed.signal).toBe('SIGKILL');
    // The copy and SQLite's journal beside it, both 0600 (a journal takes its file's mode).
    const left = readdirSync(sb.dir).filter((f) => f.startsWith('copy.db.partial-'));
    expect(left.filter((f) => !f.endsWith('-journal'))).toHaveLength(1);
    for (const f of left) expect(mode(join(sb.dir, f)), f).toBe(0o600);

    // And files a killed process left under an id that is no longer running, beside one of a live run.
    const dead = deadPid();
    for (const f of [`copy.db.partial-${dead}`, `copy.db.partial-${dead}-journal`, `copy.db.partial-${process.pid}`]) writeFileSync(join(sb.dir, f), 'half');
    const r = runUmask(['db', 'backup', target]);
    expect(r.code, r.stderr).toBe(0);
    expect(mode(target)).toBe(0o600);
    expect(readdirSync(sb.dir).filter((f) => f.startsWith('copy.db')).sort()).toEqual(['copy.db', `copy.db.partial-${process.pid}`]);
  });

  it('the copy before a schema update is 0600 while written; a killed update’s copies are cleared on the next run', () => {
    oldDatabase(sb.db);
    const killed = runUmask(['db', 'migrate'], { INCIDENT_CRASH_AT: 'backup' });
    expect(killed.signal).toBe('SIGKILL');
    const partial = readdirSync(sb.dir).filter((f) => /\.bak\.partial-\d+(-journal)?$/.test(f));
    expect(partial.filter((f) => !f.endsWith('-journal'))).toHaveLength(1);
    for (const f of partial) expect(mode(join(sb.dir, f)), f).toBe(0o600);
    const dead = deadPid();
    const planted = [`incidents.db.v1-20261122T230000.bak.partial-${dead}`, `incidents.db.v1-20261122T230000.bak.partial-${dead}-journal`];
    for (const f of planted) writeFileSync(join(sb.dir, f), 'half');
    // Another program's file that only looks alike stays.
    writeFileSync(join(sb.dir, `notes.txt.partial-${dead}`), 'theirs');

    const r = runUmask(['list']);
    expect(r.code, r.stderr).toBe(0);
    const after = readdirSync(sb.dir).sort();
    expect(after.filter((f) => f.includes('.partial-'))).toEqual([`notes.txt.partial-${dead}`]);
    const backups = after.filter((f) => f.endsWith('.bak'));
    expect(backups).toEqual(['incidents.db.v1-20261123T010000.bak']);
    expect(mode(join(sb.dir, backups[0]))).toBe(0o600);
  });

  describe('a full disk', () => {
    const mountPoint = join('/tmp', `incident-dbfiles-full-${process.pid}`);
    const fs = mountTmpfs(mountPoint, '256k');
    afterAll(() => fs.ok && fs.unmount());
    const roomy = join('/tmp', `incident-dbfiles-half-${process.pid}`);
    const half = mountTmpfs(roomy, '1400k');
    afterAll(() => half.ok && half.unmount());

    it.skipIf(!half.ok)(`the copy before a schema update that does not fit: exit 5, the schema as it was, no partial copy${half.ok ? '' : ` (skipped: ${half.reason})`}`, () => {
      // ≈ 0.9 MB of data: the database fits, a second copy of it does not.
      const path = join(roomy, 'incidents.db');
      oldDatabase(path);
      const r = runUmask(['--db', path, 'list']);
      expectRefused(r, 5, /the disk is full/);
      // Not migrated (the backup comes first), whole, and the half copy gone.
      const db = new Database(path, { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(readdirSync(roomy).filter((f) => f.includes('.bak'))).toEqual([]);
    });

    it.skipIf(!fs.ok)(`db backup that does not fit leaves nothing there, not even a -journal${fs.ok ? '' : ` (skipped: ${fs.reason})`}`, () => {
      oldDatabase(sb.db);
      expect(sb.run(['db', 'migrate']).code).toBe(0);
      const r = sb.run(['db', 'backup', join(mountPoint, 'copy.db')]);
      expectRefused(r, 5, /could not write the backup .*copy\.db \((SQLITE_FULL|ENOSPC)\); the database itself is untouched/);
      expect(readdirSync(mountPoint)).toEqual([]);
    });
  });
});

describe('db check reads only', () => {
  it('a healthy file that the user may read but not write: exit 0, the file unchanged', (t) => {
    if (!isRoot()) return t.skip('needs root to run the CLI as user nobody');
    chmodSync(sb.dir, 0o755);
    if (runAs(sb, 65534, ['--version']).code !== 0) return t.skip('user nobody cannot reach this checkout to run the CLI');
    const shared = join(sb.dir, 'shared');
    mkdirSync(shared);
    sb.env.INCIDENT_DB = join(shared, 'incidents.db');
    sb.run(['open', 'VPN 障害', '-q']);
    // Readable by everyone, writable by no one but root; the folder lets others make files (as /tmp).
    chmodSync(sb.env.INCIDENT_DB, 0o444);
    chmodSync(shared, 0o1777);
    const before = digest(sb.env.INCIDENT_DB);
    const r = runAs(sb, 65534, ['db', 'check']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/the database is healthy: .*\(schema \d+, 2 full-text index\(es\) checked\)/);
    expect(JSON.parse(runAs(sb, 65534, ['db', 'check', '--json']).stdout)).toMatchObject({ ok: true, fts: [{ result: 'ok' }, { result: 'ok' }] });
    expect(digest(sb.env.INCIDENT_DB)).toBe(before);
  });

  it('still finds a damaged full-text index (without writing to find it)', () => {
    sb.run(['open', 'VPN 障害', '-q']);
    const db = new Database(sb.db);
    db.unsafeMode(true);
    db.exec('DELETE FROM incident_fts_data WHERE id > 10');
    db.close();
    const before = digest(sb.db);
    const r = sb.run(['db', 'check']);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/full-text index incident_fts: .*corrupt/);
    expect(digest(sb.db)).toBe(before);
  });
});

describe('small ones', () => {
  it('--db :memory: is refused (exit 2): what it opened would be lost', () => {
    expectRefused(sb.run(['--db', ':memory:', 'open', 'x']), 2, /--db :memory: is refused/);
    expectRefused(sb.run(['open', 'x'], { env: { INCIDENT_DB: ':memory:' } }), 2, /:memory: is refused/);
  });

  it('a path too long for SQLite is refused before a single folder is made', () => {
    const deep = join(sb.dir, ...Array.from({ length: 2000 }, () => 'a'), 'x.db');
    expectRefused(sb.run(['--db', deep, 'open', 'x']), 2, /the database path is too long for SQLite \(\d+ bytes, at most 504\)/);
    expect(readdirSync(sb.dir)).toEqual([]);
  });

  it('a write waiting on another incident command names it', async () => {
    const file = join(sb.dir, 'export.jsonl');
    sb.run(['open', 'x']);
    expect(sb.run(['export', '-o', file]).code).toBe(0);
    const other = join(sb.dir, 'other.db');
    // The import stops inside its transaction, holding the write lock (store/faults.ts).
    const importing = spawn(process.execPath, [BIN, '--db', 'other.db', 'import', 'export.jsonl'], { env: { ...sb.env, INCIDENT_STALL_AT: 'write' }, cwd: sb.dir, stdio: 'ignore' });
    try {
      // Wait until it holds the lock: a write of our own is refused at once.
      for (;;) {
        await new Promise((r) => setTimeout(r, 100));
        if (!existsSync(other)) continue;
        const probe = new Database(other, { timeout: 0 });
        try {
          probe.exec('BEGIN IMMEDIATE; ROLLBACK');
        } catch (e) {
          if ((e as { code?: string }).code === 'SQLITE_BUSY') break;
        } finally {
          probe.close();
        }
      }
      const r = await sb.start(['--db', 'other.db', 'open', 'y']);
      expectRefused(r, 5, /the database is busy/);
      expect(r.stderr).toContain(`another incident command is writing: incident --db other.db import export.jsonl (pid ${importing.pid})`);
    } finally {
      importing.kill('SIGKILL');
    }
  }, 40_000);
});

describe('who did it, on a file (SPEC §15, docs/team.md "Who did it")', () => {
  it('the OS account (login and uid) is recorded beside any --actor; db grant is for PostgreSQL only (exit 2, nothing made)', () => {
    expect(sb.run(['open', 'VPN 障害', '-q', '--actor', 'boss']).code).toBe(0);
    const [e] = sb.json(['show', 'INC-1']).timeline;
    // Who ran the test: what the system says, not what incident says.
    const login = spawnSync('id', ['-un'], { encoding: 'utf8' }).stdout.trim();
    const uid = spawnSync('id', ['-u'], { encoding: 'utf8' }).stdout.trim();
    expect(e).toMatchObject({ actor: 'boss', onBehalfOf: null, osUser: `${login}:${uid}` });
    expect(sb.run(['show', 'INC-1']).stdout).toContain(`boss  opened (OS user ${login}, uid ${uid})`);
    const before = digest(sb.db);
    expectRefused(sb.run(['db', 'grant', 'alice', 'agent']), 2, /^incident: permissions need a PostgreSQL database: on a SQLite file, whoever may write the file may do everything \(docs\/team.md\)\n$/);
    expect(digest(sb.db)).toBe(before);
  });
});

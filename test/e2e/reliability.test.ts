import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync, openSync, writeSync, closeSync, statSync, symlinkSync, readFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, LATEST_VERSION } from '../../src/store/sqlite/migrations.js';
import { BIN, Sandbox, type RunResult } from '../helpers/cli.js';
import { digest, integrity, isRoot, killAfter, mountTmpfs, runAs, runCrashing, STACK, startStalled } from '../helpers/faults.js';
import { KEY, runTty } from '../helpers/tty.js';
import { skipNote, skips } from '../helpers/optional.js';

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

/** Every incident has its `opened` event and at least one event per version: no half-written command. */
function assertWhole() {
  expect(integrity(sb.db)).toBe('ok');
  const broken = sb.query(
    `SELECT i.id, i.version, (SELECT count(*) FROM events e WHERE e.incident_id = i.id) AS n,
            (SELECT count(*) FROM events e WHERE e.incident_id = i.id AND e.kind = 'opened') AS opened
       FROM incidents i WHERE n < i.version OR opened <> 1`,
  );
  expect(broken).toEqual([]);
}

/** A database at schema 1 (the first release), for migration tests. */
function oldDatabase(path: string, incidents = 3) {
  const db = new Database(path);
  MIGRATIONS[0].up(db);
  db.exec('PRAGMA user_version = 1');
  const at = '2026-11-20T00:00:00.000Z';
  for (let i = 1; i <= incidents; i++) {
    db.prepare(`INSERT INTO incidents (id, title, status, detected_at, opened_at, created_by, updated_at) VALUES (?, ?, 'open', ?, ?, 'old', ?)`).run(i, `old ${i}`, at, at, at);
    db.prepare(`INSERT INTO events (incident_id, at, actor, kind, to_value, note) VALUES (?, ?, 'old', 'opened', 'open', ?)`).run(i, at, `old ${i}`);
  }
  db.close();
}

describe('many processes writing at once (people and cron on one database)', () => {
  it('loses no write and never shows a lock error, even while the database is being created', async () => {
    const workers = 8;
    const rounds = 10;
    // All start together on a database that does not exist yet: they race to create it, switch it
    // to WAL and apply the schema.
    const first = await Promise.all(Array.from({ length: workers }, (_, w) => sb.start(['open', `worker ${w} first`, '-q'])));
    for (const r of first) expect(r).toMatchObject({ code: 0, stderr: '' });
    const refs = first.map((r) => r.stdout.trim());
    expect(new Set(refs).size).toBe(workers);

    // Then each worker opens its own incidents and writes notes on the others' (the same rows).
    const results: RunResult[] = [];
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        for (let i = 0; i < rounds; i++) {
          results.push(await sb.start(['open', `worker ${w} round ${i}`, '--impact', 'low', '--urgency', 'low', '-q']));
          results.push(await sb.start(['note', refs[(w + i) % workers], `note from ${w} round ${i}`]));
        }
      }),
    );
    const failed = results.filter((r) => r.code !== 0 || r.stderr !== '');
    expect(failed).toEqual([]);
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(workers + workers * rounds);
    expect(sb.scalar("SELECT count(*) FROM events WHERE kind = 'noted'")).toBe(workers * rounds);
    // Each note landed on the incident it was meant for, and each shared incident's version counts them.
    for (let w = 0; w < workers; w++) {
      const id = Number(refs[w].slice(4));
      expect(sb.scalar("SELECT count(*) FROM events WHERE incident_id = ? AND kind = 'noted'", id)).toBe(rounds);
      expect(sb.scalar('SELECT version FROM incidents WHERE id = ?', id)).toBe(1 + rounds);
    }
    // Every event was chained to the one before it in its timeline, writers queueing: no fork.
    expect(JSON.parse(sb.run(['db', 'check', '--json']).stdout).chains).toEqual({ events: sb.scalar('SELECT count(*) FROM events'), brokenChains: 0, breaks: [] });
    assertWhole();
  });

  it('migrates an old database once when several processes open it together, after one backup', async () => {
    oldDatabase(sb.db);
    const results = await Promise.all(Array.from({ length: 6 }, (_, w) => sb.start(['note', String((w % 3) + 1), `after upgrade ${w}`])));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(sb.query('PRAGMA user_version')[0].user_version).toBe(LATEST_VERSION);
    const backups = readdirSync(sb.dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(results.filter((r) => r.stderr.includes(backups[0]))).toHaveLength(1);
    expect(sb.scalar("SELECT count(*) FROM events WHERE kind = 'noted'")).toBe(6);
    // The old events got their chains from the migration, the notes were chained on after them.
    expect(JSON.parse(sb.run(['db', 'check', '--json']).stdout).chains).toEqual({ events: 9, brokenChains: 0, breaks: [] });
    assertWhole();
  });

  it('refuses (exit 4, naming who changed what) an answer typed while someone else changed the incident', () => {
    sb.run(['open', 'VPN に接続できない', '-q']);
    sb.run(['classify', '1', '--impact', 'medium', '--urgency', 'medium']);
    // Someone else escalates it while the first person is still at the hold reason prompt: the other
    // change runs to its end once the prompt is on the screen, then the answer is typed.
    const r = runTty(sb, ['hold', '1'], [
      { expect: 'Reason' },
      { run: [process.execPath, BIN, 'escalate', '1', '--reason', 'vendor needed', '--actor', 'suzuki'] },
      { send: 'waiting for vendor' + KEY.enter },
    ]);
    expect(r.failed).toBeNull();
    expect(r.runs).toEqual([0]);
    expect(r.code).toBe(4);
    expect(r.output).toMatch(/INC-1 was changed by suzuki while you were answering \(status, escalationLevel, escalatedAt\); nothing was written/);
    expect(sb.json(['show', '1']).status).toBe('escalated');
    expect(sb.scalar("SELECT count(*) FROM events WHERE kind = 'held'")).toBe(0);
  });

  it('checks the move before asking: no prompt for an incident that cannot take it', () => {
    sb.run(['open', 'x', '-q']);
    const r = runTty(sb, ['reopen', '1'], []);
    expect(r.code).toBe(4);
    expect(r.output).toContain('INC-1 is open; reopen needs resolved');
    expect(r.output).not.toContain('Reason');
  });
});

describe('a process killed at any moment (SIGKILL)', () => {
  it('leaves none of a command killed just before its commit', () => {
    sb.run(['open', 'before', '-q']);
    const before = digest(sb.db);
    for (const args of [
      ['open', 'never committed', '--description', 'x'.repeat(50_000), '--related', '1'],
      ['note', '1', 'never committed'],
      ['classify', '1', '--impact', 'high', '--urgency', 'low'],
    ]) {
      expect(runCrashing(sb, args, 'write').signal).toBe('SIGKILL');
      assertWhole();
    }
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(1);
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(1);
    expect(sb.json(['show', '1'])).toMatchObject({ version: 1, status: 'open', priority: null });
    // A reader after the crash recovers the WAL; the next command works as usual.
    expect(sb.run(['open', 'after', '-q']).stdout.trim()).toBe('INC-2');
    expect(digest(sb.db)).not.toBe(before);
    assertWhole();
  });

  it('leaves the old schema whole when killed mid-migration, and migrates on the next run', () => {
    oldDatabase(sb.db);
    expect(runCrashing(sb, ['list'], 'migrate').signal).toBe('SIGKILL');
    expect(integrity(sb.db)).toBe('ok');
    expect(sb.query('PRAGMA user_version')[0].user_version).toBe(1);
    expect(sb.query("SELECT name FROM sqlite_schema WHERE name = 'incidents_active_by_priority'")).toEqual([]);
    const r = sb.run(['list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
    expect(sb.query('PRAGMA user_version')[0].user_version).toBe(LATEST_VERSION);
  });

  it('leaves none of a command killed from outside mid-transaction, and the writer waiting on it goes on', async () => {
    sb.run(['open', 'shared', '-q']);
    const held = startStalled(sb, ['note', '1', 'killed mid-transaction'], 'write');
    await held.reached;
    // It holds the write lock with its note written, not committed: another writer must wait for it.
    const waiting = sb.start(['note', '1', 'written after the kill']);
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(1);
    held.kill();
    expect((await held.done).signal).toBe('SIGKILL');
    const after = await waiting;
    expect(after.code, after.stderr).toBe(0);
    const notes = sb.query<{ note: string }>("SELECT note FROM events WHERE kind = 'noted'");
    expect(notes).toEqual([{ note: 'written after the kill' }]);
    expect(sb.json(['show', '1'])).toMatchObject({ version: 2 });
    assertWhole();
  });

  it('keeps every command whole when killed at random moments of a busy run', async () => {
    sb.run(['open', 'shared', '-q']);
    // Kill points spread over start-up, the transaction and the exit of each command.
    const kills = [5, 20, 35, 50, 65, 80, 95, 110, 130, 150];
    for (const ms of kills) {
      await Promise.all([
        killAfter(sb, ['open', `killed at ${ms}ms`, '--description', 'y'.repeat(20_000), '--tag', 'crash'], ms),
        killAfter(sb, ['note', '1', `killed at ${ms}ms`], ms + 3),
      ]);
      assertWhole();
    }
    expect(sb.run(['note', '1', 'still fine']).code).toBe(0);
    assertWhole();
  });
});

describe('faults: exit 5, one clear line, the file untouched', () => {
  const expectStorage = (r: RunResult, message: RegExp) => {
    expect(r.code).toBe(5);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  };

  it('a file that is not a database', () => {
    writeFileSync(sb.db, 'hostname,ip\nmail01,10.0.0.5\n'.repeat(200));
    const before = digest(sb.db);
    for (const args of [['list'], ['open', 'x'], ['db', 'check'], ['db', 'migrate'], ['db', 'backup', join(sb.dir, 'b.db')]]) {
      expectStorage(sb.run(args), /not an incident database \(or it is corrupt\)/);
      expect(digest(sb.db)).toBe(before);
    }
    expect(existsSync(join(sb.dir, 'b.db'))).toBe(false);
  });

  it('a corrupt database: commands refuse, db check lists the damage', () => {
    for (let i = 0; i < 30; i++) sb.run(['open', `incident ${i}`, '--description', 'z'.repeat(2000)]);
    const size = statSync(sb.db).size;
    // Overwrite every page after the first (the schema page) with garbage.
    const fd = openSync(sb.db, 'r+');
    writeSync(fd, Buffer.alloc(size - 8192, 0xa5), 0, size - 8192, 8192);
    closeSync(fd);
    const before = digest(sb.db);
    for (const args of [['list', '--all'], ['open', 'x'], ['show', '3']]) {
      expectStorage(sb.run(args), /corrupt/);
      expect(digest(sb.db)).toBe(before);
    }
    const check = sb.run(['db', 'check']);
    expect(check.code).toBe(5);
    expect(check.stderr).toMatch(/the database has problems|the database is corrupt/);
    expect(digest(sb.db)).toBe(before);
  });

  it('a write lock held longer than the busy timeout (10 s): exit 5, nothing written; reads go on', async () => {
    sb.run(['open', 'x']);
    // Another program (a sqlite3 shell left in a transaction) holds the write lock.
    const holder = new Database(sb.db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const write = await sb.start(['note', '1', 'waits, then gives up']);
      expectStorage(write, /the database is busy \(locked by another process for too long\)/);
      expect(write.stderr).toMatch(/nothing was written/);
      expect(sb.run(['list', '--json']).code).toBe(0);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(sb.scalar("SELECT count(*) FROM events WHERE kind = 'noted'")).toBe(0);
  }, 30_000);

  it('a path whose folders cannot be made: a dangling link, a file, a system folder (no hang)', () => {
    symlinkSync(join(sb.dir, 'gone'), join(sb.dir, 'link'));
    writeFileSync(join(sb.dir, 'plain'), 'x');
    const paths = [join(sb.dir, 'link', 'sub', 'i.db'), join(sb.dir, 'plain', 'i.db')];
    // Under /proc, mkdir answers ENOENT though the parent exists: Node 20's recursive mkdir spins there for ever.
    if (existsSync('/proc/self')) paths.push('/proc/no-such-folder/incident/i.db');
    for (const db of paths) {
      const r = sb.run(['open', 'x', '--db', db]);
      expectStorage(r, /the database could not be read or written \((EEXIST|ENOTDIR|ENOENT)\)/);
      expect(existsSync(db)).toBe(false);
    }
    expect(existsSync(join(sb.dir, 'gone'))).toBe(false);
  });

  it('a database from a newer version', () => {
    sb.run(['open', 'x']);
    const db = new Database(sb.db);
    db.exec('PRAGMA user_version = 99');
    db.close();
    const before = digest(sb.db);
    for (const args of [['list'], ['open', 'y'], ['db', 'migrate'], ['db', 'vacuum'], ['db', 'check']]) {
      const r = sb.run(args);
      expectStorage(r, /written by a newer version of incident \(schema 99, this one knows \d+\); it was left untouched/);
      expect(digest(sb.db)).toBe(before);
    }
  });

  it('a folder without permission', (t) => {
    if (isRoot()) {
      // root ignores file modes, so this runs as nobody — who must be able to reach the CLI itself.
      chmodSync(sb.dir, 0o755);
      const probe = runAs(sb, 65534, ['--version']);
      if (skips(probe.code !== 0)) t.skip('tests run as root and user nobody cannot reach this checkout to run the CLI (a folder above it is closed)');
    }
    const locked = join(sb.dir, 'locked');
    mkdirSync(locked);
    const readonlyDb = join(locked, 'ro.db');
    sb.run(['open', 'x'], { env: { INCIDENT_DB: readonlyDb } });
    chmodSync(locked, 0o555);
    chmodSync(readonlyDb, 0o444);
    const before = digest(readonlyDb);
    // root ignores file modes: run as nobody then (the folders above must let nobody pass).
    const run = (args: string[]) => {
      if (!isRoot()) return sb.run(args);
      chmodSync(sb.dir, 0o755);
      return runAs(sb, 65534, args);
    };
    try {
      for (const db of [join(locked, 'new.db'), join(locked, 'sub', 'new.db')]) {
        expectStorage(run(['open', 'x', '--db', db]), /no permission to use the database/);
        expect(existsSync(db)).toBe(false);
      }
      expectStorage(run(['open', 'x', '--db', readonlyDb]), /no permission to use the database|could not be read or written/);
      expect(digest(readonlyDb)).toBe(before);
    } finally {
      // So the sandbox can be removed by a user who is not root.
      chmodSync(locked, 0o755);
    }
  });

  describe('a full disk', () => {
    const mountPoint = join('/tmp', `incident-full-${process.pid}`);
    const fs = mountTmpfs(mountPoint, '400k');
    afterAll(() => fs.ok && fs.unmount());

    it.skipIf(skips(!fs.ok))(`refuses the write that does not fit and keeps every earlier one${skipNote(!fs.ok, fs.ok ? '' : fs.reason)}`, () => {
      const db = join(mountPoint, 'incidents.db');
      sb.env.INCIDENT_DB = db;
      let last: RunResult | undefined;
      let landed = 0;
      for (let i = 0; i < 200; i++) {
        const before = existsSync(db) ? digest(db) : '';
        last = sb.run(['open', `filler ${i}`, '--description', `${i} `.repeat(15_000)]);
        if (last.code !== 0) {
          if (before) expect(digest(db)).toBe(before);
          break;
        }
        landed++;
      }
      expect(landed).toBeGreaterThan(0);
      expect(last?.code).toBe(5);
      expect(last?.stderr).toMatch(/the disk is full/);
      expect(last?.stderr).not.toMatch(STACK);
      expect(integrity(db)).toBe('ok');
      sb.env.INCIDENT_DB = db;
      expect(JSON.parse(sb.run(['list', '--json', '--limit', '0']).stdout)).toHaveLength(landed);
    });
  });
});

describe('output that cannot be written (a full disk): exit 5 naming it, nothing half-written', () => {
  const fill = () => {
    for (let i = 0; i < 8; i++) expect(sb.run(['open', `障害 ${i}`, '--description', `ログ ${i} `.repeat(2_000)]).code).toBe(0);
  };
  const expectFull = (r: RunResult, message: RegExp) => {
    expect(r.code).toBe(5);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK);
  };

  it.skipIf(skips(!existsSync('/dev/full')))(`standard output on /dev/full: list, export, report${skipNote(!existsSync('/dev/full'), 'no /dev/full')}`, () => {
    fill();
    for (const args of [['list', '--all'], ['export'], ['report', 'summary'], ['show', '1', '--json']]) {
      const out = openSync('/dev/full', 'w');
      try {
        expectFull(sb.runWithStdout(args, out), /^incident: could not write the output: no space left on device \(ENOSPC\)$/);
      } finally {
        closeSync(out);
      }
    }
    expectFull(sb.run(['export', '-o', '/dev/full']), /^incident: cannot write \/dev\/full: no space left on device$/);
  });

  it('export -o through a symbolic link replaces the file it points at, and the link stays', () => {
    fill();
    const real = join(sb.dir, 'backups', 'incidents.jsonl');
    mkdirSync(join(sb.dir, 'backups'));
    writeFileSync(real, 'old\n');
    symlinkSync(real, join(sb.dir, 'latest.jsonl'));
    expect(sb.run(['export', '-o', join(sb.dir, 'latest.jsonl')]).code).toBe(0);
    expect(lstatSync(join(sb.dir, 'latest.jsonl')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8').split('\n')[0]).toMatch(/^\{"type":"header"/);
    expect(readdirSync(join(sb.dir, 'backups'))).toEqual(['incidents.jsonl']);
  });

  const mountPoint = join('/tmp', `incident-out-full-${process.pid}`);
  const fs = mountTmpfs(mountPoint, '64k');
  afterAll(() => fs.ok && fs.unmount());

  it.skipIf(skips(!fs.ok))(`export -o onto a full disk keeps the backup that was there, and leaves no part of the new one${skipNote(!fs.ok, fs.ok ? '' : fs.reason)}`, () => {
    fill();
    const backup = join(mountPoint, 'backup.jsonl');
    writeFileSync(backup, 'yesterday’s backup\n');
    const r = sb.run(['export', '-o', backup]);
    expectFull(r, /^incident: cannot write .*backup\.jsonl: no space left on device$/);
    expect(readFileSync(backup, 'utf8')).toBe('yesterday’s backup\n');
    expect(readdirSync(mountPoint)).toEqual(['backup.jsonl']);
    // The same export where there is room lands whole, 0600.
    const ok = join(sb.dir, 'backup.jsonl');
    expect(sb.run(['export', '-o', ok]).code).toBe(0);
    expect(statSync(ok).mode & 0o777).toBe(0o600);
    expect(readFileSync(ok, 'utf8').trimEnd().split('\n')).toHaveLength(9);
    expect(readdirSync(sb.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });
});

describe('incident db', () => {
  it('path: where the database is, without creating it', () => {
    const r = sb.run(['db', 'path']);
    expect(r).toMatchObject({ code: 0, stdout: `${sb.db}\n` });
    expect(existsSync(sb.db)).toBe(false);
    expect(sb.json(['db', 'path'])).toEqual({ path: sb.db, exists: false });
  });

  it('check: integrity, references and every full-text index', () => {
    // No database there: exit 5 naming it (SPEC §2), and none is made.
    const missing = sb.run(['db', 'check']);
    expect(missing.code).toBe(5);
    expect(missing.stderr).toContain(`no incident database at ${sb.db}`);
    expect(existsSync(sb.db)).toBe(false);
    sb.run(['open', 'VPN 障害']);
    // Any FTS5 table, whatever its name, gets its own integrity-check.
    const db = new Database(sb.db);
    db.exec("CREATE VIRTUAL TABLE probe_fts USING fts5(body); INSERT INTO probe_fts (body) VALUES ('VPN 障害');");
    db.close();
    const r = sb.run(['db', 'check']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the database is healthy');
    const report = sb.json(['db', 'check']);
    expect(report).toMatchObject({ ok: true, integrity: [], foreignKeys: [] });
    expect(report.fts).toEqual(
      expect.arrayContaining(['incident_fts', 'knowledge_fts', 'probe_fts'].map((table) => ({ table, result: 'ok' }))),
    );

    // A dangling reference is found and reported (exit 5).
    const raw = sb.openDb();
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO incident_links (incident_id, related_id) VALUES (1, 999)").run();
    raw.close();
    const bad = sb.run(['db', 'check']);
    expect(bad.code).toBe(5);
    expect(bad.stderr).toMatch(/missing reference: a row of incident_links .* points at incidents/);
  });

  it('check does not migrate or change an old database', () => {
    oldDatabase(sb.db);
    const before = digest(sb.db);
    const r = sb.run(['db', 'check']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/schema 1 is older/);
    expect(digest(sb.db)).toBe(before);
  });

  it('backup: a consistent copy made while others write', async () => {
    // Enough pages that the online backup takes more than one step, so it can be held between two.
    for (let i = 0; i < 20; i++) sb.run(['open', `incident ${i}`, '--description', 'd'.repeat(40_000)]);
    const target = join(sb.dir, 'backup.db');
    const backup = startStalled(sb, ['db', 'backup', target], 'backup');
    await backup.reached;
    // Part of the copy is made; three writers commit meanwhile, none waiting for the backup.
    const writers = await Promise.all(Array.from({ length: 3 }, (_, w) => sb.start(['note', String(w + 1), `during backup ${w}`])));
    for (const w of writers) expect(w.code, w.stderr).toBe(0);
    backup.release();
    const r = await backup.done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('backed up');
    expect(integrity(target)).toBe('ok');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    // The copy is of one moment: here, after the writers (the backup starts again when a page it
    // copied changes), so it holds their notes whole.
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(20);
    expect(copy.prepare("SELECT count(*) FROM events WHERE kind = 'noted'").pluck().get()).toBe(3);
    copy.close();
    // It refuses to overwrite unless told, and never writes over the database itself.
    expect(sb.run(['db', 'backup', target]).code).toBe(2);
    expect(sb.run(['db', 'backup', target, '--force']).code).toBe(0);
    expect(sb.run(['db', 'backup', sb.db, '--force']).code).toBe(2);
    expect(sb.run(['db', 'backup', join(sb.dir, 'no', 'such', 'b.db')]).code).toBe(2);
    expect(integrity(sb.db)).toBe('ok');
  });

  it('migrate: updates an old schema after a backup; vacuum compacts', () => {
    oldDatabase(sb.db);
    const r = sb.run(['db', 'migrate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`backed up before its schema update: .*\\.v1-.*\\.bak`));
    expect(r.stderr).toContain(`from 1 to ${LATEST_VERSION}`);
    expect(sb.json(['db', 'migrate'])).toMatchObject({ from: LATEST_VERSION, to: LATEST_VERSION, migrated: false });
    const v = sb.json(['db', 'vacuum']);
    expect(v.after).toBeGreaterThan(0);
    assertWhole();
    expect(sb.json(['list'])).toHaveLength(3);
  });
});

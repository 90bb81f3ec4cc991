import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, type RunResult } from '../helpers/cli.js';
import { skips } from '../helpers/optional.js';

/**
 * SPEC §12: what runs a program comes only from a place that the person running `incident` alone
 * can write. Two real users of one host share a database (folder 2770, file 0660), as a team does;
 * user B plants a command target; user A (and root's cron) must not run it. Needs root (to create
 * the users) and useradd: skipped, with the reason printed, otherwise.
 */

const USERADD = ['/usr/sbin/useradd', '/usr/bin/useradd'].find((p) => existsSync(p));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// The users run the built CLI from this checkout: every folder above it must let them through (a
// clone in a 0700 folder of mktemp -d does not; .ci/run opens the way).
const othersReachCheckout = isRoot && spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534 }).status === 0;
const skipReason = !isRoot
  ? 'not running as root (the test creates two users)'
  : !USERADD
    ? 'useradd is missing'
    : skips(!othersReachCheckout)
      ? 'other users cannot reach this checkout to run the CLI (a folder above it is closed)'
      : '';
if (skipReason) console.warn(`notify-trust: two-user tests skipped: ${skipReason}`);

const tag = `${process.pid % 100000}`;
const group = `inctg${tag}`;
const userA = `incta${tag}`;
const userB = `inctb${tag}`;
const ids: Record<string, { uid: number; gid: number }> = {};
let privateGid: number;

let base: string;
let shared: string;
let db: string;
let markers: string;
const home = (user: string) => join(base, `home-${user}`);
const T0 = Date.parse('2026-11-23T01:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
}

const idOf = (flag: string, user: string) => Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());

/** Runs the built CLI as `user` (root when 'root'), with that user's HOME. */
function as(user: string, args: string[], env: Record<string, string> = {}, dbPath = db): RunResult {
  const who = user === 'root' ? { uid: 0, gid: 0 } : ids[user];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    uid: who.uid,
    gid: who.gid,
    cwd: base,
    env: { PATH: process.env.PATH, HOME: home(user), INCIDENT_DB: dbPath, LANG: 'C', TZ: 'UTC', INCIDENT_NOW: at(0), ...env },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** SQL run as `user` with a plain SQLite connection, as someone with the sqlite3 shell would. */
function sqlAs(user: string, sql: string): void {
  const script = `const D = require(${JSON.stringify(resolve(__dirname, '../../node_modules/better-sqlite3'))}); const d = new D(${JSON.stringify(db)}); d.exec(${JSON.stringify(sql)}); d.close();`;
  const r = spawnSync(process.execPath, ['-e', script], { uid: ids[user].uid, gid: ids[user].gid, cwd: base, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sql as ${user}: ${r.stderr}`);
}

const query = <T = any>(sql: string, path = db): T[] => {
  const d = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
};

/** A command that leaves a file named after who ran it: proof that it ran, and as whom. */
const plant = (name: string) => `id -un > ${markers}/${name}-$(id -un)`;
const marker = (name: string, user: string) => join(markers, `${name}-${user}`);

/** Writes a user's own config file, owned by them, 0600, in a 0700 folder. */
function ownConfig(user: string, text: string, mode = 0o600): string {
  const dir = join(home(user), '.config', 'incident');
  mkdirSync(dir, { recursive: true });
  for (const d of [join(home(user), '.config'), dir]) chownSync(d, ids[user].uid, ids[user].gid);
  const file = join(dir, 'config');
  rmSync(file, { force: true });
  writeFileSync(file, text);
  chownSync(file, ids[user].uid, ids[user].gid);
  chmodSync(file, mode);
  return file;
}

describe.skipIf(!!skipReason)('a shared database runs no one else\'s commands (SPEC §12)', () => {
  beforeAll(() => {
    sh('groupadd', [group]);
    // A has a group of its own (as useradd -U, umask 002 systems make) and the team's; B only the team's.
    sh(USERADD!, ['-M', '-U', '-G', group, '-s', '/usr/sbin/nologin', userA]);
    sh(USERADD!, ['-M', '-N', '-g', group, '-s', '/usr/sbin/nologin', userB]);
    privateGid = idOf('-g', userA);
    // Processes run with the team's group as theirs, so both can enter the team's folder.
    for (const u of [userA, userB]) ids[u] = { uid: idOf('-u', u), gid: idOf('-g', userB) };
    base = mkdtempSync(join(tmpdir(), 'incident-trust-'));
    chmodSync(base, 0o755);
    for (const u of [userA, userB, 'root']) {
      mkdirSync(home(u), { mode: 0o700 });
      if (u !== 'root') chownSync(home(u), ids[u].uid, ids[u].gid);
    }
    markers = join(base, 'markers');
    mkdirSync(markers);
    chmodSync(markers, 0o1777);
    // The team's folder: setgid, the group may write; the database 0660 (as a team sets it up).
    shared = join(base, 'shared');
    mkdirSync(shared);
    chownSync(shared, ids[userA].uid, ids[userA].gid);
    chmodSync(shared, 0o2770);
    db = join(shared, 'incidents.db');
    const made = as(userA, ['db', 'migrate']);
    expect(made.code).toBe(0);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) chmodSync(f, 0o660);
  });

  afterAll(() => {
    // userdel removes A's own group too.
    for (const u of [userA, userB]) spawnSync('userdel', [u]);
    spawnSync('groupdel', [group]);
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('refuses `config set notify.x.command` on the shared database (exit 4), pointing to the own config file', () => {
    const r = as(userB, ['config', 'set', 'notify.x.command', plant('set')]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/notify\.x\.command not set: others can write this database/);
    expect(r.stderr).toContain(join(home(userB), '.config', 'incident', 'config'));
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(query("SELECT * FROM settings WHERE key LIKE 'notify.%'")).toEqual([]);
  });

  it('a command B writes into the settings is run neither by A\'s open nor by root\'s check --escalate; the row stays pending', () => {
    sqlAs(userB, `INSERT INTO settings (key, value) VALUES ('notify.x.command', '${plant('pwned')}')`);
    const r = as(userA, ['open', 'disk full on db01', '--impact', 'high', '--urgency', 'high', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('INC-1');
    expect(existsSync(marker('pwned', userA))).toBe(false);
    // One line says why, even under -q.
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^notification opened INC-1 → x: command not run, left pending: it is not in your own config file .*incident\/config, and others can write the database \(.*incidents\.db is writable by its group\)$/);
    expect(query("SELECT target_kind, status, attempts FROM outbox WHERE rule = 'x'")).toEqual([{ target_kind: 'command', status: 'pending', attempts: 0 }]);

    // A breach 30 minutes later: root's cron escalates and queues again; nothing runs as root.
    const c = as('root', ['check', '--escalate'], { INCIDENT_NOW: at(30) });
    expect(c.code).toBe(0);
    expect(c.stderr).toMatch(/→ x: command not run, left pending/);
    expect(existsSync(marker('pwned', 'root'))).toBe(false);
    // And A's notify does not run any of them either.
    const n = as(userA, ['notify', '--now'], { INCIDENT_NOW: at(40) });
    expect(n.code).toBe(0);
    expect(n.stderr).toMatch(/→ x: command not run/);
    expect(existsSync(marker('pwned', userA))).toBe(false);
    const rows = query<{ status: string; attempts: number }>("SELECT status, attempts FROM outbox WHERE rule = 'x'");
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((x) => x.status === 'pending' && x.attempts === 0)).toBe(true);
    sqlAs(userB, "DELETE FROM settings WHERE key LIKE 'notify.x.%'");
  });

  it('a row B writes straight into the outbox is not run, and stays pending', () => {
    sqlAs(
      userB,
      `INSERT INTO outbox (incident_id, event, rule, target_kind, target, payload, created_at, next_attempt_at)
       VALUES (1, 'opened', 'planted', 'command', '${plant('row')}', '{}', '${at(0)}', '${at(0)}')`,
    );
    const r = as(userA, ['notify'], { INCIDENT_NOW: at(50) });
    expect(r.code).toBe(0);
    expect(existsSync(marker('row', userA))).toBe(false);
    const planted = r.stderr.split('\n').filter((l) => l.includes('planted'));
    expect(planted).toHaveLength(1);
    expect(planted[0]).toMatch(/command not run, left pending: .*writable by its group/);
    expect(query("SELECT status, attempts, last_error FROM outbox WHERE rule = 'planted'")).toEqual([{ status: 'pending', attempts: 0, last_error: null }]);
    // Root's cron neither.
    as('root', ['notify', '--now'], { INCIDENT_NOW: at(51) });
    expect(existsSync(marker('row', 'root'))).toBe(false);
  });

  it('the same kind of command in A\'s own config file (0600) is run, as A', () => {
    ownConfig(userA, `# mine\nnotify.mine.command = ${plant('own')}\nnotify.mine.on = opened\n`);
    const r = as(userA, ['open', 'mail queue stuck', '--impact', 'low', '--urgency', 'low', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/mine: command not run/);
    expect(readFileSync(marker('own', userA), 'utf8').trim()).toBe(userA);
    expect(query("SELECT status FROM outbox WHERE rule = 'mine'")).toEqual([{ status: 'delivered' }]);
    // config list shows where each rule comes from.
    const listed = JSON.parse(as(userA, ['config', 'list', '--json']).stdout);
    expect(listed.filter((e: any) => e.key.startsWith('notify.mine.'))).toMatchObject([
      { key: 'notify.mine.command', value: plant('own'), source: 'file' },
      { key: 'notify.mine.on', value: 'opened', source: 'file' },
    ]);
    expect(listed.find((e: any) => e.key === 'sla.P1.response')).toMatchObject({ source: 'default' });
    // B, whose file does not hold it, would not run it (nothing left pending to run anyway).
    expect(existsSync(marker('own', userB))).toBe(false);

    // Writable by A's own group (A its only member, umask 002): still A's alone.
    const file = ownConfig(userA, `notify.mine.command = ${plant('upg')}\n`, 0o660);
    chownSync(file, ids[userA].uid, privateGid);
    const u = as(userA, ['open', 'proxy slow', '--impact', 'low', '--urgency', 'low', '-q']);
    expect(u.code).toBe(0);
    expect(readFileSync(marker('upg', userA), 'utf8').trim()).toBe(userA);
  });

  it('refuses a config file that others can write: group-writable, in a group-writable folder, or a link to another user\'s file (exit 5)', () => {
    const count = () => query<{ n: number }>('SELECT count(*) AS n FROM incidents')[0].n;
    const before = count();
    const file = ownConfig(userA, `notify.mine.command = ${plant('own2')}\n`, 0o620);
    let r = as(userA, ['open', 'vpn flaps', '--impact', 'low', '--urgency', 'low']);
    expect(r.code).toBe(5);
    expect(r.stderr.split('\n')[0]).toBe(`incident: your config file ${file} is refused: ${file} is writable by its group`);
    expect(count()).toBe(before);
    expect(existsSync(marker('own2', userA))).toBe(false);

    // A file of A's own, 0600, but in the team's folder (2770): B could put another in its place.
    const inShared = join(shared, 'a-config');
    writeFileSync(inShared, `notify.mine.command = ${plant('own3')}\n`);
    chownSync(inShared, ids[userA].uid, ids[userA].gid);
    chmodSync(inShared, 0o600);
    r = as(userA, ['open', 'vpn flaps', '--impact', 'low', '--urgency', 'low'], { INCIDENT_CONFIG: inShared });
    expect(r.code).toBe(5);
    expect(r.stderr.split('\n')[0]).toBe(`incident: your config file ${inShared} is refused: ${shared} is writable by its group`);
    expect(count()).toBe(before);

    // A link in A's folder to a file B owns.
    const theirs = join(base, 'b-config');
    writeFileSync(theirs, `notify.mine.command = ${plant('own4')}\n`);
    chownSync(theirs, ids[userB].uid, ids[userB].gid);
    chmodSync(theirs, 0o644);
    const link = ownConfig(userA, '');
    rmSync(link);
    symlinkSync(theirs, link);
    r = as(userA, ['open', 'vpn flaps', '--impact', 'low', '--urgency', 'low']);
    expect(r.code).toBe(5);
    expect(r.stderr.split('\n')[0]).toBe(`incident: your config file ${link} is refused: ${theirs} belongs to another user`);
    expect(count()).toBe(before);
    expect(existsSync(marker('own4', userA))).toBe(false);
    rmSync(link);
  });

  it('a database only its user can write keeps its command targets for that user, but not for root (owned by someone else, 0600)', () => {
    const mine = join(home(userA), 'private.db');
    let r = as(userA, ['config', 'set', 'notify.p.command', plant('private')], {}, mine);
    expect(r.code).toBe(0);
    r = as(userA, ['open', 'printer jam', '--impact', 'low', '--urgency', 'low', '-q'], {}, mine);
    expect(r.code).toBe(0);
    expect(readFileSync(marker('private', userA), 'utf8').trim()).toBe(userA);
    // Root's cron on A's file: A could have written anything in it.
    r = as('root', ['resolve', 'INC-1', '--code', 'fixed', '--resolution', 'paper', '-q'], {}, mine);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`→ p: command not run, left pending: .*private\\.db belongs to another user`));
    expect(existsSync(marker('private', 'root'))).toBe(false);
    expect(query("SELECT event, status, attempts FROM outbox ORDER BY id", mine)).toEqual([
      { event: 'opened', status: 'delivered', attempts: 1 },
      { event: 'resolved', status: 'pending', attempts: 0 },
    ]);

    // The same file reached through a link in the team's folder: B could point the link elsewhere.
    const link = join(shared, 'a-private.db');
    symlinkSync(mine, link);
    r = as(userA, ['open', 'via the link', '--impact', 'low', '--urgency', 'low', '-q'], {}, link);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`→ p: command not run, left pending: .*\\(${shared} is writable by its group\\)`));
    expect(query('SELECT status, attempts FROM outbox WHERE incident_id = 2', mine)).toEqual([{ status: 'pending', attempts: 0 }]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translator } from '../../src/i18n/index.js';
import { connectPg, isPgUrl, openPg } from '../../src/store/pg/connect.js';
import { withoutPassword } from '../../src/store/pg/errors.js';
import { createDatabase, findPgBin, pgMissing, pgUrl, psql, startCluster, type Cluster } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';
import { refusalOf } from '../helpers/refusal.js';

const missing = pgMissing();
const en = translator('en');
const ja = translator('ja');

/** What the CLI prints for an error: its line, and its hint's line when it has one (cli/run.ts). */
async function failure(p: Promise<unknown>): Promise<{ exit: number; lines: string[]; ja: string[] }> {
  const e = await refusalOf(p);
  const lines = (t: typeof en) => [t(e.key, e.params), ...(e.hintKey ? [t(e.hintKey, e.params)] : [])];
  return { exit: e.exit, lines: lines(en), ja: lines(ja) };
}

/** Runs fn with some environment variables set, then puts them back. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) v === undefined ? delete process.env[k] : (process.env[k] = v);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(before)) v === undefined ? delete process.env[k] : (process.env[k] = v);
  }
}

const socketDir = () => process.env.INCIDENT_TEST_PG_SOCKET!;
const nameOf = (url: string) => decodeURIComponent(/\/\/[^/]*\/([^?]+)/.exec(url)![1]!);

describe('withoutPassword', () => {
  it('leaves the password out of a connection string, wherever it is', () => {
    expect(withoutPassword('postgres://bob:s3cret@db.example.com:5432/incident')).toBe('postgres://bob@db.example.com:5432/incident');
    expect(withoutPassword('postgresql://bob:p@ss:wrd@db.example.com/incident')).toBe('postgresql://bob@db.example.com/incident');
    expect(withoutPassword('postgres://db.example.com/incident?user=bob&password=s3cret&sslmode=verify-full')).toBe('postgres://db.example.com/incident?user=bob&password=…&sslmode=verify-full');
    expect(withoutPassword('postgres:///incident?host=/var/run/postgresql')).toBe('postgres:///incident?host=/var/run/postgresql');
    expect(withoutPassword('postgres://alice@/incident')).toBe('postgres://alice@/incident');
  });
});

describe('isPgUrl', () => {
  it('takes postgres:// and postgresql:// URLs, and leaves paths to SQLite', () => {
    expect(isPgUrl('postgres://alice@db.example/incident')).toBe(true);
    expect(isPgUrl('postgresql:///incident')).toBe(true);
    expect(isPgUrl('./postgres://x')).toBe(false);
    expect(isPgUrl('/home/alice/.local/share/incident/incidents.db')).toBe(false);
  });
});

describe.skipIf(skips(missing !== ''))(`connecting to PostgreSQL${skipNote(missing !== '', missing)}`, () => {
  it('connects with a postgresql:// URL as "incident", with a 10 s lock timeout', async () => {
    const url = createDatabase('connect')!.replace(/^postgres:/, 'postgresql:');
    const sql = await connectPg(url);
    try {
      expect(await sql.value('SELECT current_setting(?)', ['application_name'])).toBe('incident');
      expect(await sql.value('SELECT current_setting(?)', ['lock_timeout'])).toBe('10s');
    } finally {
      await sql.close();
    }
  });

  it('sets the session up as it starts: the time zone asked for, JIT off, and the URL\'s own options besides', async () => {
    const url = `${createDatabase('connect')!}&options=${encodeURIComponent('-c work_mem=8MB -c TimeZone=Europe/Paris')}`;
    const sql = await connectPg(url, { timeZone: 'Asia/Tokyo' });
    try {
      expect(await sql.value('SELECT current_setting(?)', ['TimeZone'])).toBe('Asia/Tokyo');
      expect(await sql.value('SELECT current_setting(?)', ['jit'])).toBe('off');
      expect(await sql.value('SELECT current_setting(?)', ['work_mem'])).toBe('8MB');
    } finally {
      await sql.close();
    }
  });

  it('a time zone the server does not know is UTC, as the C library takes it', async () => {
    const sql = await connectPg(createDatabase('connect')!, { timeZone: 'Mars/Olympus_Mons' });
    try {
      expect(await sql.value('SELECT current_setting(?)', ['TimeZone'])).toBe('UTC');
    } finally {
      await sql.close();
    }
  });

  it('takes what the URL leaves out from PGHOST, PGUSER and PGDATABASE', async () => {
    const name = nameOf(createDatabase('connect')!);
    const sql = await withEnv({ PGHOST: socketDir(), PGUSER: 'postgres', PGDATABASE: name }, () => connectPg('postgres://'));
    try {
      expect(await sql.value('SELECT current_database()')).toBe(name);
      expect(await sql.value('SELECT current_user')).toBe('postgres');
    } finally {
      await sql.close();
    }
    // A message names the database even when the URL does not.
    const f = await withEnv({ PGHOST: socketDir(), PGUSER: 'postgres', PGDATABASE: name }, () => failure(openPg('postgres://', { create: false })));
    expect(f.lines[0]).toBe(`no incident database at postgres:// (database ${name} at ${socketDir()})`);
  });

  it('names the socket and says what to check when no server listens there', async () => {
    const url = 'postgres://postgres:hunter2@/incident?host=/nonexistent/run';
    const f = await failure(connectPg(url));
    expect(f.exit).toBe(5);
    expect(f.lines).toEqual([
      'cannot reach the PostgreSQL server at /nonexistent/run/.s.PGSQL.5432 for database incident (ENOENT); check that it runs there, and the host, port or socket folder (in the URL, or PGHOST and PGPORT)',
    ]);
    expect(f.ja).toEqual([
      'PostgreSQL サーバー /nonexistent/run/.s.PGSQL.5432 (データベース incident)に接続できません(ENOENT)。サーバーが動いているか、ホスト・ポート・ソケットのフォルダー(URL、または PGHOST と PGPORT)を確認してください',
    ]);
  });

  it('with no host in the URL or PGHOST, looks where psql on Debian looks: the socket in /var/run/postgresql', async () => {
    const f = await withEnv({ PGHOST: undefined, PGPORT: '5999' }, () => failure(connectPg('postgres://alice@/incident')));
    const server = existsSync('/var/run/postgresql') ? '/var/run/postgresql/.s.PGSQL.5999' : 'localhost:5999';
    expect(f.lines[0]).toMatch(new RegExp(`^cannot reach the PostgreSQL server at ${server.replace(/\./g, '\\.')} for database incident \\((ENOENT|ECONNREFUSED)\\)`));
  });

  it('a connection string that is not a URL is a usage error (exit 2) that shows no password', async () => {
    const f = await failure(connectPg('postgres://bob:hunter2@db.example.com:54x/incident'));
    expect(f.exit).toBe(2);
    expect(f.lines).toEqual(['not a PostgreSQL connection string: postgres://bob@db.example.com:54x/incident (Invalid URL); write it as postgres://ROLE@HOST:PORT/DATABASE (docs/team.md)']);
  });

  it('a server that never answers is "cannot reach", after the connection timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    try {
      const f = await failure(connectPg(`postgres://bob:hunter2@127.0.0.1:${port}/incident`, { connectTimeoutMs: 200 }));
      expect(f.exit).toBe(5);
      expect(f.lines).toEqual([
        `cannot reach the PostgreSQL server at 127.0.0.1:${port} for database incident (no answer); check that it runs there, and the host, port or socket folder (in the URL, or PGHOST and PGPORT)`,
      ]);
    } finally {
      silent.close();
    }
  });

  it('says which database the server lacks', async () => {
    const f = await failure(connectPg(pgUrl(socketDir(), 'no_such_db')));
    expect(f.exit).toBe(5);
    expect(f.lines).toEqual([
      `the PostgreSQL server at ${socketDir()}/.s.PGSQL.5432 has no database no_such_db; check the name (in the URL, or PGDATABASE), or create it: createdb -O postgres no_such_db (docs/team.md)`,
    ]);
  });

  it('says which role the server refused', async () => {
    const url = createDatabase('connect')!.replace('postgres@', 'nobody_here:hunter2@');
    const f = await failure(connectPg(url));
    expect(f.exit).toBe(5);
    expect(f.lines).toHaveLength(1);
    expect(f.lines[0]).toBe(
      `the PostgreSQL server at ${socketDir()}/.s.PGSQL.5432 refused role nobody_here for database ${nameOf(url)} (role "nobody_here" does not exist); check the role and its password (the URL, PGUSER, PGPASSWORD, ~/.pgpass or PGPASSFILE) and the server's pg_hba.conf`,
    );
    expect(f.lines[0]).not.toContain('hunter2');
  });

  it('an empty database is "no incident database" for a command that only reads, and stays empty', async () => {
    const url = createDatabase('connect')!;
    const f = await failure(openPg(url, { create: false }));
    expect(f.exit).toBe(5);
    expect(f.lines).toEqual([
      `no incident database at ${url}`,
      `the database is empty; a command that records something sets it up (e.g. incident open "…"), or run: incident db init ${url}`,
    ]);
    expect(psql(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").stdout.trim()).toBe('0');
  });

  it('a write that waits over the lock timeout for the write lock is "locked", and writes nothing', async () => {
    const url = createDatabase('connect')!;
    const holder = await openPg(url);
    const waiter = await openPg(url, { lockTimeoutMs: 300 });
    try {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const first = holder.write(async () => {
        entered();
        await held;
      });
      await inside;
      const f = await failure(waiter.write(() => waiter.run("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
      release();
      await first;
      expect(f.exit).toBe(5);
      expect(f.lines).toEqual([
        `the database is busy (locked by another process for too long): ${url}`,
        'nothing was written; another session has held the write lock for over 10 s (another incident command, or a psql session left in a transaction? see pg_stat_activity) — run the command again when it is done',
      ]);
      expect(await holder.value('SELECT count(*) FROM settings')).toBe(0);
    } finally {
      await holder.close();
      await waiter.close();
    }
  });

  it('a connection lost in the middle of a command is one line naming the server, then nothing is half-written', async () => {
    const url = createDatabase('connect')!;
    const sql = await openPg(url);
    try {
      const pid = await sql.value<number>('SELECT pg_backend_pid()');
      const f = await failure(
        sql.write(async () => {
          await sql.run("INSERT INTO settings (key, value) VALUES ('a', 'b')");
          psql(url, `SELECT pg_terminate_backend(${pid})`);
          await sql.run("INSERT INTO settings (key, value) VALUES ('c', 'd')");
        }),
      );
      expect(f.exit).toBe(5);
      expect(f.lines).toHaveLength(1);
      expect(f.lines[0]).toMatch(
        new RegExp(`^lost the connection to the PostgreSQL server at ${socketDir()}/\\.s\\.PGSQL\\.5432 \\(database ${nameOf(url)}\\): .+; the server rolls back what was not committed — check the server, then run the command again$`),
      );
      expect(psql(url, 'SELECT count(*) FROM settings').stdout.trim()).toBe('0');
    } finally {
      await sql.close();
    }
  });
});

/** A server of its own that asks one role for a password (the shared test server trusts everyone). */
describe.skipIf(skips(missing !== ''))(`passwords from the URL, PGPASSWORD and the password file${skipNote(missing !== '', missing)}`, () => {
  let cluster: Cluster;
  let home: string;
  let url: string;
  beforeAll(() => {
    cluster = startCluster(findPgBin()!);
    const hba = join(cluster.socketDir, 'data', 'pg_hba.conf');
    writeFileSync(hba, `local all alice scram-sha-256\n${readFileSync(hba, 'utf8')}`);
    const admin = pgUrl(cluster.socketDir, 'postgres');
    psql(admin, "CREATE ROLE alice LOGIN PASSWORD 'S3cret:pw'");
    psql(admin, 'CREATE DATABASE team OWNER alice');
    psql(admin, 'SELECT pg_reload_conf()');
    home = mkdtempSync(join(tmpdir(), 'incident-pgpass-'));
    url = pgUrl(cluster.socketDir, 'team', 'alice');
  });
  afterAll(() => {
    cluster?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  const whoAmI = async (target: string) => {
    const sql = await connectPg(target);
    try {
      return await sql.value('SELECT current_user');
    } finally {
      await sql.close();
    }
  };

  it('with no password anywhere, says so', async () => {
    const f = await withEnv({ HOME: home, PGPASSFILE: undefined, PGPASSWORD: undefined }, () => failure(connectPg(url)));
    expect(f.exit).toBe(5);
    expect(f.lines).toEqual([
      `the PostgreSQL server at ${cluster.socketDir}/.s.PGSQL.5432 refused role alice for database team (no password was given); check the role and its password (the URL, PGUSER, PGPASSWORD, ~/.pgpass or PGPASSFILE) and the server's pg_hba.conf`,
    ]);
  });

  it('takes the password from the URL, or PGPASSWORD; a wrong one is refused without showing it', async () => {
    expect(await whoAmI(url.replace('alice@', 'alice:S3cret%3Apw@'))).toBe('alice');
    expect(await withEnv({ PGPASSWORD: 'S3cret:pw' }, () => whoAmI(url))).toBe('alice');
    const f = await failure(connectPg(url.replace('alice@', 'alice:wrong-guess@')));
    expect(f.exit).toBe(5);
    expect(f.lines[0]).toContain('refused role alice for database team (password authentication failed for user "alice")');
    expect(f.lines.join('\n')).not.toContain('wrong-guess');
  });

  it('reads ~/.pgpass (its socket folder, or localhost), and PGPASSFILE instead when set; not a file others can read', async () => {
    const pgpass = join(home, '.pgpass');
    writeFileSync(pgpass, `# team server\nlocalhost:5432:team:alice:S3cret\\:pw\n`, { mode: 0o600 });
    expect(await withEnv({ HOME: home, PGPASSFILE: undefined, PGPASSWORD: undefined }, () => whoAmI(url))).toBe('alice');

    const other = join(home, 'other-pgpass');
    writeFileSync(other, `${cluster.socketDir}:*:*:alice:S3cret\\:pw\n`, { mode: 0o600 });
    writeFileSync(pgpass, 'localhost:5432:team:alice:wrong\n', { mode: 0o600 });
    expect(await withEnv({ HOME: home, PGPASSFILE: other, PGPASSWORD: undefined }, () => whoAmI(url))).toBe('alice');

    appendFileSync(other, '');
    chmodSync(other, 0o644);
    const f = await withEnv({ HOME: home, PGPASSFILE: other, PGPASSWORD: undefined }, () => failure(connectPg(url)));
    expect(f.lines[0]).toContain('(no password was given)');
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away PostgreSQL server for the tests (SPEC §15): its own cluster in a temporary folder,
 * listening only on a Unix socket there, fsync off. Started once per test run by
 * test/helpers/pg-global.ts; each test file makes its own databases in it with createDatabase().
 * As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */

/** The folder of the server's programs (initdb, pg_ctl, createdb, psql), or undefined when not installed. */
export function findPgBin(): string | undefined {
  const fromEnv = process.env.INCIDENT_PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return onPath ? onPath.slice(0, -'/initdb'.length) : undefined;
}

export interface Cluster {
  /** The folder holding the server's socket: the `host` of a connection. */
  socketDir: string;
  bin: string;
  stop(): void;
}

const asRoot = () => process.getuid?.() === 0;

/** Runs one of the server's programs, as `postgres` when we are root. */
function runPg(bin: string, program: string, args: string[]): string {
  const path = join(bin, program);
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function startCluster(bin: string): Cluster {
  const dir = mkdtempSync(join(tmpdir(), 'incident-pg-'));
  if (asRoot()) {
    const pg = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (pg.status !== 0) throw new Error('running as root needs a `postgres` user to run the test server');
    chownSync(dir, Number(pg.stdout), Number(gid.stdout));
  }
  const data = join(dir, 'data');
  runPg(bin, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const options = `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  runPg(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-s', 'start']);
  return {
    socketDir: dir,
    bin,
    stop() {
      try {
        runPg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-s', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The connection string of a database on the test server (a Unix socket, no password). */
export function pgUrl(socketDir: string, database: string, user = 'postgres'): string {
  return `postgres://${encodeURIComponent(user)}@/${encodeURIComponent(database)}?host=${encodeURIComponent(socketDir)}`;
}

let made = 0;

/**
 * A new, empty database on the test run's server, and its connection string. Undefined when no
 * server runs (PostgreSQL is not installed: the caller skips, saying so).
 */
export function createDatabase(prefix = 'test'): string | undefined {
  const socketDir = process.env.INCIDENT_TEST_PG_SOCKET;
  const bin = process.env.INCIDENT_TEST_PG_BIN;
  if (!socketDir || !bin) return undefined;
  const name = `${prefix}_${process.pid}_${++made}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  execFileSync(join(bin, 'createdb'), ['-h', socketDir, '-U', 'postgres', name], { stdio: ['ignore', 'pipe', 'pipe'] });
  return pgUrl(socketDir, name);
}

/**
 * Makes the database of `target` again as a copy of `source` (CREATE DATABASE … TEMPLATE: a file
 * copy on the server, faster than writing the records again). Nobody may be connected to either.
 */
export function cloneDatabase(source: string, target: string): void {
  const name = (url: string) => decodeURIComponent(url.replace(/^postgres:\/\/[^/]*\//, '').replace(/\?.*$/, ''));
  const server = target.replace(/\/[^/?]*\?/, '/postgres?');
  for (const sql of [`DROP DATABASE IF EXISTS "${name(target)}"`, `CREATE DATABASE "${name(target)}" TEMPLATE "${name(source)}"`]) {
    const r = psql(server, sql);
    if (r.status !== 0) throw new Error(`psql: ${r.stderr.trim()}`);
  }
}

/** Runs SQL through psql on a test database, as `user`; answers psql's unaligned output. */
export function psql(url: string, sql: string, user?: string): { status: number; stdout: string; stderr: string } {
  const bin = process.env.INCIDENT_TEST_PG_BIN ?? '';
  const target = user ? url.replace(/^postgres:\/\/[^@]*@/, `postgres://${encodeURIComponent(user)}@`) : url;
  const r = spawnSync(join(bin, 'psql'), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', target, '-c', sql], { encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Why the PostgreSQL tests do not run here, or '' when they do. */
export const pgMissing = (): string => (process.env.INCIDENT_TEST_PG_SOCKET ? '' : 'PostgreSQL server programs (initdb, pg_ctl) are not installed');

import { spawnSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { registerSearchFunctions } from '../../src/store/sqlite/search-index.js';
import { cloneDatabase, createDatabase, pgMissing, psql } from './pg-cluster.js';

/**
 * The backend the end-to-end tests run on: SQLite files by default; with INCIDENT_TEST_BACKEND=pg,
 * each sandbox's database is a fresh one on the run's throw-away PostgreSQL server (SPEC §15: one
 * conformance suite proves both). Tests of what only a file can do skip on PostgreSQL.
 */
export const BACKEND: 'sqlite' | 'pg' = process.env.INCIDENT_TEST_BACKEND === 'pg' ? 'pg' : 'sqlite';
export const onPg = BACKEND === 'pg';

/** The role every sandbox connects as on PostgreSQL (pg-cluster.ts pgUrl): the actor the server records. */
export const PG_ROLE = 'postgres';
/**
 * What a timeline event records for a command acting as `name` (INCIDENT_ACTOR, --actor, `check`,
 * `monitoring`): the name itself on a file; on PostgreSQL the role that connected, the name beside
 * it (SPEC §15, docs/team.md "Who did it").
 */
export const actedAs = (name: string) => (onPg ? { actor: PG_ROLE, onBehalfOf: name } : { actor: name });
/** Who made a record (createdBy, attachedBy) made by a command acting as `name`: on a server the role alone (no column for the name beside it). */
export const madeBy = (name: string) => (onPg ? PG_ROLE : name);

/** An SQL literal for a test's parameter, for psql (which takes no parameters on the command line). */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}

export const BIN = resolve(__dirname, '../../bin/incident.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Standard input: text, or bytes as they are (a mail in Shift_JIS). */
  input?: string | Buffer;
  cwd?: string;
}

/**
 * A temporary home for one test: its own database, never the user's. `run` starts the built CLI as a
 * separate process with no TTY (as cron or a pipe would) and a fixed environment.
 */
export class Sandbox {
  readonly dir: string;
  readonly db: string;
  env: Record<string, string | undefined>;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'incident-test-'));
    if (onPg) {
      const url = createDatabase('e2e');
      if (!url) throw new Error(`INCIDENT_TEST_BACKEND=pg: ${pgMissing()}`);
      this.db = url;
    } else {
      this.db = join(this.dir, 'incidents.db');
    }
    this.env = {
      PATH: process.env.PATH,
      HOME: this.dir,
      INCIDENT_DB: this.db,
      INCIDENT_ACTOR: 'tester',
      LANG: 'C',
      TZ: 'UTC',
    };
  }

  run(args: string[], opts: RunOptions = {}): RunResult {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      env: { ...this.env, ...opts.env },
      input: opts.input ?? '',
      cwd: opts.cwd ?? this.dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** Like run, with standard output on a descriptor of the test's (a file, /dev/full). */
  runWithStdout(args: string[], stdout: number, opts: RunOptions = {}): RunResult {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      env: { ...this.env, ...opts.env },
      stdio: ['pipe', stdout, 'pipe'],
      input: opts.input ?? '',
      cwd: opts.cwd ?? this.dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status ?? -1, stdout: '', stderr: r.stderr };
  }

  /** Like run, but without waiting: for concurrency tests. */
  start(args: string[], opts: RunOptions = {}): Promise<RunResult> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [BIN, ...args], { env: { ...this.env, ...opts.env }, cwd: opts.cwd ?? this.dir });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.stdin.end(opts.input ?? '');
      child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    });
  }

  /** Runs and parses stdout as JSON (adds --json). */
  json<T = any>(args: string[], opts: RunOptions = {}): T {
    const r = this.run([...args, '--json'], opts);
    if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  }

  /** The one value of a query that answers one row of one column (a count, a version, a max). */
  scalar<T = number>(sql: string, ...params: unknown[]): T {
    return Object.values(this.query(sql, ...params)[0] as Record<string, unknown>)[0] as T;
  }

  /** Reads the database directly, to check what landed. */
  query<T = any>(sql: string, ...params: unknown[]): T[] {
    return this.queryAt(this.db, sql, ...params);
  }

  /**
   * Another database of the sandbox's backend, empty: a file path in its folder (not created), or
   * a fresh database on the test server.
   */
  newDatabase(name: string): string {
    if (!onPg) return join(this.dir, `${name}.db`);
    const url = createDatabase('e2e');
    if (!url) throw new Error(`INCIDENT_TEST_BACKEND=pg: ${pgMissing()}`);
    return url;
  }

  /** Reads another database of the sandbox's backend (one of newDatabase) directly. */
  queryAt<T = any>(target: string, sql: string, ...params: unknown[]): T[] {
    if (onPg) {
      let i = 0;
      const text = sql.replace(/\?/g, () => literal(params[i++]));
      const r = psql(target, `SELECT coalesce(json_agg(q), '[]') FROM (${text}) q`);
      if (r.status !== 0) throw new Error(`psql: ${r.stderr.trim()}`);
      return JSON.parse(r.stdout) as T[];
    }
    const db = new Database(target, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }

  /**
   * Runs SQL statements (no parameters) on either backend, to set up a scenario the commands cannot
   * make. On PostgreSQL the search index is not written: use it for what no test searches. There
   * it runs as history an import writes (incident.keep_actors, which the server's superuser may
   * set): records may change without events, and events keep the actors they name.
   */
  exec(sql: string): void {
    if (onPg) {
      const r = psql(this.db, `SET incident.keep_actors = 'on'; ${sql}`);
      if (r.status !== 0) throw new Error(`psql: ${r.stderr.trim()}`);
      return;
    }
    const db = this.openDb();
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  }

  /**
   * This sandbox's database becomes a copy of another's (a scenario made once, used by many tests):
   * the file copied, or on PostgreSQL the database made again from the other as its template.
   */
  copyDatabaseFrom(other: Sandbox): void {
    if (onPg) cloneDatabase(other.db, this.db);
    else copyFileSync(other.db, this.db);
  }

  /**
   * A writable connection for setting up a scenario the commands cannot make. It registers the SQL
   * functions the search-index triggers call, as the CLI's own connections do.
   */
  openDb(): Database.Database {
    if (onPg) throw new Error('openDb() is SQLite only: set the scenario up with commands, or skip the test on PostgreSQL');
    const db = new Database(this.db);
    registerSearchFunctions(db);
    return db;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** ANSI escape sequences (colour, cursor): must never reach a pipe. */
export const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/;

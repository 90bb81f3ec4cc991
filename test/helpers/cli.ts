import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { registerSearchFunctions } from '../../src/store/sqlite/search-index.js';

export const BIN = resolve(__dirname, '../../bin/incident.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
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
    this.db = join(this.dir, 'incidents.db');
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
    const db = new Database(this.db, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }

  /**
   * A writable connection for setting up a scenario the commands cannot make. It registers the SQL
   * functions the search-index triggers call, as the CLI's own connections do.
   */
  openDb(): Database.Database {
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

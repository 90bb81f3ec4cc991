import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, type RunResult, type Sandbox } from './cli.js';

/** What a test asserts about a database after a fault: it opens, and SQLite finds nothing wrong. */
export function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n');
  } finally {
    db.close();
  }
}

/**
 * Every row of every table but the search index's, and the schema (indexes, triggers), as one digest:
 * equal before and after a refused or killed command proves it wrote nothing.
 */
export function contentDigest(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const h = createHash('sha256');
    const schema = db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).raw().all();
    h.update(JSON.stringify(schema));
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
    for (const t of tables) {
      const rows = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
      h.update(`${t}\u0000${rows.join('\n')}\u0000`);
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

/** A file's bytes as a digest, to prove a refused command left it as it was. */
export const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A stack trace line: never shown to a user (SPEC §6). */
export const STACK = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

/**
 * Runs the CLI with a crash point armed (store/faults.ts): the process SIGKILLs itself there.
 * Answers the signal it died of (null if it exited normally) and its exit code.
 */
export function runCrashing(sb: Sandbox, args: string[], point: string): { signal: NodeJS.Signals | null; code: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...sb.env, INCIDENT_CRASH_AT: point }, encoding: 'utf8', timeout: 60_000 });
  return { signal: r.signal, code: r.status };
}

/** Starts the CLI and SIGKILLs it after `afterMs`, wherever it is; resolves when it is gone. */
export function killAfter(sb: Sandbox, args: string[], afterMs: number): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: sb.env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal });
    });
  });
}

/**
 * Starts the CLI held at a fault point (INCIDENT_STALL_AT, src/store/faults.ts) until released: the
 * test knows for certain where the process is when it acts (`reached` resolves once it is there),
 * instead of guessing with a timer.
 */
export function startStalled(sb: Sandbox, args: string[], point: string) {
  const file = join(sb.dir, `stall-${point}-${++stalls}`);
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...sb.env, INCIDENT_STALL_AT: point, INCIDENT_STALL_FILE: file }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const reached = (async () => {
    for (let waited = 0; !existsSync(`${file}.stalled`); waited += 10) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited before ${point}: ${stderr}`);
      if (waited > 30_000) throw new Error(`never reached ${point}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    reached,
    done,
    /** Lets it go on from the point. */
    release: () => writeFileSync(file, ''),
    /** A power cut there. */
    kill: () => child.kill('SIGKILL'),
  };
}
let stalls = 0;

/** Runs the CLI as another user (for permission tests when the tests run as root, who ignores modes). */
export function runAs(sb: Sandbox, uid: number, args: string[]): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: sb.env, encoding: 'utf8', uid, gid: uid, cwd: '/', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** A small tmpfs for full-disk tests, or the reason there cannot be one here. */
export function mountTmpfs(dir: string, size: string): { ok: true; unmount: () => void } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'tmpfs needs Linux' };
  if (!isRoot()) return { ok: false, reason: 'mounting a tmpfs needs root' };
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { ok: false, reason: `mount refused: ${(r.stderr || r.error?.message || '').trim()}` };
  return {
    ok: true,
    unmount: () => {
      spawnSync('umount', [dir]);
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

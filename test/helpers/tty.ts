import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { BIN, type Sandbox } from './cli.js';

const DRIVER = resolve(__dirname, 'ptydriver.py');

/**
 * `expect` waits for new output matching a pattern (after the previous expect's match), `send` types
 * at once, `run` runs another command to its end. No step sleeps: answer a prompt after expecting it.
 */
export type Step = { expect: string; timeout?: number } | { send: string } | { run: string[] };

export interface TtyResult {
  code: number;
  output: string;
  failed: { step: number; expect: string } | null;
  /** Exit codes of the `run` steps, in order. */
  runs: number[];
}

/** Enter, Ctrl-C and arrow keys for TTY scripts. */
export const KEY = { enter: '\r', ctrlC: '\u0003', down: '\u001b[B', up: '\u001b[A' } as const;

/**
 * Runs the CLI in a real pseudo-terminal (stdin and stdout are TTYs) and plays `steps` against it,
 * as a person at a terminal would.
 */
export function runTty(sb: Sandbox, args: string[], steps: Step[], env: Record<string, string> = {}): TtyResult {
  const r = spawnSync('python3', ['-I', DRIVER, JSON.stringify(steps), '--', process.execPath, BIN, ...args], {
    env: { ...sb.env, COLUMNS: '100', LINES: '40', ...env },
    cwd: sb.dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`pty driver failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as TtyResult;
}

import type { Runtime } from '../../src/io/runtime.js';

/** A runtime with no terminal, capturing what the CLI writes: for fast in-process tests of help. */
export function memoryRuntime(argv: string[], env: Record<string, string> = {}): Runtime & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    argv,
    env: { LANG: 'C', TZ: 'UTC', INCIDENT_DB: ':memory:', ...env },
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: { isTTY: false, async *[Symbol.asyncIterator]() {} },
    osUser: () => 'tester',
    now: () => new Date('2026-11-23T00:00:00Z'),
    out: () => out,
    err: () => err,
  };
}

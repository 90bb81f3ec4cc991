import { fstatSync, statSync, writeSync } from 'node:fs';
import { storageError } from '../core/errors.js';
import { loadBuiltin } from './builtin.js';

/** node:os, loaded when first needed: most runs never ask for it, and loading it costs ≈ 0.4 ms. */
export const nodeOs = (): typeof import('node:os') => loadBuiltin<typeof import('node:os')>('node:os');

/** A stream we write to, as much of it as commands need (a TTY reports its width). */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface InStream extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

/**
 * Everything a command touches outside itself: streams, environment, clock and user. Injected so
 * every command runs in tests without a real terminal (as gh's IOStreams/Factory).
 */
export interface Runtime {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  /** The OS user name: the actor when neither --actor nor INCIDENT_ACTOR is given. */
  osUser: () => string;
  /** The real clock; `INCIDENT_NOW` overrides it (see clockFrom). */
  now: () => Date;
}

/**
 * A pipe, a file, a socket, or a device of /dev/null's kind (cron's `>/dev/null 2>&1`, /dev/full,
 * /dev/zero: the same major number): certainly not a terminal. Another character device may be one.
 * (Asking node:tty would load it and node:net, ≈ 2 ms.)
 */
function notTerminal(fd: number): boolean {
  try {
    const s = fstatSync(fd);
    return s.isFIFO() || s.isFile() || s.isSocket() || (s.isCharacterDevice() && s.rdev >> 8 === statSync('/dev/null').rdev >> 8);
  } catch {
    return false;
  }
}

/** What a failed write says: the system's reason without its code and call (`no space left on device`). */
export const writeFailure = (e: unknown): { code: string; reason: string } => {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  return { code, reason: String((e as Error).message ?? e).replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '') };
};

/**
 * Output to a pipe or a file, written straight to its descriptor: building process.stdout or
 * process.stderr costs ≈ 2–3 ms each (SPEC §13), and a command that prints once needs no stream.
 * A full non-blocking pipe (EAGAIN) is waited on; a reader that left (EPIPE, as `| head` does)
 * ends the output quietly. Any other failure (a full disk) is `failed`'s error (exit 5 naming it
 * for standard output); standard error, where that message would go, just stops.
 */
export function directOut(fd: number, failed = (e: unknown): Error => storageError('error.outputFailed', writeFailure(e))): OutStream {
  let closed = false;
  return {
    isTTY: false,
    // Bytes too: `attachment get` writes a file's content as it is.
    write(text: string | Uint8Array) {
      if (closed) return false;
      let buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
      while (buf.length) {
        try {
          buf = buf.subarray(writeSync(fd, buf));
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
            continue;
          }
          if (code === 'EPIPE' || fd === 2) {
            closed = true;
            return false;
          }
          throw failed(e);
        }
      }
      return true;
    },
  };
}

/** Whether a run handed out process.stdout, stderr or stdin: streams that may still be writing. */
let streamsInUse = false;

/**
 * True when everything the run wrote went straight to its descriptor, so the process may exit the
 * moment the command is done (bin/incident.js); otherwise it ends as usual, once streams are drained.
 */
export const mayExitAtOnce = (): boolean => !streamsInUse;

export function processRuntime(proc: NodeJS.Process): Runtime {
  const pipedOut = notTerminal(1);
  // Prompts draw on stderr as a stream; they are possible only when stdin and stdout are terminals.
  const mayPrompt = !pipedOut && !notTerminal(0);
  const pipedErr = !mayPrompt && notTerminal(2);
  if (!pipedOut || !pipedErr) streamsInUse = true;
  return {
    argv: proc.argv.slice(2),
    env: proc.env,
    stdout: pipedOut ? directOut(1) : proc.stdout,
    stderr: pipedErr ? directOut(2) : proc.stderr,
    // A getter: touching process.stdin sets up a stream (≈3 ms), needed only to prompt or read `-`.
    get stdin() {
      streamsInUse = true;
      return proc.stdin;
    },
    osUser: () => {
      try {
        return nodeOs().userInfo().username;
      } catch {
        return proc.env.USER || proc.env.USERNAME || 'unknown';
      }
    },
    now: () => new Date(),
  };
}

/** Reads all of a stream (a file given as `-`). */
export async function readAll(stream: InStream): Promise<string> {
  return (await readAllBytes(stream)).toString('utf8');
}

/** Reads all of a stream's bytes, for a reader that checks their encoding itself. */
export async function readAllBytes(stream: InStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

import { userInfo } from 'node:os';

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

export function processRuntime(proc: NodeJS.Process): Runtime {
  // `incident list | head`: the reader left; stop quietly instead of crashing with EPIPE.
  for (const stream of [proc.stdout, proc.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') proc.exit(0);
      throw e;
    });
  }
  return {
    argv: proc.argv.slice(2),
    env: proc.env,
    stdout: proc.stdout,
    stderr: proc.stderr,
    stdin: proc.stdin,
    osUser: () => {
      try {
        return userInfo().username;
      } catch {
        return proc.env.USER || proc.env.USERNAME || 'unknown';
      }
    },
    now: () => new Date(),
  };
}

/** Reads all of a stream (a file given as `-`). */
export async function readAll(stream: InStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString('utf8');
}

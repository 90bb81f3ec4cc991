import { expect } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { translator, type MessageKey, type MessageParams } from '../../src/i18n/index.js';

const en = translator('en');

/**
 * A refusal as a test reads it: the exit code, the message key and its values, and the English
 * lines the CLI prints for it (cli/run.ts: the message, then the hint filled with the same values).
 */
export interface Refusal {
  exit: number;
  key: MessageKey;
  params: MessageParams;
  hintKey: MessageKey | undefined;
  /** The message in English. */
  message: string;
  /** The hint line in English; null when the refusal has none. */
  hint: string | null;
}

export interface Expecting {
  /** The exit code every refusal through this call must have. */
  exit?: number;
  /** What was given, to name it when the check fails (a value typed, a key=value, a move from a state). */
  input?: string;
}

function read(e: unknown, expecting: Expecting): Refusal {
  // Anything but an AppError is a crash, not a refusal: it fails the test as it is.
  if (!(e instanceof AppError)) throw e;
  const r: Refusal = {
    exit: e.exitCode,
    key: e.key,
    params: e.params,
    hintKey: e.hintKey,
    message: en(e.key, e.params),
    hint: e.hintKey ? en(e.hintKey, e.params) : null,
  };
  if (expecting.exit !== undefined) expect(r.exit, expecting.input).toBe(expecting.exit);
  return r;
}

const accepted = (expecting: Expecting) => new Error(`expected a refusal${expecting.input === undefined ? '' : ` of ${expecting.input}`}, but it was accepted`);

/** Runs `run`, which must refuse (throw an AppError): the test fails if it returns or throws anything else. */
export function refusal(run: () => unknown, expecting: Expecting = {}): Refusal {
  try {
    run();
  } catch (e) {
    return read(e, expecting);
  }
  throw accepted(expecting);
}

/** Awaits `work`, which must be refused (reject with an AppError): the test fails if it resolves or rejects otherwise. */
export async function refusalOf(work: Promise<unknown> | (() => Promise<unknown>), expecting: Expecting = {}): Promise<Refusal> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (e) {
    return read(e, expecting);
  }
  throw accepted(expecting);
}

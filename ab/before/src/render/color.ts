import { Chalk, type ChalkInstance } from 'chalk';
import type { OutStream } from '../io/runtime.js';

/**
 * Decides colour ourselves, because chalk ignores NO_COLOR: off when the stream is not a TTY,
 * NO_COLOR is set, TERM=dumb or --no-color; FORCE_COLOR wins over all of them (SPEC §6).
 */
export function colorLevel(stream: OutStream, env: Record<string, string | undefined>, flag: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') {
    const n = Number(force);
    return (n >= 1 && n <= 3 ? n : 1) as 1 | 2 | 3;
  }
  if (!flag || !stream.isTTY) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}

export const makeChalk = (level: 0 | 1 | 2 | 3): ChalkInstance => new Chalk({ level });
export type { ChalkInstance };

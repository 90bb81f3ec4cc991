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

/**
 * chalk with no colour: every style, however chained, gives the text back as chalk at level 0
 * does (arguments joined by spaces). With it, piped output and --no-color never start chalk, whose
 * styles and instances cost ≈ 100 KB of objects at start-up (SPEC §13): the bundle loads chalk on
 * the first `new Chalk` (scripts/build.mjs).
 */
const COLOUR_MODELS = new Set(['rgb', 'hex', 'ansi256', 'bgRgb', 'bgHex', 'bgAnsi256']);
function noColour(visibleOnly: boolean): ChalkInstance {
  const self: ChalkInstance = new Proxy(function () {}, {
    get: (_target, key) =>
      key === 'level'
        ? 0
        : key === 'visible' // text that only shows with colour: none here
          ? invisible
          : typeof key === 'string' && COLOUR_MODELS.has(key) // chalk.hex('#f00') makes a style, not text
            ? () => self
            : self,
    apply: (_target, _this, args: unknown[]) => (visibleOnly ? '' : args.length === 1 ? `${args[0]}` : args.join(' ')),
  }) as unknown as ChalkInstance;
  return self;
}
const invisible = noColour(true);
const plain = noColour(false);

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return level === 0 ? plain : new Chalk({ level });
}
export type { ChalkInstance };

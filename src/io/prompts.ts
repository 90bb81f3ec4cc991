import { CancelledError } from '../core/errors.js';
import { inert } from '../core/controls.js';
import { styleText } from 'node:util';
import type { MessageKey, Translate } from '../i18n/index.js';
import type { Runtime } from './runtime.js';

/** The questions commands ask on a TTY. Drawn on stderr so stdout stays clean. */
export interface Prompter {
  text(message: string, opts?: { required?: boolean; default?: string }): Promise<string>;
  choice<T extends string>(message: string, choices: { value: T; name: string }[], fallback?: T): Promise<T>;
}

/** Ctrl-C at a prompt is a cancel (exit 130, nothing written), not a crash. */
async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new CancelledError();
    throw e;
  }
}

export async function createPrompter(ctx: { rt: Runtime; t: Translate; err?: { level: number } }): Promise<Prompter> {
  // The prompt library colours by the environment only, some of it when loaded: tell it about
  // --no-color before loading it.
  if (ctx.err?.level === 0 && !ctx.rt.env.FORCE_COLOR) process.env.NO_COLOR = '1';
  const { input, select } = await import('@inquirer/prompts');
  const context = { input: ctx.rt.stdin as NodeJS.ReadableStream, output: ctx.rt.stderr as NodeJS.WritableStream, clearPromptOnDone: false };
  // The list's key help (`↑↓ navigate • ⏎ select`) is the library's English: said in the user's language.
  const keyWords: Record<string, MessageKey> = { navigate: 'prompt.keys.navigate', select: 'prompt.keys.select' };
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, act]) => `${styleText('bold', key)} ${styleText('dim', keyWords[act] ? ctx.t(keyWords[act]) : act)}`).join(styleText('dim', ' • ')),
    },
  };
  return {
    text: (message, opts = {}) => {
      // A default is a stored value (kb edit): shown inert, and taken back as it is when accepted.
      const shown = opts.default === undefined ? undefined : inert(opts.default);
      return guard(
        input(
          {
            message,
            default: shown,
            validate: (v: string) => (!opts.required || v.trim() !== '' ? true : ctx.t('prompt.required')),
          },
          context,
        ),
      ).then((v) => (shown !== undefined && opts.default !== undefined && v.trim() === shown.trim() ? opts.default.trim() : v.trim()));
    },
    choice: (message, choices, fallback) => guard(select({ message, choices, default: fallback, theme }, context)),
  };
}

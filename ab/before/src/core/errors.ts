import type { MessageKey, MessageParams } from '../i18n/index.js';

/** Exit codes of SPEC §6. */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  notFound: 3,
  notAllowed: 4,
  storage: 5,
  attention: 6,
  cancelled: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error the user can act on. It carries a message key rather than text so that the CLI can say it
 * in the user's language; `message` holds the English text for logs and tests.
 */
export class AppError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly hintKey?: MessageKey,
  ) {
    super(key);
    this.name = 'AppError';
  }
}

export const usageError = (key: MessageKey, params?: MessageParams, hint?: MessageKey) =>
  new AppError(ExitCode.usage, key, params, hint);
export const notFound = (key: MessageKey, params?: MessageParams, hint?: MessageKey) =>
  new AppError(ExitCode.notFound, key, params, hint);
export const notAllowed = (key: MessageKey, params?: MessageParams, hint?: MessageKey) =>
  new AppError(ExitCode.notAllowed, key, params, hint);
export const storageError = (key: MessageKey, params?: MessageParams, hint?: MessageKey) =>
  new AppError(ExitCode.storage, key, params, hint);

/** The user pressed Ctrl-C at a prompt: nothing is written, exit 130. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

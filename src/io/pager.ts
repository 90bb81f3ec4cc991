import { loadBuiltin } from './builtin.js';
import type { Runtime } from './runtime.js';

/** `less` that quits when the text fits (-F), keeps colour (-R) and leaves the screen as it was (-X). */
export const DEFAULT_PAGER = 'less -FRX';

/** The pager to use: $INCIDENT_PAGER, else $PAGER, else less; empty or `cat` means none. */
export function pagerCommand(env: Record<string, string | undefined>): string | null {
  const cmd = (env.INCIDENT_PAGER ?? env.PAGER ?? DEFAULT_PAGER).trim();
  return cmd === '' || cmd === 'cat' ? null : cmd;
}

/** Terminal height: $LINES, else what the TTY reports, else 24. */
export function terminalRows(rt: Runtime): number {
  return Number(rt.env.LINES) || rt.stdout.rows || 24;
}

/**
 * Writes long output through the pager, only on a terminal and only when it does not fit (one line
 * is kept for the shell prompt). Piped output is never paged. If the pager cannot start, the text is
 * written as it is.
 */
export function pageOrWrite(rt: Runtime, text: string): void {
  const pager = pagerCommand(rt.env);
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (!pager || !rt.stdout.isTTY || !rt.stdin.isTTY || lines < terminalRows(rt)) {
    rt.stdout.write(text);
    return;
  }
  // Loaded here, not at start: node:child_process brings net, dgram and streams (≈ 3 ms of every run).
  const { spawnSync } = loadBuiltin<typeof import('node:child_process')>('node:child_process');
  const r = spawnSync(pager, {
    shell: true,
    input: text,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: { ...rt.env, LESS: rt.env.LESS ?? 'FRX', LV: rt.env.LV ?? '-c' },
  });
  if (r.error || (r.status === 127 && !r.signal)) rt.stdout.write(text);
}

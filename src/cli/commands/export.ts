import type { Command } from 'commander';
import { openOutputFile } from '../../io/output-file.js';
import { jsonEscaped } from '../../core/controls.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { time } from '../inputs.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface ExportOptions {
  since?: string;
  output?: string;
  includeSecrets?: boolean;
}

type Writable = { write(text: string): unknown; once?: (event: string, fn: () => void) => unknown };

/**
 * Writes with back-pressure (a terminal's stream), so a million incidents never pile up in memory.
 * On a terminal, DEL and C1 controls are escaped as JSON allows (`\u009b`: the same text once read
 * back), so a stored escape sequence cannot drive it; a file or a pipe gets the JSON as it is
 * made, without scanning every character again (core/controls.ts).
 */
const sinkFor = (out: Writable & { isTTY?: boolean }) => ({
  write: async (text: string) => {
    if (out.write(out.isTTY ? jsonEscaped(text) : text) === false && out.once) await new Promise<void>((done) => out.once!('drain', done));
  },
});

export async function runExport(ctx: Context, opts: ExportOptions): Promise<void> {
  const since = time(ctx, opts.since, 'since')?.toISOString();
  const { exportJsonl } = await import('../../app/transfer.js');
  const store = await ctx.store();
  const secrets = { includeSecrets: !!opts.includeSecrets, note: ctx.t('export.secretsLeftOut') };
  if (opts.output) {
    const file = openOutputFile(opts.output);
    try {
      const counts = await exportJsonl(store, sinkFor(file), since, secrets);
      file.commit();
      ctx.info('export.done', { ...counts, path: opts.output });
    } catch (e) {
      file.abandon();
      throw e;
    }
    return;
  }
  const counts = await exportJsonl(store, sinkFor(ctx.rt.stdout), since, secrets);
  ctx.info('export.done', { ...counts, path: '-' });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['export'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('export')
    .summary('write every incident (with its timeline), knowledge entry, link and setting as JSON Lines')
    .option('--since <time>', 'only incidents opened at or after (their timelines and links too)')
    .option('-o, --output <file>', 'write to this file (created 0600) instead of stdout')
    .option('--include-secrets', 'keep settings that hold a webhook secret (left out by default; the header names them)')
    .addHelpText('after', '\nExamples:\n  $ incident export > backup.jsonl\n  $ incident export --since 30d -o last-month.jsonl\n  $ incident export | incident import --db copy.db -')
    .action(action<ExportOptions>(rt, (ctx, opts) => runExport(ctx, opts)));
}

export const helpJa: HelpTable = {
  export: 'すべてのインシデント(経緯つき)、ナレッジ、紐付け、設定を JSON Lines で書き出す',
  'export --since': 'この時刻以降に起票したインシデントだけ(その経緯と紐付けも)',
  'export --output': '標準出力ではなくこのファイルに書き出す(権限 0600 で作成)',
  'export --include-secrets': 'Webhook の秘密を含む設定も書き出す(既定では除き、ヘッダーにそのキーを記す)',
};

import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { usageError } from '../../core/errors.js';
import { withoutBom } from '../../core/validate.js';
import { splitLines } from '../../io/lines.js';
import type { Context } from '../context.js';
import { readFailure } from '../../io/read-failure.js';

/** Opens FILE, or stdin for `-`, as a stream of lines (never the whole file in memory). */
export function readLines(ctx: Context, file: string): AsyncIterable<string> {
  let input: Readable;
  if (file === '-') {
    input = ctx.rt.stdin as unknown as Readable;
  } else {
    try {
      if (statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    } catch (e) {
      throw usageError('error.readFile', { path: file, reason: readFailure(e) });
    }
    input = createReadStream(file, { highWaterMark: 1 << 20 });
  }
  return (async function* () {
    let first = true;
    for await (const line of splitLines(input)) {
      // A byte-order mark from an editor is not part of the first record.
      yield first ? withoutBom(line) : line;
      first = false;
    }
  })();
}

/** `incident import --format jsonl`: reads an `incident export` back in one transaction. */
export async function runJsonlImport(ctx: Context, file: string): Promise<void> {
  const { importJsonl } = await import('../../app/transfer.js');
  const { RecordError } = await import('../../core/transfer.js');
  let counts;
  try {
    counts = await importJsonl(await ctx.store(), readLines(ctx, file));
  } catch (e) {
    // A value the commands would refuse: their own message, with the line's number.
    if (e instanceof RecordError) throw usageError('import.badRecord', { line: e.line, reason: ctx.t(e.error.key, e.error.params) });
    throw e;
  }
  if (ctx.opts.json) return ctx.printJson(counts);
  ctx.info('transfer.importDone', { ...counts });
}

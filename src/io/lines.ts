import { isUtf8 } from 'node:buffer';
import { usageError } from '../core/errors.js';

/**
 * The lines of a byte stream, as node:readline gives them (`crlfDelay: Infinity`): a line ends at
 * LF, CRLF or a lone CR, and a last line without an ending counts too. Each line is decoded from
 * UTF-8 once, straight from the chunk that holds it; readline decodes every chunk to a string first
 * and then cuts it with a regular expression, ≈ 30 % slower over an import's million lines.
 * A byte 0x0A is never part of a multi-byte UTF-8 character, so a line cut at one is whole.
 * Bytes that are not UTF-8 are exit 2 naming the line (counted as the lines yielded), never
 * replaced with U+FFFD in silence: only a line whose text holds U+FFFD is checked byte by byte.
 */
export async function* splitLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  // A line begun in earlier chunks and not yet ended.
  let pending: Buffer[] = [];
  let line = 0;
  const decode = (bytes: Buffer, end: number): string => {
    const text = bytes.toString('utf8', 0, end);
    if (text.includes('\ufffd') && !isUtf8(bytes.subarray(0, end))) throw usageError('import.badUtf8', { line: line + 1 });
    line += text.includes('\r') ? text.split('\r').length : 1;
    return text;
  };
  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    let start = 0;
    for (let lf = chunk.indexOf(10); lf !== -1; lf = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, lf);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      const text = decode(bytes, bytes.length && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length);
      // A lone CR ends a line too (old Mac files); JSON Lines never holds a raw one in a record.
      if (text.includes('\r')) yield* text.split('\r');
      else yield text;
      start = lf + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) {
    const bytes = Buffer.concat(pending);
    const text = decode(bytes, bytes.length);
    yield* (text.endsWith('\r') ? text.slice(0, -1) : text).split('\r');
  }
}

/**
 * The text of a whole file that must be UTF-8, or the number (from 1) of its first line that is not:
 * a file read whole is checked as `splitLines` checks a stream, never decoded with U+FFFD in silence.
 */
export function utf8Lines(bytes: Buffer): { text: string } | { badLine: number } {
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd') || isUtf8(bytes)) return { text };
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const lf = bytes.indexOf(10, start);
    const end = lf === -1 ? bytes.length : lf;
    if (!isUtf8(bytes.subarray(start, end))) return { badLine: line };
    start = end + 1;
  }
  return { badLine: line };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { splitLines } from '../../src/io/lines.js';

/** What node:readline makes of the same chunks: the behaviour `import` had before, the oracle. */
async function readlineLines(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) out.push(line);
  return out;
}

async function collect(chunks: (Buffer | string)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of splitLines(Readable.from(chunks))) out.push(line);
  return out;
}

/** Cuts bytes at the given offsets: chunk borders anywhere, inside a character or a CRLF too. */
const cutAt = (bytes: Buffer, cuts: number[]): Buffer[] => {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const c of [...at, bytes.length]) {
    if (c > start) chunks.push(bytes.subarray(start, c));
    start = Math.max(start, c);
  }
  return chunks;
};

describe('lines of an import file', () => {
  it('ends lines at LF, CRLF and a lone CR, keeps empty lines and a last line without an ending', async () => {
    expect(await collect(['{"a":1}\r\n{"b":"障害"}\n\n{"c":2}\r{"d":3}'])).toEqual(['{"a":1}', '{"b":"障害"}', '', '{"c":2}', '{"d":3}']);
    expect(await collect(['one\n'])).toEqual(['one']);
    expect(await collect([])).toEqual([]);
  });

  it('puts back a line and a character cut between chunks', async () => {
    const bytes = Buffer.from('証明書の期限切れ\r\nVPN 接続 😀\n');
    // Cut inside 証 (3 bytes), between CR and LF, and inside the emoji (4 bytes).
    const crlf = bytes.indexOf('\r\n');
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, crlf + 1), bytes.subarray(crlf + 1, bytes.length - 3), bytes.subarray(bytes.length - 3)];
    expect(await collect(chunks)).toEqual(['証明書の期限切れ', 'VPN 接続 😀']);
  });

  it('gives what node:readline gives, for any text cut into any chunks', async () => {
    const pieces = fc.constantFrom('a', 'Z', ' ', '{', '"', 'あ', '障', 'ｱ', '😀', 'é', '\n', '\r', '\r\n', '\t');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), fc.array(fc.nat(400), { maxLength: 8 }), async (parts, cuts) => {
        const chunks = cutAt(Buffer.from(parts.join('')), cuts);
        expect(await collect(chunks)).toEqual(await readlineLines(chunks));
      }),
      { numRuns: 300 },
    );
  });
});

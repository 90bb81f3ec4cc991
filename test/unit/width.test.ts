import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { displayWidth, needsSegments, PLAIN } from '../../src/render/text.js';
import { runs } from '../helpers/runs.js';

/** displayWidth skips string-width for plain text (start-up cost); it must answer the same. */
describe('displayWidth agrees with string-width', () => {
  it.each([
    'VPN に接続できない', '証明書の期限切れ（営業部）', 'ｶﾅ ＶＰＮ ｖｐｎ', 'Ω≈ç√∫ — “quotes” …', '①②③ ㈱ ㍻ ℃ ¥ € £',
    '한국어 텍스트', '中文文本，标点。', 'e\u0301', '👍🏽 👨‍👩‍👧', '🇯🇵', 'a\u200bb', '\u001b[31mred\u001b[0m', '〜～', '⚠️ 注意', '※ ☆ ★ ○ ● ◎ ◇ ◆ □ ■ △ ▲ ▽ ▼',
  ])('%s', (s) => expect(displayWidth(s)).toBe(stringWidth(s)));

  it('on random text from the planes people type in', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x2000, 0x2bff], [0x3000, 0x30ff], [0x3200, 0x33ff], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xff00, 0xffef], [0x1f300, 0x1faff]];
    const char = fc.constantFrom(...ranges).chain(([a, b]) => fc.integer({ min: a, max: b })).map((c) => String.fromCodePoint(c));
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }).map((a) => a.join('')), (s) => displayWidth(s) === stringWidth(s)), { seed: 7, numRuns: runs(3000) });
  });
});

/** PLAIN lets ordinary text skip the costly needsSegments class; it must never hide what that finds. */
describe('PLAIN', () => {
  it('holds no character needsSegments matches', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (PLAIN.test(ch)) expect(needsSegments(ch), `U+${c.toString(16)}`).toBe(false);
    }
  });
});

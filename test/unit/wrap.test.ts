import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { wrap } from '../../src/render/text.js';

describe('wrap (help text in both languages)', () => {
  it('breaks English at spaces', () => {
    expect(wrap('what was seen, error messages, who reported it', 20)).toBe('what was seen, error\nmessages, who\nreported it');
  });

  it('breaks Japanese between characters, never before closing punctuation', () => {
    const out = wrap('影響度と緊急度(→ 優先度)、カテゴリ、担当者を設定する(分類)', 20).split('\n');
    expect(out.every((l) => stringWidth(l) <= 21)).toBe(true);
    expect(out.some((l) => /^[、。)]/.test(l))).toBe(false);
    expect(out.join('').replace(/ /g, '')).toBe('影響度と緊急度(→優先度)、カテゴリ、担当者を設定する(分類)');
  });

  it('loses no character and keeps lines within the width (plus one for kinsoku)', () => {
    const text = fc.stringMatching(/^[a-zA-Z あいうえお漢字。、()ー]{0,80}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 10, max: 40 }), (s, w) => {
        const lines = wrap(s, w).split('\n');
        expect(lines.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
        // Only a single English word longer than the width may overflow.
        for (const l of lines) if (stringWidth(l) > w + 2) expect(l.trim()).toMatch(/^[a-zA-Z]+$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('wrap keeps katakana words whole', () => {
  it('moves ユーザー名 to the next line rather than splitting it', () => {
    expect(wrap('なければ OS のユーザー名', 14)).toBe('なければ OS の\nユーザー名');
  });
});

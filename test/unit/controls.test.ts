import { describe, expect, it } from 'vitest';
import { guardOutput, inert, jsonText, styled } from '../../src/core/controls.js';
import { format } from '../../src/i18n/index.js';
import { csvField, toTsv } from '../../src/render/rows.js';
import { truncate } from '../../src/render/text.js';

describe('inert: control characters shown, never acted on', () => {
  it('writes C0, DEL and C1 as \\xHH', () => {
    expect(inert('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(inert('\u009b31m\u009d0;x\u0007\u007f\u0000')).toBe('\\x9b31m\\x9d0;x\\x07\\x7f\\x00');
  });

  it('one line: tabs and line breaks become one space; multiline keeps LF and tab, CRLF becomes LF', () => {
    expect(inert('a\t\r\nb\nc')).toBe('a b c');
    expect(inert('a\r\nb\n\tc\rd', true)).toBe('a\nb\n\tc\\x0dd');
  });

  it('answers text without controls as it is (Japanese, emoji, U+00A0 and above)', () => {
    for (const s of ['VPN に接続できない', '👍🏽 ok', '\u00a0é', '\\x1b', 'שלום \u200f עברית']) expect(inert(s)).toBe(s);
  });

  it('writes the bidirectional embeddings, overrides and isolates as \\uHHHH: shown, they would reorder the text', () => {
    // A title that would read "VPN fixed" backwards on screen after the override.
    expect(inert('VPN \u202edexif\u202c')).toBe('VPN \\u202edexif\\u202c');
    expect(inert('\u202a\u202b\u202d\u2066\u2067\u2068\u2069', true)).toBe('\\u202a\\u202b\\u202d\\u2066\\u2067\\u2068\\u2069');
    expect(guardOutput('a\u202eb\n')).toBe('a\\u202eb\n');
  });
});

describe('guardOutput: the last guard before a stream', () => {
  it('keeps colour (SGR), tab, LF and CRLF; anything else is made inert', () => {
    const ours = '\u001b[1mINC-1\u001b[22m\tx\r\ny\n';
    expect(guardOutput(ours)).toBe(ours);
    expect(guardOutput('a\u001b[2J\u001b]0;T\u0007\rb\u009b1A')).toBe('a\\x1b[2J\\x1b]0;T\\x07\\x0db\\x9b1A');
  });
});

describe('messages', () => {
  it('make every string parameter inert and keep styled text of ours as it is', () => {
    expect(format('{ref} {title}', { ref: styled('\u001b[1mINC-1\u001b[22m'), title: 'T \u001b[2J' })).toBe('\u001b[1mINC-1\u001b[22m T \\x1b[2J');
    expect(format('{n|incident|incidents}', { n: 2 })).toBe('2 incidents');
  });
});

describe('JSON', () => {
  it('escapes DEL, C1 and U+2028/2029 too, and reads back the exact text', () => {
    const value = { title: 'T \u001b[2J \u009b31m \u007f \u2028 日本 \u202e \u2066' };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\u202e');
    expect(text).toContain('\\u009b');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('rows', () => {
  it('csv: a text cell that would run as a formula gets a leading apostrophe; numbers stay numbers', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('＝1+1')).toBe("'＝1+1");
    expect(csvField('  @x')).toBe("'  @x");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField('a-b')).toBe('a-b');
  });

  it('tsv and truncated table cells show controls inert', () => {
    expect(toTsv(['t'], [['a\u001b[2J\tb']], false)).toBe('a\\x1b[2J b\n');
    expect(truncate('T \u009b2J', 20)).toBe('T \\x9b2J');
  });
});

import { describe, expect, it } from 'vitest';
import { AppError, CancelledError, ExitCode, notAllowed, notFound, storageError, usageError } from '../../src/core/errors.js';
import { formatRef, oursLookalike, parseIncidentRef, parseRef, tryParseRef } from '../../src/core/refs.js';
import { checkText, cleanOptional, cleanText, normaliseTags, parseChoice, parseInteger, withoutBom } from '../../src/core/validate.js';
import { translator } from '../../src/i18n/index.js';
import { refusal } from '../helpers/refusal.js';

// What a user reads: the English line the CLI prints for a refusal, and its hint line (test/helpers/refusal.ts).
const en = translator('en');

describe('typed text (SPEC §11 entry rules; docs/export-import.md: 300 for titles, 200 for one-line fields, 100,000 for long text)', () => {
  it.each([
    ['  VPN down  ', 'title', 'VPN down'],
    ['VPN\tdown', 'title', 'VPN down'],
    ['VPN\n\n\tdown', 'title', 'VPN down'],
    ['VPN\r\ndown', 'title', 'VPN down'],
    ['line 1\r\nline 2', 'text', 'line 1\nline 2'],
    ['line 1\rline 2', 'text', 'line 1\nline 2'],
    ['line 1\n\n\tline 2\n', 'text', 'line 1\n\n\tline 2'],
    ['\u304b\u3099\u304d\u3099', 'short', 'がぎ'],
    ['証明書の期限切れ', 'title', '証明書の期限切れ'],
  ] as const)('%j as %s is kept as %j', (typed, kind, kept) => {
    expect(cleanText(typed, '--x', kind)).toBe(kept);
  });

  it.each(['a\u0000b', 'esc \u001b[31m', 'del \u007f', 'C1 \u0085', 'CSI \u009b', 'last C1 \u009f', 'vt \u000b'])(
    'refuses control characters: %j',
    (typed) => {
      expect(refusal(() => cleanText(typed, '--title', 'title'))).toMatchObject({ exit: 2, message: '--title contains control characters', hint: null });
      expect(refusal(() => cleanText(typed, '--description', 'text')).message).toBe('--description contains control characters');
    },
  );

  it.each(['', '   ', '\n\t ', '\u3000'])('refuses a blank value %j naming the flag', (typed) => {
    expect(refusal(() => cleanText(typed, '--title', 'title'))).toMatchObject({ exit: 2, message: '--title cannot be empty', hint: null });
  });

  it.each([
    ['title', 300],
    ['short', 200],
    ['text', 100_000],
  ] as const)('takes %s up to %i characters and refuses one more, saying how long it was', (kind, max) => {
    expect(cleanText('x'.repeat(max), '--v', kind)).toHaveLength(max);
    expect(refusal(() => cleanText('x'.repeat(max + 1), '--v', kind))).toMatchObject({
      exit: 2,
      message: `--v is too long (${max + 1} characters; at most ${max})`,
      hint: null,
    });
  });

  it('counts characters, not UTF-16 units: 300 kanji outside the BMP are a valid title, 301 are not', () => {
    expect([...cleanText('𠮷'.repeat(300), '--title', 'title')]).toHaveLength(300);
    expect(refusal(() => cleanText('𠮷'.repeat(301), '--title', 'title')).message).toBe('--title is too long (301 characters; at most 300)');
  });

  it('checks a one-line value by default (200 characters)', () => {
    expect(refusal(() => cleanText('x'.repeat(201), '--category')).message).toBe('--category is too long (201 characters; at most 200)');
    expect(cleanText('a\nb', '--category')).toBe('a b');
    expect(cleanOptional(undefined, '--scope')).toBeUndefined();
    expect(cleanOptional(' x ', '--scope')).toBe('x');
    expect(refusal(() => cleanOptional('x'.repeat(201), '--scope')).message).toBe('--scope is too long (201 characters; at most 200)');
    expect(cleanOptional('a\nb', '--scope', 'text')).toBe('a\nb');
  });
});

describe('imported text is checked by the same rules, never changed (docs/export-import.md)', () => {
  it.each([
    ['a title', 'title'],
    ['  spaces kept  ', 'title'],
    ['line 1\nline 2\twith a tab', 'text'],
    ['x'.repeat(300), 'title'],
    ['x'.repeat(200), 'short'],
    ['𠮷'.repeat(300), 'title'],
  ] as const)('accepts %j as %s', (text, kind) => {
    expect(() => checkText(text, 'title', kind)).not.toThrow();
  });

  it.each([
    ['a\tb', 'title', 'title contains control characters'],
    ['a\nb', 'short', 'assignee contains control characters'],
    ['a\u0000b', 'text', 'description contains control characters'],
    ['a\u007fb', 'text', 'description contains control characters'],
    ['', 'title', 'title cannot be empty'],
    ['  ', 'short', 'assignee cannot be empty'],
    ['x'.repeat(301), 'title', 'title is too long (301 characters; at most 300)'],
    ['x'.repeat(201), 'short', 'assignee is too long (201 characters; at most 200)'],
    ['x'.repeat(100_001), 'text', 'description is too long (100001 characters; at most 100000)'],
    ['𠮷'.repeat(301), 'title', 'title is too long (301 characters; at most 300)'],
  ] as const)('refuses %j as %s', (text, kind, message) => {
    const field = kind === 'title' ? 'title' : kind === 'short' ? 'assignee' : 'description';
    expect(refusal(() => checkText(text, field, kind))).toMatchObject({ exit: 2, message, hint: null });
  });

  it('lets a blank optional field through, but not control characters in it', () => {
    expect(() => checkText('', 'note', 'text', true)).not.toThrow();
    expect(() => checkText('  ', 'note', 'text', true)).not.toThrow();
    expect(refusal(() => checkText('a\u0001', 'note', 'text', true)).message).toBe('note contains control characters');
    expect(refusal(() => checkText('', 'note', 'text')).message).toBe('note cannot be empty');
  });
});

describe('a byte-order mark is not data', () => {
  it.each([
    ['\ufeffid,title', 'id,title'],
    ['id,title', 'id,title'],
    ['id\ufeff', 'id\ufeff'],
    ['\ufeff', ''],
    ['', ''],
  ])('%j reads as %j', (text, read) => {
    expect(withoutBom(text)).toBe(read);
  });
});

describe('a choice among known values (SPEC §3: high | medium | low)', () => {
  const LEVELS = ['high', 'medium', 'low'] as const;
  it.each([
    ['high', 'high'],
    ['HIGH', 'high'],
    ['  Low ', 'low'],
    ['ｍｅｄｉｕｍ', 'medium'],
  ])('%j means %j', (typed, level) => {
    expect(parseChoice(typed, 'impact', LEVELS)).toBe(level);
  });

  it('refuses an unknown value with the choices and the closest one', () => {
    expect(refusal(() => parseChoice('hihg', 'impact', LEVELS))).toMatchObject({
      exit: 2,
      message: '--impact must be one of high, medium, low, not "hihg"',
      hint: 'did you mean --impact high?',
    });
  });

  it('gives no hint when nothing is close', () => {
    expect(refusal(() => parseChoice('catastrophic', 'impact', LEVELS))).toMatchObject({
      exit: 2,
      message: '--impact must be one of high, medium, low, not "catastrophic"',
      hint: null,
    });
  });
});

describe('a whole number within bounds (`--limit`)', () => {
  it.each([
    ['0', 0],
    ['20', 20],
    [' 100 ', 100],
    ['００７', 7],
    ['-5', -5],
  ])('%j is %i', (typed, n) => {
    expect(parseInteger(typed, 'limit', -5, 100)).toBe(n);
  });

  it.each(['-6', '101', '', ' ', '1.5', '1e2', '0x10', '+3', '12abc', 'abc12', '-', '１２ab'])('refuses %j', (typed) => {
    expect(refusal(() => parseInteger(typed, 'limit', -5, 100))).toMatchObject({
      exit: 2,
      message: `--limit must be a whole number from -5 to 100, not "${typed}"`,
      hint: null,
    });
  });

  it('refuses a number too big to be exact', () => {
    expect(refusal(() => parseInteger('9007199254740993', 'limit', 0, Number.MAX_VALUE)).exit).toBe(2);
    expect(parseInteger('9007199254740991', 'limit', 0, Number.MAX_VALUE)).toBe(9007199254740991);
  });
});

describe('tags (docs/json.md: lower case, NFKC, spaces as `-`)', () => {
  it.each([
    [['VPN'], ['vpn']],
    [['Remote  Work'], ['remote-work']],
    [['a,b', 'B', 'c'], ['a', 'b', 'c']],
    [['ＶＰＮ 接続'], ['vpn-接続']],
    [[], []],
  ])('%j are %j', (typed, tags) => {
    expect(normaliseTags(typed)).toEqual(tags);
  });

  it('refuses an empty or over-long tag naming --tag', () => {
    expect(refusal(() => normaliseTags(['vpn,,mail'])).message).toBe('--tag cannot be empty');
    expect(refusal(() => normaliseTags(['x'.repeat(201)])).message).toBe('--tag is too long (201 characters; at most 200)');
  });
});

describe('ids (SPEC §3: `12`, `INC-12`, `inc-12` and `INC-0012` mean the same incident)', () => {
  it.each(['12', 'INC-12', 'inc-12', 'INC-0012', 'INC12', ' INC-12 ', 'ＩＮＣ－１２', '１２', '000000000000000000012'])('%j is incident 12', (typed) => {
    expect(parseRef('INC', typed)).toBe(12);
  });

  it.each([
    ['KB', 'KB-3', 3],
    ['KB', 'kb-3', 3],
    ['KB', '3', 3],
    ['PRB', 'PRB-0002', 2],
    ['INC', 'INC-1', 1],
    ['INC', '1', 1],
    ['INC', '999999999999999', 999999999999999],
  ] as const)('%s %j is %i', (kind, typed, n) => {
    expect(parseRef(kind, typed)).toBe(n);
  });

  it.each([
    ['INC', 'KB-3'],
    ['INC', 'INC-0'],
    ['INC', '0'],
    ['INC', ''],
    ['INC', 'INC-'],
    ['INC', '-12'],
    ['INC', 'INC-1.5'],
    ['INC', 'INC 12'],
    ['INC', 'INC-12x'],
    ['INC', 'xINC-12'],
    ['INC', '1234567890123456'],
    ['KB', 'INC-3'],
    ['PRB', 'KB-2'],
  ] as const)('refuses %s %j with an example', (kind, typed) => {
    expect(refusal(() => parseRef(kind, typed))).toMatchObject({
      exit: 2,
      message: `"${typed}" is not a valid ${kind} id (for example ${kind}-12)`,
      hint: null,
    });
  });

  it('names refs as users write them', () => {
    expect(formatRef('INC', 12)).toBe('INC-12');
    expect(formatRef('KB', 3)).toBe('KB-3');
    expect(formatRef('PRB', 2)).toBe('PRB-2');
  });

  it('answers null for what is not an id when a lookup may be something else', () => {
    expect(tryParseRef('PRB', 'prb-2')).toBe(2);
    expect(tryParseRef('KB', 'VPN')).toBeNull();
    expect(tryParseRef('KB', 'INC-3')).toBeNull();
  });
});

describe('an incident id as typed anywhere (ours, or another tracker’s ticket number)', () => {
  it.each([
    ['12', { id: 12, external: '12' }],
    [' 12 ', { id: 12, external: '12' }],
    ['0012', { id: 12, external: '0012' }],
    ['１２', { id: 12, external: '12' }],
    ['INC-12', { id: 12, external: null }],
    ['inc-0012', { id: 12, external: null }],
    ['ＩＮＣ－１２', { id: 12, external: null }],
    ['INC0000046', { id: null, external: 'INC0000046' }],
    ['IT-101', { id: null, external: 'IT-101' }],
    ['REQ_7.1:a#b/c', { id: null, external: 'REQ_7.1:a#b/c' }],
    ['障害-5', { id: null, external: '障害-5' }],
    ['2024-001', { id: null, external: '2024-001' }],
    ['SINC-12', { id: null, external: 'SINC-12' }],
    ['CASE.PRB-2', { id: null, external: 'CASE.PRB-2' }],
    ['PRB-2.1', { id: null, external: 'PRB-2.1' }],
    ['a'.repeat(100), { id: null, external: 'a'.repeat(100) }],
  ])('%j is %j', (typed, ref) => {
    expect(parseIncidentRef(typed)).toEqual(ref);
  });

  it.each(['KB-3', 'kb3', 'PRB-2', 'prb-0002', 'INC-0', 'INC-x', '0', '', '  ', 'two words', '-12', '#12', 'a'.repeat(101)])(
    'refuses %j as an incident id',
    (typed) => {
      expect(refusal(() => parseIncidentRef(typed))).toMatchObject({
        exit: 2,
        message: `"${typed}" is not a valid INC id (for example INC-12)`,
        hint: null,
      });
    },
  );

  it('shows a control character in a refused id escaped, never raw', () => {
    expect(refusal(() => parseIncidentRef('a\u0000b')).message).toBe('"a\\x00b" is not a valid INC id (for example INC-12)');
  });

  it.each([
    ['INC0000046', 'INC-46'],
    ['inc46', 'INC-46'],
    ['INC0000000', null],
    ['INC-46', null],
    ['IT-101', null],
    ['xINC46', null],
    ['INC46x', null],
  ])('%j may have meant %j', (external, ours) => {
    expect(oursLookalike(external)).toBe(ours);
  });
});

describe('exit codes (SPEC §6)', () => {
  it('has the documented numbers', () => {
    expect(ExitCode).toEqual({ ok: 0, internal: 1, usage: 2, notFound: 3, notAllowed: 4, storage: 5, attention: 6, cancelled: 130 });
  });

  it.each([
    [usageError, 2],
    [notFound, 3],
    [notAllowed, 4],
    [storageError, 5],
  ] as const)('an error of each kind exits with its code (%#)', (make, code) => {
    const e = make('error.badRef', { value: 'x', kind: 'INC', example: 'INC-12' }, 'error.choiceDidYouMean');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('AppError');
    expect(e.message).toBe('error.badRef');
    expect(e.exitCode).toBe(code);
    expect(en(e.key, e.params)).toBe('"x" is not a valid INC id (for example INC-12)');
    expect(e.hintKey).toBe('error.choiceDidYouMean');
    expect(make('error.badRef').params).toEqual({});
    expect(make('error.badRef').hintKey).toBeUndefined();
  });

  it('Ctrl-C at a prompt is a cancellation, not an error to report', () => {
    const e = new CancelledError();
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(AppError);
    expect(e.name).toBe('CancelledError');
    expect(e.message).toBe('cancelled');
  });
});

import { describe, expect, it } from 'vitest';
import { compilePattern, testPattern } from '../../src/core/pattern.js';

/** `title.pattern` on RE2 (docs/configuration.md): what it matches, and why it refuses a pattern. */

describe('title.pattern', () => {
  it.each([
    ['^\\[[A-Z]+\\] ', '[NET] VPN down', true],
    ['^\\[[A-Z]+\\] ', 'VPN down', false],
    ['VPN', 'the VPN is down', true],
    ['^VPN$', 'the VPN is down', false],
    ['(?i)vpn', 'VPN', true],
    ['\\p{Han}', 'VPN 接続', true],
    // Linear time: no hang on what makes a backtracking engine spin.
    ['(a|aa)+$', `${'a'.repeat(40)}b`, false],
  ])('%s on %s: %s', (pattern, title, want) => {
    expect(testPattern(pattern, title)).toBe(want);
    // The same again (the compiled pattern is kept).
    expect(testPattern(pattern, title)).toBe(want);
  });

  it.each([
    ['\\1', 'invalid escape sequence: `\\1`'],
    ['(?=x)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['(a', 'missing closing ): `(a`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
  ])('refuses %s: %s', (pattern, why) => {
    expect(compilePattern(pattern)).toEqual({ error: why });
    expect(testPattern(pattern, 'x')).toEqual({ error: why });
  });

  it('refuses a pattern longer than 1000 characters, counting characters', () => {
    expect(compilePattern('a'.repeat(1001))).toEqual({ error: 'longer than 1000 characters (1001)' });
    expect('error' in compilePattern('a'.repeat(1000))).toBe(false);
    // 1000 emoji are 2000 UTF-16 units but 1000 characters.
    const emoji = compilePattern('😀'.repeat(1000));
    expect('error' in emoji).toBe(false);
    expect((emoji as { test(s: string): boolean }).test('😀'.repeat(1000))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSize } from '../../src/core/config.js';
import { AppError } from '../../src/core/errors.js';
import { htmlToText } from '../../src/core/mail.js';
import { parseLevel } from '../../src/core/priority.js';
import { parseQuery } from '../../src/core/query.js';
import { parseDuration } from '../../src/core/time.js';

// Words looked up in our tables of names (levels, units, entities, search fields) are only the
// names we list: `constructor` or `__proto__` is a name every JavaScript object answers to, and
// a user may type it (a title, a mail, a typo) without meaning anything of ours.
const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('names every object has are not ours', () => {
  it.each(NAMES)('--impact %s is a bad level (exit 2)', (name) => {
    expect(() => parseLevel(name, 'impact')).toThrow(AppError);
  });
  it.each(NAMES)('a duration of 4%s is refused', (name) => {
    expect(() => parseDuration(`4${name.toLowerCase()}`, 'eta')).toThrow(AppError);
  });
  it.each(NAMES)('a size of 1%s is not a size', (name) => {
    expect(parseSize(`1${name}`)).toBeUndefined();
  });
  it.each(NAMES)('&%s; in a mail in HTML is kept as written', (name) => {
    expect(htmlToText(`<p>a &${name}; b</p>`)).toBe(`a &${name}; b`);
  });
  it.each(NAMES)('%s:x in a search names no field', (name) => {
    const q = parseQuery(`${name}:x`);
    expect(q.include.every((t) => t.field === null || t.field === undefined)).toBe(true);
  });
});

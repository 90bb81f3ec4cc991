import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalog, detectLang, format, translator } from '../../src/i18n/index.js';

/** The message catalogues: complete in both languages, and every key the code uses exists. */

const SRC = resolve(__dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const en = catalog('en');
  const ja = catalog('ja');

  it('have the same keys in English and Japanese, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    const empty = Object.entries({ ...en }).filter(([k, v]) => !v.trim() || !ja[k]?.trim());
    expect(empty.map(([k]) => k)).toEqual([]);
  });

  it('use the same {placeholders} in both languages', () => {
    const mismatched = Object.keys(en).filter((k) => placeholders(en[k]).join() !== placeholders(ja[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('have Japanese that is actually Japanese where the English has words', () => {
    // A copy of the English left in the Japanese catalogue by mistake.
    const same = Object.keys(en).filter((k) => en[k] === ja[k] && /[a-z]{4,} [a-z]{3,}/i.test(en[k].replace(/\{\w+\}|incident [\w -]+|--[\w-]+/g, '')));
    expect(same).toEqual([]);
  });

  it('hold every key the source code names', () => {
    const prefixes = new Set(Object.keys(en).map((k) => k.split('.')[0]));
    const missing: string[] = [];
    for (const file of files(SRC)) {
      if (file.includes(`${join('i18n', 'catalog')}`)) continue;
      const text = readFileSync(file, 'utf8');
      // Keys given to the message functions: t('open.opened'), ctx.info('list.empty'),
      // usageError('error.badRef', {…}, 'error.seeHelp'). Other dotted strings (config keys such as
      // 'ingest.autoResolve') are not messages and are left alone.
      for (const call of text.matchAll(/\b(?:t|info|hint|warn|fail|usageError|notFound|notAllowed|storageError|AppError)\(/g)) {
        const args = text.slice(call.index! + call[0].length).split(/\);?\s*\n/)[0];
        for (const m of args.matchAll(/['"]([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)+)['"]/g)) {
          const key = m[1];
          if (prefixes.has(key.split('.')[0]) && !(key in en)) missing.push(`${file}: ${key}`);
        }
        // Built keys such as t(`prompt.level.${l}`): some key must start with the fixed part.
        for (const m of args.matchAll(/`([a-z][A-Za-z]*\.(?:[A-Za-z0-9]+\.)*)\$\{/g)) {
          if (prefixes.has(m[1].split('.')[0]) && !Object.keys(en).some((k) => k.startsWith(m[1]))) missing.push(`${file}: ${m[1]}…`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('translator and language choice', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(format('imported {n|incident|incidents}', { n: 1 })).toBe('imported 1 incident');
    expect(format('imported {n|incident|incidents}', { n: 0 })).toBe('imported 0 incidents');
    expect(format('{n|row was|rows were} skipped', { n: 2 })).toBe('2 rows were skipped');
    expect(format('{n|incident|incidents}', {})).toBe('{n|incident|incidents}');
    expect(translator('ja')('open.opened', { ref: 'INC-1', priority: 'P1', title: 't' })).toContain('起票しました');
  });

  it.each([
    [undefined, {}, 'en'],
    [undefined, { LANG: 'ja_JP.UTF-8' }, 'ja'],
    [undefined, { LANG: 'C' }, 'en'],
    [undefined, { LANG: 'ja_JP.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'en'],
    [undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' }, 'ja'],
    ['en', { LANG: 'ja_JP.UTF-8' }, 'en'],
    ['ja', { LANG: 'C' }, 'ja'],
    ['JA', {}, 'ja'],
  ])('--lang %s with %j → %s', (flag, env, lang) => {
    expect(detectLang(flag, env as Record<string, string>)).toBe(lang);
  });
});

import { describe, expect, it } from 'vitest';
import { areas, catalog } from '../../src/i18n/index.js';

describe('message catalogue areas', () => {
  it('never define the same key twice (a later area would silently replace an earlier one)', () => {
    const seen = new Map<string, number>();
    const clashes: string[] = [];
    areas.forEach((area, i) => {
      for (const key of Object.keys(area.en())) {
        if (seen.has(key)) clashes.push(`${key} (areas ${seen.get(key)} and ${i})`);
        seen.set(key, i);
      }
    });
    expect(clashes).toEqual([]);
    expect(Object.keys(catalog('en'))).toHaveLength(seen.size);
  });

  it('declare the first word of each of their keys, so that a lookup finds every key', () => {
    const undeclared = areas.flatMap((area, i) =>
      Object.keys(area.en())
        .filter((key) => !area.prefixes.includes(key.split('.')[0]))
        .map((key) => `${key} (area ${i})`),
    );
    expect(undeclared).toEqual([]);
    // And nothing declared that no key uses (a stale word would send lookups to the area for nothing).
    const unused = areas.flatMap((area, i) => area.prefixes.filter((p) => !Object.keys(area.en()).some((k) => k.split('.')[0] === p)).map((p) => `${p} (area ${i})`));
    expect(unused).toEqual([]);
  });
});

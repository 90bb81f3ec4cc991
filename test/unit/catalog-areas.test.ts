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
});

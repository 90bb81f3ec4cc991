import { describe, expect, it } from 'vitest';
import type { ChangeContext } from '../../src/app/change.js';
import { openIncident, resolveIncident } from '../../src/app/incidents.js';
import { linkIncidents, unlinkIncidents } from '../../src/app/links.js';
import { incidentLinks } from '../../src/app/read.js';
import { DEFAULT_SLA } from '../../src/core/sla.js';
import { Store } from '../../src/store/index.js';
import { refusalOf } from '../helpers/refusal.js';

/** Links between incidents (SPEC §16) on an in-memory store: the rules a chain of links must keep. */

async function setUp(n: number) {
  const store = await Store.open(':memory:');
  const c: ChangeContext = { store, actor: 'unit', now: new Date('2026-11-23T01:00:00Z'), sla: DEFAULT_SLA };
  for (let i = 1; i <= n; i++) await openIncident(c, { title: `incident ${i}` });
  return { store, c };
}

describe('parent links', () => {
  it('never make a cycle, however long the chain (exit 2), and write nothing when refused', async () => {
    const { store, c } = await setUp(6);
    // 2 is a child of 1, 3 of 2, … 6 of 5.
    for (let i = 2; i <= 6; i++) await linkIncidents(c, i, i - 1, 'parent');
    const events = (await store.incidents.timeline(1)).length;
    // (1 and 2 are linked already: that is a second link, exit 4, not a cycle.)
    expect((await refusalOf(linkIncidents(c, 1, 2, 'parent'))).key).toBe('link.exists.parent');
    for (let below = 3; below <= 6; below++) {
      const e = await refusalOf(linkIncidents(c, 1, below, 'parent'));
      expect([e.exit, e.key], `1 under ${below}`).toEqual([2, 'link.cycle']);
    }
    expect((await store.incidents.timeline(1)).length).toBe(events);
    // Across branches it is no cycle: 6 may not take a second parent, but a new leaf may hang under 6.
    expect((await refusalOf(linkIncidents(c, 6, 3, 'parent'))).key).toBe('link.hasParent');
    await store.close();
  });

  it('resolve a whole tree with its root, grandchildren too, each event naming its own parent', async () => {
    const { store, c } = await setUp(5);
    await linkIncidents(c, 2, 1, 'parent');
    await linkIncidents(c, 3, 1, 'parent');
    await linkIncidents(c, 4, 2, 'parent');
    await linkIncidents(c, 5, 4, 'parent');
    const heard: string[] = [];
    await resolveIncident(c, 1, { resolution: 'root fixed', monitorSeconds: 3600, onChild: (child, parent) => heard.push(`${child.ref}<${parent.ref}`) });
    expect(heard).toEqual(['INC-2<INC-1', 'INC-4<INC-2', 'INC-5<INC-4', 'INC-3<INC-1']);
    for (const [id, parent] of [[2, 'INC-1'], [3, 'INC-1'], [4, 'INC-2'], [5, 'INC-4']] as const) {
      const i = (await store.incidents.get(id))!;
      expect([i.status, i.resolution], `INC-${id}`).toEqual(['resolved', 'root fixed']);
      expect((await store.incidents.lastEvent(id))?.data, `INC-${id}`).toEqual({ code: 'fixed', parent });
    }
    await store.close();
  });
});

describe('duplicate and related links', () => {
  it('point a duplicate at the original, never at another duplicate; unlinking either way removes the one link', async () => {
    const { store, c } = await setUp(3);
    await linkIncidents(c, 2, 1, 'duplicate');
    const e = await refusalOf(linkIncidents(c, 3, 2, 'duplicate'));
    expect([e.exit, e.key, e.params.original]).toEqual([2, 'link.duplicateOfDuplicate', 'INC-1']);
    await linkIncidents(c, 3, 1, 'related');
    expect(await incidentLinks(store, (await store.incidents.get(1))!)).toEqual({ related: ['INC-3'], duplicateOf: null, duplicates: ['INC-2'], parent: null, children: [] });
    expect((await unlinkIncidents(c, 1, 2)).removed).toEqual([{ from: 2, to: 1, kind: 'duplicate' }]);
    expect(await incidentLinks(store, (await store.incidents.get(2))!)).toEqual({ related: [], duplicateOf: null, duplicates: [], parent: null, children: [] });
    expect((await store.incidents.get(2))!.status).toBe('closed');
    await store.close();
  });
});

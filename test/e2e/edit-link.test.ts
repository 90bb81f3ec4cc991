import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, onPg, Sandbox } from '../helpers/cli.js';
import { KEY, runTty } from '../helpers/tty.js';

/**
 * Working an incident after it is opened (SPEC §16): `edit` corrects fields with one event per
 * change and the version check; `link`/`unlink` tie incidents as related, duplicate or parent.
 */

const T0 = '2026-11-23T01:00:00.000Z';
/** T0 + minutes, as INCIDENT_NOW. */
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

type Event = { kind: string; from: string | null; to: string | null; note: string | null; data: Record<string, unknown> | null };

describe('edit (SPEC §16)', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
    expect(sb.run(['config', 'set', 'categories', 'network,mail']).code).toBe(0);
    expect(sb.run(['config', 'set', 'title.minLength', '5']).code).toBe(0);
    // INC-1: P4 (medium × low, SPEC §4), with a scope and tags to change.
    expect(sb.run(['open', 'VPN 接続不可', '--impact', 'medium', '--urgency', 'low', '--scope', '本社', '--tag', 'vpn', '-q']).stdout).toBe('INC-1\n');
  });
  afterAll(() => sb.cleanup());

  it('changes each field with one event holding before and after; impact × urgency gives the priority again and moves the due times', () => {
    const before = sb.json(['show', 'INC-1']);
    expect(before.priority).toBe('P4');
    const r = sb.run(
      ['edit', 'INC-1', '--title', 'VPN: 大阪拠点から接続できない', '--description', '朝から全員', '--scope', '大阪拠点', '--category', 'Network',
        '--service', 'VPN', '--tag', 'vpn,osaka', '--impact', 'high', '--urgency', 'medium', '--json'],
      { env: { INCIDENT_NOW: at(10) } },
    );
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // high × medium is P2 (SPEC §4); P2 runs around the clock: 30m to respond, 8h to resolve, from the opening (SPEC §8).
    expect(out).toMatchObject({
      ref: 'INC-1',
      title: 'VPN: 大阪拠点から接続できない',
      description: '朝から全員',
      scope: '大阪拠点',
      category: 'network',
      service: 'VPN',
      tags: ['vpn', 'osaka'],
      impact: 'high',
      urgency: 'medium',
      priority: 'P2',
      status: 'open',
      responseDueAt: '2026-11-23T01:30:00.000Z',
      resolveDueAt: '2026-11-23T09:00:00.000Z',
      version: before.version + 1,
    });
    const shown = sb.json(['show', 'INC-1']);
    const edits = (shown.timeline as Event[]).filter((e) => e.kind === 'edited');
    expect(edits.map((e) => [e.data?.field, e.from, e.to])).toEqual([
      ['title', 'VPN 接続不可', 'VPN: 大阪拠点から接続できない'],
      ['description', null, '朝から全員'],
      ['scope', '本社', '大阪拠点'],
      ['category', null, 'network'],
      ['service', null, 'VPN'],
      ['tags', 'vpn', 'vpn, osaka'],
      ['impact', 'medium', 'high'],
      ['urgency', 'low', 'medium'],
      ['priority', 'P4', 'P2'],
    ]);
    expect(edits[5].data).toMatchObject({ from: ['vpn'], to: ['vpn', 'osaka'] });
    expect(edits[8].data).toMatchObject({ resolveDueAt: [before.resolveDueAt, '2026-11-23T09:00:00.000Z'] });
    // The text view names each change.
    const text = sb.run(['show', 'INC-1']).stdout;
    expect(text).toContain('edited priority P4 → P2');
    expect(text).toContain('edited title VPN 接続不可 → VPN: 大阪拠点から接続できない');
  });

  it('an empty value clears a field; the same values again write nothing and say so', () => {
    const version = sb.json(['show', 'INC-1']).version;
    const cleared = sb.run(['edit', '1', '--scope', '', '--tag', '']);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(cleared.stdout).toMatch(/^edited INC-1 P2 \(open\) VPN: 大阪拠点から接続できない\n$/);
    expect(cleared.stderr).toContain('scope, tags');
    const after = sb.json(['show', 'INC-1']);
    expect([after.scope, after.tags, after.version]).toEqual([null, [], version + 1]);
    const events = sb.scalar("SELECT count(*) FROM events WHERE incident_id = 1");
    const same = sb.run(['edit', 'INC-1', '--category', 'network', '--impact', 'high', '--title', 'VPN: 大阪拠点から接続できない']);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('');
    expect(same.stderr).toContain('INC-1 is unchanged');
    expect(sb.scalar("SELECT count(*) FROM events WHERE incident_id = 1")).toBe(events);
    expect(sb.json(['show', 'INC-1']).version).toBe(version + 1);
  });

  // The prompts are the same on both backends (the version check under them is the store's, tested below): SQLite only, to keep the suite fast.
  it.skipIf(onPg)('on a terminal asks each field with its current value (Enter keeps, - clears), and refuses the answers if someone changed the incident meanwhile (the prompts are the same on either backend: run on SQLite)', () => {
    const version = sb.json(['show', 'INC-1']).version;
    const ok = runTty(sb, ['edit', 'INC-1'], [
      { expect: 'Title' }, { send: KEY.enter },
      { expect: 'Description' }, { send: '-' + KEY.enter },
      { expect: 'Scope' }, { send: '大阪拠点の全員' + KEY.enter },
      { expect: 'Category' }, { send: KEY.enter },
      { expect: 'Service' }, { send: KEY.enter },
      { expect: 'Tags' }, { send: KEY.enter },
      { expect: 'Impact' }, { send: KEY.enter },
      { expect: 'Urgency' }, { send: KEY.enter },
      { expect: 'edited .*INC-1' },
    ]);
    expect(ok.failed, ok.output).toBeNull();
    expect(ok.code).toBe(0);
    expect(sb.json(['show', 'INC-1'])).toMatchObject({ title: 'VPN: 大阪拠点から接続できない', description: null, scope: '大阪拠点の全員', category: 'network', priority: 'P2', version: version + 1 });
    const events = sb.scalar('SELECT count(*) FROM events');
    const late = runTty(sb, ['edit', 'INC-1'], [
      { expect: 'Title' },
      { run: [process.execPath, BIN, 'assign', 'INC-1', 'suzuki', '--actor', 'suzuki'] },
      { send: 'VPN: 全拠点' + KEY.enter },
      { expect: 'Description' }, { send: KEY.enter },
      { expect: 'Scope' }, { send: KEY.enter },
      { expect: 'Category' }, { send: KEY.enter },
      { expect: 'Service' }, { send: KEY.enter },
      { expect: 'Tags' }, { send: KEY.enter },
      { expect: 'Impact' }, { send: KEY.enter },
      { expect: 'Urgency' }, { send: KEY.enter },
      { expect: 'changed by suzuki while you were answering' },
    ]);
    expect(late.failed, late.output).toBeNull();
    expect(late.runs).toEqual([0]);
    expect(late.code).toBe(4);
    expect(late.output).toContain('suzuki');
    // Only suzuki's assignment landed.
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(events + 1);
    expect(sb.json(['show', 'INC-1']).title).toBe('VPN: 大阪拠点から接続できない');
  });

  it('refuses a change made meanwhile (exit 4), bad values (exit 2), an unknown incident (exit 3) and a closed one (exit 4), writing nothing', () => {
    const version = sb.json(['show', 'INC-1']).version;
    const events = sb.scalar('SELECT count(*) FROM events');
    const stale = sb.run(['edit', 'INC-1', '--title', 'someone else was faster', '--expect-version', String(version - 1)]);
    expect(stale.code).toBe(4);
    expect(stale.stderr).toContain(`version ${version - 1} → ${version}`);
    for (const [args, code, text] of [
      [['edit', 'INC-1', '--category', 'netwrk'], 2, 'network'], // the controlled list, with the closest value
      [['edit', 'INC-1', '--title', 'VPN'], 2, '5'], // title.minLength
      [['edit', 'INC-1', '--title', ''], 2, '--title'],
      [['edit', 'INC-1', '--impact', 'huge'], 2, 'impact'],
      [['edit', 'INC-1'], 2, '--title'], // nothing to change, and no terminal to ask on
      [['edit', 'INC-9', '--title', 'nothing here'], 3, 'INC-9'],
    ] as const) {
      const r = sb.run([...args]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toContain(text);
      expect(r.stderr.trim().split('\n').length, args.join(' ')).toBeLessThanOrEqual(2);
    }
    expect(sb.run(['open', 'false alarm', '-q']).code).toBe(0);
    expect(sb.run(['cancel', 'INC-2', '--reason', 'not ours']).code).toBe(0);
    const final = sb.run(['edit', 'INC-2', '--title', 'too late to correct']);
    expect(final.code).toBe(4);
    expect(final.stderr).toContain('INC-2 is cancelled');
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(events + 2);
    expect(sb.json(['show', 'INC-1']).version).toBe(version);
  });
});

describe('link and unlink (SPEC §16)', () => {
  let sb: Sandbox;
  const show = (ref: string) => sb.json(['show', ref]);
  const ok = (args: string[], minutes = 0) => {
    const r = sb.run(args, { env: { INCIDENT_NOW: at(minutes) } });
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r;
  };
  beforeAll(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
    // INC-1 the outage; INC-2…4 reports of it; INC-5 a duplicate of INC-6; INC-7 and INC-8 for the refusals.
    for (const title of ['本社ネットワーク障害', '営業部: メールが送れない', '経理部: ファイルサーバに届かない', '総務部: Teams が落ちる', 'VPN 切断(再送)', 'VPN 切断', '別件', '孫']) {
      ok(['open', title, '-q']);
    }
  });
  afterAll(() => sb.cleanup());

  it('resolving a parent resolves its open children in the same run, each naming it; a child already resolved is left as it is', () => {
    expect(ok(['link', 'INC-1', 'INC-2', '--as', 'parent']).stdout).toBe('linked INC-1 as the parent of INC-2: resolving INC-1 resolves INC-2 while it is being worked on\n');
    ok(['link', 'INC-3', 'INC-1', '--as', 'child']);
    ok(['link', 'INC-4', 'INC-1', '--as', 'child']);
    ok(['resolve', 'INC-4', '--resolution', '自己解決', '--code', 'user-error'], 10);
    const r = ok(['resolve', 'INC-1', '--resolution', 'ルータ交換', '--code', 'vendor', '--json'], 30);
    expect(JSON.parse(r.stdout)).toMatchObject({ ref: 'INC-1', status: 'resolved', resolvedChildren: ['INC-2', 'INC-3'] });
    for (const child of ['INC-2', 'INC-3']) {
      const c = show(child);
      expect(c, child).toMatchObject({ status: 'resolved', resolution: 'ルータ交換', resolutionCode: 'vendor', resolvedAt: at(30), parent: 'INC-1', children: [] });
      expect(c.timeline.at(-1), child).toMatchObject({ kind: 'resolved', from: 'open', to: 'resolved', note: 'ルータ交換', data: { code: 'vendor', parent: 'INC-1' } });
    }
    expect(show('INC-4')).toMatchObject({ status: 'resolved', resolution: '自己解決', resolutionCode: 'user-error', resolvedAt: at(10), parent: 'INC-1' });
    expect(show('INC-1')).toMatchObject({ children: ['INC-2', 'INC-3', 'INC-4'], parent: null });
    const text = sb.run(['show', 'INC-2']).stdout;
    expect(text).toMatch(/^Parent +INC-1$/m);
    expect(text).toContain('resolved [vendor], with its parent INC-1: ルータ交換');
    expect(sb.run(['show', 'INC-1']).stdout).toMatch(/^Children +INC-2, INC-3, INC-4$/m);
    expect(ok(['list', '--parent', 'INC-1', '-q', '--sort', 'id']).stdout).toBe('INC-4\nINC-3\nINC-2\n');
  });

  it('a duplicate is closed pointing to its original; links show both ways; related is symmetric; unlink removes either way', () => {
    const r = ok(['link', 'INC-5', 'INC-6', '--as', 'duplicate', '--json'], 40);
    expect(JSON.parse(r.stdout)).toMatchObject({ ref: 'INC-5', status: 'closed', duplicateOf: 'INC-6', linked: { as: 'duplicate', incident: 'INC-6', added: true } });
    const dup = show('INC-5');
    expect(dup).toMatchObject({ status: 'closed', resolutionCode: 'duplicate', closedAt: at(40), resolvedAt: at(40), duplicateOf: 'INC-6', duplicates: [] });
    expect(dup.timeline.slice(-2)).toMatchObject([
      { kind: 'linked', to: 'INC-6', data: { link: 'original', incident: 'INC-6' } },
      { kind: 'closed', from: 'open', to: 'closed', data: { duplicateOf: 'INC-6' } },
    ]);
    expect(show('INC-6')).toMatchObject({ status: 'open', duplicates: ['INC-5'], duplicateOf: null });
    expect(sb.run(['show', 'INC-6']).stdout).toMatch(/^Duplicates +INC-5$/m);

    ok(['link', 'INC-6', 'INC-1']);
    expect([show('INC-1').related, show('INC-6').related]).toEqual([['INC-6'], ['INC-1']]);
    // A list's rows say the same as show (a script reads them from `list --json`).
    const rows = sb.json(['list', '--all']) as { ref: string; related: string[] }[];
    expect(Object.fromEntries(rows.filter((i) => i.related.length).map((i) => [i.ref, i.related]))).toEqual({ 'INC-1': ['INC-6'], 'INC-6': ['INC-1'] });
    // The same link again writes nothing.
    const events = sb.scalar('SELECT count(*) FROM events');
    const again = ok(['link', 'INC-1', 'INC-6', '--as', 'related']);
    expect(again.stderr).toContain('nothing written');
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(events);
    ok(['unlink', 'INC-1', 'INC-6']);
    expect([show('INC-1').related, show('INC-6').related]).toEqual([[], []]);
    // The duplicate's link goes; the duplicate stays closed.
    ok(['unlink', 'INC-6', 'INC-5']);
    expect(show('INC-5')).toMatchObject({ status: 'closed', duplicateOf: null });
  });

  it('refuses self-links and cycles (exit 2), a second link, a second parent or a closed duplicate (exit 4), unknown incidents (exit 3), writing nothing', () => {
    ok(['link', 'INC-8', 'INC-2', '--as', 'child']);
    const events = sb.scalar('SELECT count(*) FROM events');
    for (const [args, code, text] of [
      [['link', 'INC-1', 'INC-1'], 2, 'itself'],
      [['link', 'INC-8', 'INC-1', '--as', 'parent'], 2, 'cycle'], // INC-8 is below INC-2, below INC-1
      [['link', 'INC-1', 'INC-7', '--as', 'sibling'], 2, 'related, duplicate, parent, child'],
      [['link', 'INC-2', 'INC-1', '--as', 'related'], 4, 'INC-2 is already a child of INC-1'],
      [['link', 'INC-2', 'INC-7', '--as', 'child'], 4, 'INC-2 already has a parent, INC-1'],
      [['link', 'INC-5', 'INC-7', '--as', 'duplicate'], 4, 'INC-5 is closed'],
      [['link', 'INC-1', 'INC-99'], 3, 'INC-99'],
      [['unlink', 'INC-1', 'INC-7'], 3, 'not linked'],
    ] as const) {
      const r = sb.run([...args]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toContain(text);
    }
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(events);
  });

  it('export and import carry every link with its kind', () => {
    ok(['link', 'INC-7', 'INC-6', '--as', 'duplicate']);
    ok(['link', 'INC-3', 'INC-4']);
    const out = sb.run(['export']);
    expect(out.code, out.stderr).toBe(0);
    const copy = new Sandbox();
    try {
      const r = copy.run(['import', '-'], { input: out.stdout });
      expect(r.code, r.stderr).toBe(0);
      const links = (ref: string) => {
        const i = copy.json(['show', ref]);
        return [i.related, i.duplicateOf, i.duplicates, i.parent, i.children];
      };
      expect(links('INC-1')).toEqual([[], null, [], null, ['INC-2', 'INC-3', 'INC-4']]);
      expect(links('INC-8')).toEqual([[], null, [], 'INC-2', []]);
      expect(links('INC-6')).toEqual([[], null, ['INC-7'], null, []]);
      expect(links('INC-4')).toEqual([['INC-3'], null, [], 'INC-1', []]);
      expect(copy.json(['show', 'INC-7']).status).toBe('closed');
    } finally {
      copy.cleanup();
    }
  });
});

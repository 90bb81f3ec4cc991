import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { Sandbox } from '../helpers/cli.js';

/**
 * What a new user trips over (issue 21): an old tracker's number read as ours, an escalation that
 * took the owner away, `list --sort due` upside down, `show` leaving out what people look for, and an
 * incident opened without a priority that had no clock.
 */

const SLICE = join(resolve(__dirname, '../fixtures'), 'servicenow-event-log-slice.csv');
const T0 = '2026-11-23T01:00:00.000Z';
/** T0 + minutes, as INCIDENT_NOW. */
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

describe('an id in another tracker\'s form is looked up only as that (SPEC §3)', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
    expect(sb.run(['import', '--format', 'servicenow', SLICE, '-q']).code).toBe(0);
  });
  afterAll(() => sb.cleanup());

  it('after importing ServiceNow, INC0000046 is not our INC-46 (imported from INC0001894)', () => {
    expect(sb.json(['show', 'INC-46']).externalRef).toBe('INC0001894');
    const r = sb.run(['show', 'INC0000046']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('INC0000046');
    expect(r.stderr).toContain('INC-46');
    // The number it was imported under finds it, in any case; ours finds it in each of our forms.
    for (const id of ['INC0001894', 'inc0001894', '46', 'INC-46', 'inc-46', 'INC-0046', 'ＩＮＣ－４６']) {
      expect(sb.json(['show', id]).ref, id).toBe('INC-46');
    }
    // The incident imported as INC0000045 is found by that number, and is not INC-45.
    expect(sb.json(['show', 'INC0000045']).externalRef).toBe('INC0000045');
  });

  it('every command that takes an incident reads the id the same way', () => {
    const before = sb.scalar('SELECT count(*) FROM events');
    for (const args of [
      ['note', 'INC0000046', 'x'],
      ['classify', 'INC0000046', '--impact', 'high', '--urgency', 'high'],
      ['assign', 'INC0000046', 'tanaka'],
      ['escalate', 'INC0000046', '--reason', 'x'],
      ['resolve', 'INC0000046', '--resolution', 'x'],
      ['open', 'new one', '--related', 'INC0000046'],
    ]) {
      const r = sb.run(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr, args.join(' ')).toContain('INC0000046');
    }
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(before);
    // A knowledge entry or problem ref where an incident is wanted is a usage error.
    expect(sb.run(['show', 'KB-3']).code).toBe(2);
  });
});

describe('an id in another tracker\'s form, with no imports', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
    sb.env.INCIDENT_NOW = T0;
  });
  afterEach(() => sb.cleanup());

  it('INC0000003 is not INC-3: exit 3, nothing changed', () => {
    for (const title of ['first', 'second', 'third']) expect(sb.run(['open', title, '-q']).code).toBe(0);
    const r = sb.run(['show', 'INC0000003']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('INC-3');
    expect(sb.run(['show', 'INC3']).code).toBe(3);
    expect(sb.run(['cancel', 'INC0000003', '--reason', 'x']).code).toBe(3);
    expect(sb.json(['show', 'INC-0003'])).toMatchObject({ ref: 'INC-3', status: 'open', title: 'third' });
    expect(sb.json(['show', '3']).ref).toBe('INC-3');
  });
});

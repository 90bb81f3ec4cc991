import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(() => (sb = new Sandbox()));
afterEach(() => sb.cleanup());

describe('ingest settings through incident config', () => {
  it('validates mapping rules as ingest reads them, and ingest applies what config accepted', () => {
    expect(sb.run(['config', 'set', 'ingest.map.severity.critical', 'bogus']).code).toBe(2);
    expect(sb.run(['config', 'set', 'ingest.label.team', 'owner team']).code).toBe(2);
    expect(sb.query('SELECT count(*) AS n FROM settings')[0].n).toBe(0);
    expect(sb.run(['config', 'set', 'ingest.map.severity.critical', 'high/medium, team=infra']).code).toBe(0);
    expect(sb.run(['config', 'set', 'ingest.autoResolve', 'off']).code).toBe(0);
    const payload = JSON.stringify({ title: 'DB down', severity: 'critical', dedupKey: 'db1', status: 'firing' });
    expect(sb.run(['ingest', '-'], { input: payload }).code).toBe(0);
    const [incident] = sb.json(['list']);
    expect(incident).toMatchObject({ impact: 'high', urgency: 'medium', priority: 'P2', team: 'infra' });
    const resolved = JSON.stringify({ title: 'DB down', severity: 'critical', dedupKey: 'db1', status: 'resolved' });
    expect(sb.run(['ingest', '-'], { input: resolved }).code).toBe(0);
    expect(sb.json(['show', incident.ref]).status).toBe('open');
  });

  it('lists the ingest keys with their defaults, and suggests the right spelling', () => {
    // `config list` only reads: a database must be there (a missing one is exit 5).
    sb.run(['open', 'first']);
    const keys = sb.json(['config', 'list']).map((e: any) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['ingest.autoResolve', 'ingest.map.<label>.<value>', 'ingest.label.<field>']));
    const r = sb.run(['config', 'set', 'ingest.autoresolve', 'on']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ingest.autoResolve');
  });
});

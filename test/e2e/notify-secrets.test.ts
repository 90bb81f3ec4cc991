import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox, type RunResult } from '../helpers/cli.js';
import { LATEST_VERSION } from '../../src/store/sqlite/migrations.js';

/**
 * Webhook URLs are secrets (SPEC §15): user:password, path and query are shown nowhere a person or a
 * log sees them, only the origin; data files leave them out unless --include-secrets, and say so.
 */

const SECRETS = ['alice', 's3cr3t', 'T0SECRET', 'B0SECRET', 'tok123', '/hooks'];
const leaks = (text: string) => SECRETS.filter((s) => text.includes(s));
const both = (r: RunResult) => `${r.stdout}\n${r.stderr}`;

let sb: Sandbox;
let server: Server;
let port: number;
let mode: 'ok' | 'error' = 'error';
const received: { url: string; auth: string | undefined }[] = [];
const secretUrl = () => `http://alice:s3cr3t@127.0.0.1:${port}/hooks/T0SECRET/B0SECRET?token=tok123`;
const origin = () => `http://127.0.0.1:${port}`;

beforeEach(async () => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
  received.length = 0;
  mode = 'error';
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      received.push({ url: req.url ?? '', auth: req.headers.authorization });
      res.writeHead(mode === 'ok' ? 200 : 500).end(mode === 'ok' ? 'ok' : `no: ${req.url}`);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  port = (server.address() as AddressInfo).port;
  expect(sb.run(['config', 'set', 'notify.ops.url', secretUrl()]).code).toBe(0);
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  sb.cleanup();
});

describe('webhook secrets are shown as their origin only (SPEC §15)', () => {
  it('open and notify --now failures, notify --list: no user, password, path or query', async () => {
    const opened = await sb.start(['open', 'mail down', '--impact', 'high', '--urgency', 'high']);
    expect(opened.code).toBe(0);
    expect(opened.stderr).toMatch(/not delivered yet \(HTTP 500\)/);
    expect(leaks(both(opened))).toEqual([]);
    // The URL's user and password went as Basic authorization, the path and query as they are.
    expect(received).toEqual([{ url: '/hooks/T0SECRET/B0SECRET?token=tok123', auth: `Basic ${Buffer.from('alice:s3cr3t').toString('base64')}` }]);

    const now = await sb.start(['notify', '--now']);
    expect(now.stderr).toMatch(/failed \(HTTP 500\)/);
    expect(leaks(both(now))).toEqual([]);
    const nowJson = await sb.start(['notify', '--now', '--json']);
    expect(leaks(both(nowJson))).toEqual([]);

    // A stored error that quotes the URL (as fetch's own errors do) is shown down to its origin too.
    const db = sb.openDb();
    db.prepare('UPDATE outbox SET last_error = ?').run(`could not reach ${secretUrl()}`);
    db.close();
    for (const args of [['notify', '--list'], ['notify', '--list', '--json'], ['notify', '--list', '--format', 'csv']]) {
      const r = sb.run(args);
      expect(r.code).toBe(0);
      expect(leaks(both(r))).toEqual([]);
      expect(r.stdout).toContain(origin());
    }
    expect(JSON.parse(sb.run(['notify', '--list', '--json']).stdout)[0]).toMatchObject({ target: `${origin()}/…`, lastError: `could not reach ${origin()}/…` });

    mode = 'ok';
    expect((await sb.start(['notify', '--now'])).code).toBe(0);
    expect(sb.query('SELECT status FROM outbox')).toEqual([{ status: 'delivered' }]);
  });

  it('the outbox holds the rule and the origin; notify sends to the rule\'s URL as it is now, and fails a row whose rule lost its URL', async () => {
    const opened = await sb.start(['open', 'mail down', '--impact', 'high', '--urgency', 'high']);
    expect(opened.code).toBe(0);
    expect(sb.query('SELECT rule, target, status FROM outbox')).toEqual([{ rule: 'ops', target: `${origin()}/…`, status: 'pending' }]);
    expect(leaks(JSON.stringify(sb.query('SELECT * FROM outbox')))).toEqual([]);

    // A rotated secret is used at once, for what was queued before it too.
    expect(sb.run(['config', 'set', 'notify.ops.url', `http://127.0.0.1:${port}/rotated/B1?token=new`]).code).toBe(0);
    mode = 'ok';
    received.length = 0;
    expect(await sb.start(['notify', '--now'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(received).toEqual([{ url: '/rotated/B1?token=new', auth: undefined }]);

    // Queued, then its rule's URL taken away: nothing to send it to, no retry.
    mode = 'error';
    await sb.start(['open', 'disk full', '--impact', 'high', '--urgency', 'high']);
    expect(sb.run(['config', 'unset', 'notify.ops.url']).code).toBe(0);
    const gone = await sb.start(['notify', '--now']);
    expect(gone).toMatchObject({ code: 0, stdout: '' });
    expect(gone.stderr).toBe('notification opened INC-2 → ops failed (no webhook URL: notify.ops.url is not set); gave up after 2 tries (incident notify --retry-failed)\n');
    expect(sb.query('SELECT status FROM outbox ORDER BY id')).toEqual([{ status: 'delivered' }, { status: 'failed' }]);
  });

  it('a database from before version 17 keeps only the origin of the webhooks it had queued', () => {
    expect(sb.run(['open', 'x', '--impact', 'low', '--urgency', 'low']).code).toBe(0);
    const db = sb.openDb();
    db.prepare('UPDATE outbox SET target = ?').run(secretUrl());
    db.pragma('user_version = 16');
    db.close();
    expect(sb.run(['list', '-q']).stdout).toBe('INC-1\n');
    expect(sb.query('SELECT target FROM outbox')).toEqual([{ target: `${origin()}/…` }]);
    expect(sb.scalar('PRAGMA user_version')).toBe(LATEST_VERSION);
  });

  it('config set, get and list show the origin only, in every format', () => {
    const set = sb.run(['config', 'set', 'notify.ops.url', secretUrl()]);
    expect(set.stderr.trim()).toBe(`notify.ops.url = ${origin()}/…`);
    expect(sb.run(['config', 'get', 'notify.ops.url']).stdout).toBe(`${origin()}/…\n`);
    for (const args of [['config', 'get', 'notify.ops.url', '--json'], ['config', 'list'], ['config', 'list', '--json'], ['config', 'list', '--format', 'csv']]) {
      const r = sb.run(args);
      expect(r.code).toBe(0);
      expect(leaks(both(r))).toEqual([]);
      expect(r.stdout).toContain(origin());
    }
    // A refused URL is not echoed whole either.
    const refused = sb.run(['config', 'set', 'notify.bad.url', 'ftp://alice:s3cr3t@127.0.0.1/hooks/T0SECRET']);
    expect(refused.code).toBe(2);
    expect(leaks(both(refused))).toEqual([]);
    // A command that posts to a webhook holds its URL too.
    sb.run(['config', 'set', 'notify.curl.command', `curl -sS --data-binary @- https://hooks.example.com/services/T0SECRET/B0SECRET`]);
    expect(sb.run(['config', 'get', 'notify.curl.command']).stdout).toBe('curl -sS --data-binary @- https://hooks.example.com/…\n');
  });

  it('config export leaves secrets out and says so in its header; --include-secrets keeps them; import --replace keeps what was left out', () => {
    sb.run(['config', 'set', 'sla.P1.resolve', '2h']);
    const out = sb.run(['config', 'export']);
    expect(out.code).toBe(0);
    expect(leaks(out.stdout)).toEqual([]);
    const data = JSON.parse(out.stdout);
    expect(Object.keys(data)[0]).toBe('#');
    expect(data['#'].secretsLeftOut).toEqual(['notify.ops.url']);
    expect(data['#'].note).toMatch(/secrets left out.*--include-secrets/);
    expect(data['sla.P1.resolve']).toBe('2h');
    expect('notify.ops.url' in data).toBe(false);

    const file = join(sb.dir, 'rules.json');
    expect(sb.run(['config', 'export', file]).code).toBe(0);
    expect(leaks(readFileSync(file, 'utf8'))).toEqual([]);

    const whole = JSON.parse(sb.run(['config', 'export', '--include-secrets']).stdout);
    expect(whole).toEqual({ 'notify.ops.url': secretUrl(), 'sla.P1.resolve': '2h' });

    // Round trip without the secret: the header is no key, and --replace keeps the URL it left out.
    expect(sb.run(['config', 'import', '--replace', file]).code).toBe(0);
    expect(sb.query("SELECT value FROM settings WHERE key = 'notify.ops.url'")).toEqual([{ value: secretUrl() }]);
  });

  it('export leaves the secret settings out and names them in its header; --include-secrets keeps them', () => {
    sb.run(['open', 'x', '--impact', 'low', '--urgency', 'low']);
    const out = sb.run(['export']);
    expect(out.code).toBe(0);
    expect(leaks(out.stdout)).toEqual([]);
    const [header, ...rest] = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(header).toMatchObject({ type: 'header', secretsLeftOut: ['notify.ops.url'] });
    expect(header.note).toMatch(/secrets left out.*--include-secrets/);
    expect(rest.filter((l) => l.type === 'setting')).toEqual([]);

    const file = join(sb.dir, 'all.jsonl');
    expect(sb.run(['export', '-o', file]).code).toBe(0);
    expect(leaks(readFileSync(file, 'utf8'))).toEqual([]);

    const whole = sb.run(['export', '--include-secrets']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(whole[0].secretsLeftOut).toBeUndefined();
    expect(whole.filter((l) => l.type === 'setting')).toEqual([{ type: 'setting', key: 'notify.ops.url', value: secretUrl() }]);
  });
});

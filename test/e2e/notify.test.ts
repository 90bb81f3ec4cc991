import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onPg, Sandbox } from '../helpers/cli.js';

/**
 * Webhooks against a real HTTP server on 127.0.0.1 inside the test. The CLI runs as a separate
 * process started asynchronously (Sandbox.start), so this process's event loop keeps serving.
 */

type Mode = 'ok' | 'error' | 'hang';
interface Hook {
  url: string;
  bodies: any[];
  mode: Mode;
  server: Server;
  hanging: ServerResponse[];
}

function startHook(port = 0): Promise<Hook> {
  const hook = { bodies: [], mode: 'ok', hanging: [] } as unknown as Hook;
  hook.server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (hook.mode === 'hang') return void hook.hanging.push(res);
      if (hook.mode === 'error') return void res.writeHead(500).end('boom');
      hook.bodies.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  return new Promise((done) =>
    hook.server.listen(port, '127.0.0.1', () => {
      hook.url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hooks/incident`;
      done(hook);
    }),
  );
}

function stopHook(hook: Hook): Promise<void> {
  for (const r of hook.hanging) r.destroy();
  hook.server.closeAllConnections();
  return new Promise((done) => hook.server.close(() => done()));
}

let sb: Sandbox;
let hook: Hook;
const T0 = Date.parse('2026-11-23T01:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const run = (minutes: number, ...args: string[]) => sb.start(args, { env: { INCIDENT_NOW: at(minutes) } });
const outbox = () => sb.query<{ id: number; event: string; status: string; attempts: number; rule: string }>('SELECT * FROM outbox ORDER BY id');

beforeEach(async () => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = at(0);
  hook = await startHook();
  sb.run(['config', 'set', 'notify.ops.url', hook.url]);
});
afterEach(async () => {
  await stopHook(hook);
  sb.cleanup();
});

describe('webhook notifications (SPEC §8)', () => {
  it('delivers a Slack-compatible body right after the change', async () => {
    const r = await run(0, 'open', 'VPN に接続できない', '--impact', 'high', '--urgency', 'high', '--assignee', 'tanaka', '-q');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('INC-1');
    expect(hook.bodies).toHaveLength(1);
    expect(hook.bodies[0]).toMatchObject({
      event: 'opened',
      ref: 'INC-1',
      title: 'VPN に接続できない',
      priority: 'P1',
      status: 'open',
      assignee: 'tanaka',
      actor: 'tester',
    });
    expect(hook.bodies[0].text).toContain('INC-1');
    expect(hook.bodies[0].text).toContain('VPN に接続できない');
    expect(outbox()).toMatchObject([{ event: 'opened', status: 'delivered', attempts: 1 }]);
    // Nothing left to send: notify is quiet and sends nothing again.
    const n = await run(10, 'notify');
    expect(n).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(hook.bodies).toHaveLength(1);
  });

  it('keeps the change when the endpoint is down, and delivers once when it is back', async () => {
    await stopHook(hook);
    let r = await run(0, 'open', 'mail down', '--impact', 'high', '--urgency', 'medium');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('incident notify');
    expect(sb.json(['show', 'INC-1']).status).toBe('open');
    expect(outbox()).toMatchObject([{ status: 'pending', attempts: 1 }]);
    const listed = JSON.parse((await run(0, 'notify', '--list', '--json')).stdout);
    expect(listed).toMatchObject([{ status: 'pending', event: 'opened', ref: 'INC-1', attempts: 1 }]);
    expect(listed[0].lastError).toBeTruthy();

    // Back on the same port.
    hook = await startHook(Number(new URL(hook.url).port));
    // Before its back-off ends nothing is tried; after it, delivered once.
    r = await run(0, 'notify');
    expect(hook.bodies).toHaveLength(0);
    r = await run(30, 'notify');
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(hook.bodies).toHaveLength(1);
    expect(hook.bodies[0]).toMatchObject({ ref: 'INC-1', event: 'opened' });
    await run(60, 'notify', '--now');
    await run(600, 'notify');
    expect(hook.bodies).toHaveLength(1);
    expect(outbox()).toMatchObject([{ status: 'delivered', attempts: 2 }]);
    expect((await run(600, 'notify', '--list')).stdout).toBe('');
  });

  it('several notify runs at once send each notification once', async () => {
    const port = Number(new URL(hook.url).port);
    await stopHook(hook);
    for (let i = 1; i <= 8; i++) sb.run(['open', `alert ${i}`, '--impact', 'high', '--urgency', 'high', '-q']);
    expect(outbox().filter((n) => n.status === 'pending')).toHaveLength(8);
    hook = await startHook(port);
    await Promise.all([run(30, 'notify', '--now'), run(30, 'notify', '--now'), run(30, 'notify', '--now')]);
    expect(hook.bodies.map((b) => b.ref).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `INC-${i + 1}`).sort());
    expect(outbox().every((n) => n.status === 'delivered')).toBe(true);
  });

  it('a slow endpoint does not hold the command, and the notification stays pending', async () => {
    hook.mode = 'hang';
    sb.run(['config', 'set', 'notify.timeout', '1s']);
    const r = await run(0, 'open', 'disk full', '--impact', 'medium', '--urgency', 'high');
    // The server still holds the request unanswered, yet the command has finished and its change is in.
    expect(hook.hanging.length).toBe(1);
    expect(r.code).toBe(0);
    expect(sb.json(['show', 'INC-1']).title).toBe('disk full');
    expect(outbox()).toMatchObject([{ status: 'pending', attempts: 1 }]);
    expect(r.stderr).toMatch(/timed out/);
  });

  it('gives up after notify.maxAttempts with exponential back-off; --retry-failed queues it again', async () => {
    hook.mode = 'error';
    sb.run(['config', 'set', 'notify.maxAttempts', '3']);
    await run(0, 'open', 'x1', '--impact', 'high', '--urgency', 'high');
    const times = () => sb.query<{ next_attempt_at: string }>('SELECT next_attempt_at FROM outbox')[0].next_attempt_at;
    expect(times()).toBe(at(1)); // 1m after the first try
    await run(1, 'notify');
    expect(times()).toBe(at(3)); // then 2m
    const last = await run(3, 'notify');
    expect(last.stderr).toMatch(/gave up after 3/);
    expect(outbox()).toMatchObject([{ status: 'failed', attempts: 3 }]);
    expect(JSON.parse((await run(4, 'notify', '--list', '--json')).stdout)).toMatchObject([{ status: 'failed', lastError: 'HTTP 500' }]);
    hook.mode = 'ok';
    await run(10, 'notify', '--retry-failed');
    expect(hook.bodies).toHaveLength(1);
    expect(outbox()).toMatchObject([{ status: 'delivered' }]);
  });

  it('follows the rules: events and priority', async () => {
    sb.run(['config', 'set', 'notify.ops.on', 'escalated,breach,resolved']);
    sb.run(['config', 'set', 'notify.ops.priority', 'P2']);
    await run(0, 'open', 'minor', '--impact', 'low', '--urgency', 'medium');
    await run(0, 'open', 'major outage', '--impact', 'high', '--urgency', 'high');
    expect(hook.bodies).toHaveLength(0);
    await run(1, 'escalate', 'INC-1', '--reason', 'vendor');
    await run(1, 'escalate', 'INC-2', '--reason', 'vendor');
    expect(hook.bodies.map((b) => [b.ref, b.event])).toEqual([['INC-2', 'escalated']]);
    await run(2, 'escalate', 'INC-1', '--reason', 'all sites', '--major');
    expect(hook.bodies.map((b) => [b.ref, b.event])).toEqual([['INC-2', 'escalated'], ['INC-1', 'escalated']]);
  });

  it('check notifies a breach once, however often it runs', async () => {
    sb.run(['config', 'set', 'notify.ops.on', 'breach']);
    await run(0, 'open', 'P1', '--impact', 'high', '--urgency', 'high');
    await run(20, 'check');
    await run(21, 'check');
    await run(22, 'check', '--escalate');
    expect(hook.bodies.map((b) => b.event)).toEqual(['breach']);
    expect(hook.bodies[0]).toMatchObject({ ref: 'INC-1', actor: 'check', data: { due: 'response' } });
    expect(hook.bodies[0].text).toMatch(/SLA breach/);
  });

  it('runs a command with the event JSON on stdin', async () => {
    const file = join(sb.dir, 'event.json');
    sb.run(['config', 'unset', 'notify.ops.url']);
    // A database on a server is shared: a command target lives in one's own config file there (SPEC §15).
    if (onPg) {
      writeFileSync(join(sb.dir, 'own-config'), `notify.pager.command = cat > '${file}'\n`, { mode: 0o600 });
      sb.env.INCIDENT_CONFIG = join(sb.dir, 'own-config');
    } else {
      sb.run(['config', 'set', 'notify.pager.command', `cat > '${file}'`]);
    }
    sb.run(['config', 'set', 'notify.pager.on', 'resolved']);
    await run(0, 'open', 'printer jam', '--impact', 'low', '--urgency', 'low');
    expect(existsSync(file)).toBe(false);
    const resolved = await run(5, 'resolve', 'INC-1', '--resolution', 'cleared the tray');
    expect(resolved.stderr).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ event: 'resolved', ref: 'INC-1', status: 'resolved', note: 'cleared the tray' });
    expect(outbox()).toMatchObject([{ status: 'delivered', rule: 'pager' }]);
  });
});

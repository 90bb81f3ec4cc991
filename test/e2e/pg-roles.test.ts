import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { onPg, Sandbox, type RunResult } from '../helpers/cli.js';
import { psql } from '../helpers/pg-cluster.js';

/**
 * Who did it and who may do what on a team database (SPEC §15, docs/team.md "Roles"): three login
 * roles made reader, agent and admin with `incident db grant`, each meeting the same walls through
 * the CLI and through psql. pg project only (vitest.config.ts).
 */
describe.skipIf(!onPg)('roles on PostgreSQL', () => {
  let sb: Sandbox;
  const as = (role: string) => sb.db.replace(/^postgres:\/\/[^@]*@/, `postgres://${role}@`);
  const run = (role: string, args: string[]) => sb.run(['--db', as(role), ...args]);
  const sqlAs = (role: string, sql: string) => psql(sb.db, sql, role);
  const refused = (r: RunResult, role: string, level: string) => {
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^incident: role ${role} may not do this in database \\w+: it needs the ${level} role \\([^)]*\\); ask an admin for \`incident db grant ${role} ${level}\` \\(docs/team.md\\)\\n$`),
    );
  };
  const events = () => sb.scalar('SELECT count(*) FROM events');

  beforeAll(() => {
    sb = new Sandbox();
    // Login roles belong to the whole test server: made once, whichever test file runs first.
    for (const role of ['reader1', 'agent1', 'admin1']) {
      sb.exec(`DO $$ BEGIN CREATE ROLE ${role} LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    }
    expect(sb.run(['open', 'VPN に接続できない', '-i', 'high', '-u', 'high', '-q']).code).toBe(0);
    // The owner (here the server's superuser) grants first: that makes the three groups.
    for (const [role, level] of [['reader1', 'reader'], ['admin1', 'admin']]) {
      const r = sb.run(['db', 'grant', role, level]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(`role ${role} is now ${level} (incident_${level}) on ${sb.db}\n`);
    }
    // Then an admin grants without being the owner.
    expect(run('admin1', ['db', 'grant', 'agent1', 'agent']).code).toBe(0);
  });
  afterAll(() => sb.cleanup());

  it('a reader lists, shows, searches and reports; writing is exit 4 naming the role it needs, and nothing is written', () => {
    expect(run('reader1', ['list', '-q']).stdout).toBe('INC-1\n');
    expect(run('reader1', ['show', 'INC-1']).code).toBe(0);
    expect(run('reader1', ['search', 'VPN', '-q']).stdout).toBe('INC-1\n');
    expect(run('reader1', ['report', 'mttr']).code).toBe(0);
    const before = events();
    refused(run('reader1', ['note', 'INC-1', 'ログを確認']), 'reader1', 'agent');
    refused(run('reader1', ['config', 'set', 'sla.P1.response', '10m']), 'reader1', 'admin');
    refused(run('reader1', ['db', 'grant', 'reader1', 'admin']), 'reader1', 'admin');
    expect(events()).toBe(before);
  });

  it('an agent works incidents and is recorded as its role, a forged --actor only beside it; config and grants need an admin', () => {
    const r = run('agent1', ['note', 'INC-1', '証明書の期限切れ', '--actor', 'admin1']);
    expect(r.code, r.stderr).toBe(0);
    expect(sb.json(['show', 'INC-1']).timeline.at(-1)).toMatchObject({ kind: 'noted', actor: 'agent1', onBehalfOf: 'admin1', osUser: null });
    expect(run('agent1', ['show', 'INC-1']).stdout).toMatch(/ agent1 +noted: 証明書の期限切れ \(for admin1\)$/m);
    refused(run('agent1', ['config', 'set', 'sla.P1.response', '10m']), 'agent1', 'admin');
    refused(run('agent1', ['db', 'revoke', 'reader1']), 'agent1', 'admin');
  });

  it('an agent edits, links and unlinks incidents and attaches files; a reader may do none of it', () => {
    const file = join(sb.dir, 'ログ.txt');
    writeFileSync(file, 'vpn: auth failed\n');
    expect(run('agent1', ['open', 'VPN 切断(2件目)', '-q']).stdout).toBe('INC-2\n');
    for (const args of [['edit', 'INC-2', '--title', 'VPN が切れる(2件目)'], ['link', 'INC-2', 'INC-1'], ['unlink', 'INC-2', 'INC-1'], ['attach', 'INC-2', file]]) {
      const r = run('agent1', args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    expect(sb.scalar("SELECT count(*) FROM attachments WHERE name = 'ログ.txt'")).toBe(1);
    // Who made them is the role too, whatever name the command acted as (INCIDENT_ACTOR here).
    expect(sb.json(['show', 'INC-2'])).toMatchObject({ createdBy: 'agent1', attachments: [{ name: 'ログ.txt', attachedBy: 'agent1' }] });
    const before = events();
    refused(run('reader1', ['attach', 'INC-1', file]), 'reader1', 'agent');
    refused(run('reader1', ['link', 'INC-2', 'INC-1']), 'reader1', 'agent');
    expect(events()).toBe(before);
  });

  it('an agent may not import an export file (it keeps the actors and hashes the file records); an admin may', () => {
    const file = join(sb.dir, 'export.jsonl');
    expect(sb.run(['export', '-o', file]).code).toBe(0);
    const target = sb.newDatabase('copy');
    expect(sb.run(['db', 'init', target]).code).toBe(0);
    const asRole = (role: string) => target.replace(/^postgres:\/\/[^@]*@/, `postgres://${role}@`);
    const r = sb.run(['--db', asRole('agent1'), 'import', file]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^incident: role agent1 may not do this in database \S+: it needs the admin role \(an import keeps the names its file records as the actors\)/);
    expect(sb.queryAt(target, 'SELECT count(*) AS n FROM events')[0].n).toBe(0);
    const ok = sb.run(['--db', asRole('admin1'), 'import', file]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(sb.run(['--db', target, 'db', 'check']).code).toBe(0);
  });

  it('an admin changes config, revokes and grants again', () => {
    expect(run('admin1', ['config', 'set', 'notify.chat.url', 'https://hooks.example.com/services/T0/B0/secret']).code).toBe(0);
    expect(run('admin1', ['db', 'revoke', 'agent1']).stderr).toBe(`role agent1 is no longer agent on ${as('admin1')}\n`);
    refused(run('agent1', ['note', 'INC-1', 'まだ?']), 'agent1', 'reader');
    expect(run('admin1', ['db', 'grant', 'agent1', 'agent']).code).toBe(0);
    expect(run('agent1', ['note', 'INC-1', '再開']).code).toBe(0);
  });

  it('through psql the same walls: a reader writes nothing, nobody rewrites the timeline, a forged actor becomes the role, a reader sees no webhook URL', () => {
    for (const sql of [
      "INSERT INTO incidents (title, status, detected_at, opened_at, created_by, updated_at) VALUES ('x', 'open', 'a', 'a', 'x', 'a')",
      "UPDATE incidents SET status = 'closed'",
      'DELETE FROM incidents',
      "INSERT INTO settings VALUES ('sla.P1.response', '1m')",
    ]) {
      expect(sqlAs('reader1', sql).stderr, sql).toContain('permission denied for table');
    }
    for (const sql of ["UPDATE events SET note = '改ざん'", 'DELETE FROM events', 'TRUNCATE events', "UPDATE problem_events SET actor = 'x'"]) {
      expect(sqlAs('admin1', sql).stderr, sql).toContain('permission denied for table');
    }
    const forged = sqlAs('agent1', "INSERT INTO events (incident_id, at, actor, kind, note) VALUES (1, '2026-12-01T09:00:00.000Z', 'admin1', 'noted', '偽') RETURNING actor, on_behalf_of");
    expect(forged.stdout.trim()).toBe('agent1|admin1');
    // The import switch is not an agent's: the name still goes beside the role.
    const sneaky = sqlAs('agent1', "SET incident.keep_actors = 'on'; INSERT INTO events (incident_id, at, actor, kind) VALUES (1, '2026-12-01T09:00:00.000Z', 'admin1', 'noted') RETURNING actor");
    expect(sneaky.stdout.trim()).toBe('agent1');
    // Who made a record, likewise (no column for a name beside it: the role alone).
    const made = sqlAs('agent1', "INSERT INTO incidents (title, status, detected_at, opened_at, created_by, updated_at) VALUES ('psql', 'open', 'a', 'a', 'admin1', 'a') RETURNING created_by");
    expect(made.stdout.trim()).toBe('agent1');
    expect(sqlAs('reader1', "SELECT count(*) FROM settings WHERE key LIKE 'notify.%'").stdout.trim()).toBe('0');
    expect(sqlAs('reader1', 'SELECT target FROM outbox').stderr).toContain('permission denied for table outbox');
    // Nor does an agent (SPEC §15): only admins read the rows that hold a webhook's secret.
    expect(sqlAs('agent1', "SELECT count(*) FROM settings WHERE key = 'notify.chat.url'").stdout.trim()).toBe('0');
    expect(sqlAs('admin1', "SELECT value FROM settings WHERE key = 'notify.chat.url'").stdout.trim()).toBe('https://hooks.example.com/services/T0/B0/secret');
  });

  it('webhook URLs are an admin\'s secret: an agent queues the webhook by its origin, an admin\'s notify sends it, an agent\'s leaves it pending', async () => {
    const received: { url: string; auth: string | undefined }[] = [];
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push({ url: req.url ?? '', auth: req.headers.authorization });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    const port = (server.address() as AddressInfo).port;
    const start = (role: string, args: string[]) => sb.start(['--db', as(role), ...args]);
    try {
      for (const args of [
        ['config', 'unset', 'notify.chat.url'],
        ['config', 'set', 'notify.pager.url', `http://hook:pa55@127.0.0.1:${port}/services/T9/B9?token=t0k`],
        ['config', 'set', 'notify.pager.on', 'escalated'],
      ]) {
        expect(run('admin1', args).code, args.join(' ')).toBe(0);
      }
      for (const role of ['agent1', 'reader1']) {
        expect(sqlAs(role, "SELECT value FROM settings WHERE key LIKE 'notify.%url'").stdout, role).toBe('');
        // What every role may know: which rule has a webhook, and where it goes.
        expect(sqlAs(role, 'SELECT rule, origin FROM notify_webhooks').stdout.trim(), role).toBe(`pager|http://127.0.0.1:${port}/…`);
      }
      expect(run('reader1', ['config', 'get', 'notify.pager.url']).stdout).toBe(`http://127.0.0.1:${port}/…\n`);

      const escalated = await start('agent1', ['escalate', 'INC-1', '--reason', 'ベンダー対応']);
      expect(escalated.code, escalated.stderr).toBe(0);
      expect(escalated.stderr).toBe('1 webhook notification queued for an admin: only the admin role may read webhook URLs, and its incident notify sends them\n');
      expect(sqlAs('agent1', 'SELECT rule, target, status FROM outbox').stdout.trim()).toBe(`pager|http://127.0.0.1:${port}/…|pending`);
      expect(sqlAs('reader1', 'SELECT target FROM outbox').stderr).toContain('permission denied for table outbox');

      const byAgent = await start('agent1', ['notify', '--now']);
      expect(byAgent).toMatchObject({ code: 0, stdout: '' });
      expect(byAgent.stderr).toBe('1 webhook notification left pending: only the admin role may read webhook URLs; run incident notify as an admin (docs/notifications.md)\n');
      expect(received).toEqual([]);

      const byAdmin = await start('admin1', ['notify', '--now']);
      expect(byAdmin).toMatchObject({ code: 0, stdout: '', stderr: '' });
      // The whole URL: path and query as they are, user and password as Basic authorization.
      expect(received).toEqual([{ url: '/services/T9/B9?token=t0k', auth: `Basic ${Buffer.from('hook:pa55').toString('base64')}` }]);
      expect(sb.query('SELECT status, target FROM outbox')).toEqual([{ status: 'delivered', target: `http://127.0.0.1:${port}/…` }]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
  it('through psql an incident or a problem changes only with an event in its timeline, whoever asks; the commands keep working', () => {
    expect(run('agent1', ['problem', 'open', 'VPN 再発', '--from', 'INC-1', '-q']).code).toBe(0);
    const status = () => sb.scalar('SELECT status FROM incidents WHERE id = 1');
    const before = status();
    for (const role of ['agent1', 'admin1']) {
      const r = sqlAs(role, "UPDATE incidents SET status = 'closed', priority = 'P5' WHERE id = 1");
      expect(r.stderr).toContain('INC-1 was changed with no event in its timeline');
      expect(sqlAs(role, "UPDATE problems SET status = 'closed' WHERE id = 1").stderr).toContain('PRB-1 was changed with no event in its timeline');
    }
    // The server's superuser too, and the import switch does not help a role that may not use it.
    expect(psql(sb.db, "UPDATE incidents SET priority = 'P5' WHERE id = 1").stderr).toContain('INC-1 was changed with no event in its timeline');
    expect(sqlAs('agent1', "SET incident.keep_actors = 'on'; UPDATE incidents SET priority = 'P5' WHERE id = 1").stderr).toContain('was changed with no event');
    expect(status()).toBe(before);
    expect(sb.scalar('SELECT priority FROM incidents WHERE id = 1')).toBe('P1');
    // With an event in the same transaction the change is accepted (the event names the role).
    const recorded = sqlAs('agent1', `BEGIN; UPDATE incidents SET assignee = 'sato' WHERE id = 1;
      INSERT INTO events (incident_id, at, actor, kind, to_value) VALUES (1, '2026-12-01T09:00:00.000Z', 'agent1', 'assigned', 'sato'); COMMIT;`);
    expect(recorded.stderr).toBe('');
    expect(sb.scalar('SELECT assignee FROM incidents WHERE id = 1')).toBe('sato');
    const worked = run('agent1', ['resolve', 'INC-1', '--resolution', '証明書を更新']);
    expect(worked.code, worked.stderr).toBe(0);
    expect(status()).toBe('resolved');
  });
});

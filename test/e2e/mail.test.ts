import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actedAs, Sandbox } from '../helpers/cli.js';
import { fixture } from '../helpers/data.js';

/** A message file of test/fixtures/mail (written by its make-fixtures.py with Python's codecs). */
const eml = (name: string) => readFileSync(fixture(`mail/${name}.eml`));
// `sha256sum test/fixtures/mail/pixel.png`: the PNG attached to iso-2022-jp.eml.
const PNG_SHA = 'b1ff9c8ea3a780bad09b346c423d2d0e46815926879b18e841d928376a946640';

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-30T03:00:00Z';
});
afterEach(() => sb.cleanup());

const mail = (name: string, ...args: string[]) => sb.run(['mail', ...args], { input: eml(name) });

/** Everything a message could have written. */
const written = () =>
  JSON.stringify([
    sb.query('SELECT id, title, description FROM incidents ORDER BY id'),
    sb.query('SELECT incident_id, kind, note FROM events ORDER BY id'),
    sb.query('SELECT incident_id, name, sha256 FROM attachments ORDER BY id'),
    sb.query('SELECT message_id, incident_id, action FROM mail_messages ORDER BY message_id'),
  ]);

describe('incident mail', () => {
  it('a Japanese thread: the report opens an incident, replies become notes, repeats, auto-replies and bounces add nothing', () => {
    const first = mail('iso-2022-jp');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe('INC-1 opened from mail 20261130091200.yamada@example.co.jp: 【障害】経費精算システムにログインできない');
    const shown = sb.json(['show', 'INC-1']);
    expect(shown).toMatchObject({
      title: '【障害】経費精算システムにログインできない',
      description: '経理部の山田です。\n今朝9時から経費精算システムにログインできません。\nエラー画面を添付します。',
      reporter: '山田 <yamada@example.co.jp>',
      source: 'mail',
      // The Date header: 09:12 in Japan.
      detectedAt: '2026-11-30T00:12:00.000Z',
    });
    expect(shown.timeline[0]).toMatchObject({ kind: 'opened', ...actedAs('mail') });
    expect(shown.timeline[0].data.mail).toMatchObject({ messageId: '20261130091200.yamada@example.co.jp', from: 'yamada@example.co.jp' });
    expect(shown.attachments.map((a: { name: string; mediaType: string }) => [a.name, a.mediaType])).toEqual([
      ['エラー画面.png', 'image/png'],
      ['report.pdf', 'application/pdf'],
    ]);
    expect(shown.attachments[0].sha256).toBe(PNG_SHA);

    // The same message delivered again (a retrying MTA, two aliases): exit 0, says so, adds nothing.
    const before = written();
    const again = mail('iso-2022-jp');
    expect([again.code, again.stdout, again.stderr]).toEqual([0, '', 'mail 20261130091200.yamada@example.co.jp was taken already (opened INC-1); nothing added\n']);
    expect(written()).toBe(before);
    // With -q, the ref it was taken into, as a script reading one ref expects.
    expect([mail('iso-2022-jp', '-q').stdout, written()]).toEqual(['INC-1\n', before]);

    // A reply naming the incident in its subject: its own words as a note, the quoted report left out.
    expect(mail('reply-ref').stdout).toBe('INC-1: mail reply-0001@example.co.jp added as a note\n');
    // A reply found by In-Reply-To alone: a note, and its log attached.
    expect(mail('reply-in-reply-to').code).toBe(0);
    const notes = sb.json(['show', 'INC-1']).timeline.filter((e: { kind: string }) => e.kind === 'noted');
    expect(notes.map((e: { note: string }) => e.note)).toEqual(['ログインできるようになりました。ありがとうございます。', '追加の情報です。エラーログを添付します。']);
    expect(sb.json(['attachment', 'list', 'INC-1']).map((a: { name: string }) => a.name)).toEqual(['エラー画面.png', 'report.pdf', 'auth.log']);

    // An out-of-office reply (even one naming INC-1) and a bounce: recorded once, nothing else.
    const quiet = written();
    const auto = mail('auto-reply');
    expect([auto.code, auto.stderr]).toEqual([0, 'mail auto-0001@example.co.jp is an automatic reply: recorded, no incident opened\n']);
    const bounce = mail('bounce');
    expect([bounce.code, bounce.stderr]).toEqual([0, 'mail bounce-0001@mail.example.co.jp is a delivery report (bounce): recorded, no incident opened\n']);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(1);
    expect(sb.query('SELECT count(*) AS n FROM events')[0].n).toBe(JSON.parse(quiet)[1].length);
    expect(sb.query("SELECT message_id, incident_id, action FROM mail_messages WHERE action = 'ignored' ORDER BY message_id")).toEqual([
      { message_id: 'auto-0001@example.co.jp', incident_id: null, action: 'ignored' },
      { message_id: 'bounce-0001@mail.example.co.jp', incident_id: null, action: 'ignored' },
    ]);
    expect(mail('bounce').stderr).toBe('mail bounce-0001@mail.example.co.jp was taken already (ignored); nothing added\n');
  });

  it('reads Shift_JIS (with the Windows characters ① ②) and HTML-only mail', () => {
    const sjis = sb.json(['mail'], { input: eml('shift_jis') });
    expect(sjis).toMatchObject({
      action: 'opened',
      incident: {
        ref: 'INC-1',
        title: 'プリンタ(3階)が印刷できません',
        description: '総務部の佐藤です。\n3階の複合機で「印刷中」のまま止まります。\n①再起動済み、②用紙あり。',
        reporter: '佐藤 花子 <sato@example.co.jp>',
      },
      attachments: [{ name: '印刷ログ.csv', size: 36, added: true }],
    });
    // The attachment keeps its bytes: still Shift_JIS.
    const out = join(sb.dir, 'log.csv');
    expect(sb.run(['attachment', 'get', 'INC-1', '印刷ログ.csv', '-o', out]).code).toBe(0);
    expect(new TextDecoder('shift_jis').decode(readFileSync(out))).toBe('日時,状態\n2026-11-30 10:00,紙詰まり\n');

    const html = sb.json(['mail'], { input: eml('html-only') });
    expect(html.incident).toMatchObject({
      title: 'VPN がつながらない',
      description: 'VPN がつながりません。\n拠点: 大阪 & 名古屋\n\n- クライアント 5.2\n- エラー 809\n\n手順: VPN 手順書 (https://wiki.example.co.jp/vpn)',
      reporter: 'Osaka Office <osaka@example.co.jp>',
    });
  });

  it('--dry-run says what would happen and writes nothing; input that is not a message is exit 2', () => {
    expect(mail('html-only').code).toBe(0);
    const before = written();
    const dry = mail('iso-2022-jp', '--dry-run');
    expect([dry.code, dry.stdout, dry.stderr]).toEqual([
      0,
      'would open an incident: 【障害】経費精算システムにログインできない\nwould attach エラー画面.png (69B)\nwould attach report.pdf (125B)\n',
      'dry run: nothing was written\n',
    ]);
    // [INC-1] in its subject names the incident the HTML mail opened.
    expect(mail('reply-ref', '--dry-run').stdout).toBe('would add a note to INC-1\n');
    expect(written()).toBe(before);

    const junk = sb.run(['mail'], { input: 'this is not a mail message\n' });
    expect([junk.code, junk.stdout]).toEqual([2, '']);
    expect(junk.stderr).toBe(
      'incident: standard input is not a mail message (it does not start with header lines)\nnothing was written; incident mail reads one RFC 5322 message (headers, a blank line, the body)\n',
    );
    expect(sb.run(['mail'], { input: '' }).code).toBe(2);
    expect(written()).toBe(before);
  });

  it('the opened notification carries the sender and the Message-ID, so a command target can answer', () => {
    // Nothing listens on port 9: the delivery fails and the notification stays queued, its body readable.
    expect(sb.run(['config', 'set', 'notify.ops.url', 'http://127.0.0.1:9/hook']).code).toBe(0);
    expect(mail('iso-2022-jp').code).toBe(0);
    const body = JSON.parse(sb.query("SELECT payload FROM outbox WHERE event = 'opened'")[0].payload);
    expect(body).toMatchObject({
      event: 'opened',
      ref: 'INC-1',
      title: '【障害】経費精算システムにログインできない',
      data: { mail: { messageId: '20261130091200.yamada@example.co.jp', from: 'yamada@example.co.jp', name: '山田', subject: '【障害】経費精算システムにログインできない' } },
    });
  });

  it('two deliveries of one message at once open one incident', async () => {
    expect(mail('html-only').code).toBe(0);
    const input = eml('shift_jis');
    const results = await Promise.all([sb.start(['mail'], { input }), sb.start(['mail'], { input }), sb.start(['mail'], { input })]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(results.filter((r) => r.stdout.startsWith('INC-2 opened from mail sjis-0001@mail.example.co.jp'))).toHaveLength(1);
    expect(results.filter((r) => r.stderr.includes('was taken already (opened INC-2)'))).toHaveLength(2);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(2);
    expect(sb.query('SELECT count(*) AS n FROM attachments')[0].n).toBe(1);
  });
});

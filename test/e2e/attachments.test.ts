import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { madeBy, onPg, Sandbox } from '../helpers/cli.js';
import { fixture } from '../helpers/data.js';

// SHA-256 of the committed fixtures, computed once with `sha256sum test/fixtures/mail/*` (not by our code).
const PNG_SHA = 'b1ff9c8ea3a780bad09b346c423d2d0e46815926879b18e841d928376a946640';
const PDF_SHA = '79370862c6cb54e96ed3125464c11e4ce3e8b08fb5048723695b6b9e9728d701';

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-30T01:00:00Z';
  copyFileSync(fixture('mail/pixel.png'), join(sb.dir, 'エラー画面.png'));
  copyFileSync(fixture('mail/report.pdf'), join(sb.dir, 'report.pdf'));
});
afterEach(() => sb.cleanup());

const open = (title: string) => {
  const r = sb.run(['open', title, '-q']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim();
};

/** What a refused attach could have written. */
const written = () => JSON.stringify([sb.query('SELECT * FROM attachments'), sb.scalar('SELECT count(*) FROM attachment_blobs'), sb.query('SELECT kind FROM events ORDER BY id')]);

describe('attach', () => {
  it('keeps files with Japanese names in the database, each content once, listed by show and written back byte for byte', () => {
    const ref = open('経費精算にログインできない');
    const r = sb.run(['attach', ref, 'エラー画面.png', 'report.pdf']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${ref}: attached エラー画面.png (69B, sha256 b1ff9c8ea3a7…)`);

    // The same screenshot on a second incident: a second link, the same stored bytes.
    const other = open('同じ症状の別部署');
    expect(sb.run(['attach', other, 'エラー画面.png']).code).toBe(0);
    expect(sb.scalar('SELECT count(*) FROM attachment_blobs')).toBe(2);
    expect(sb.scalar('SELECT count(*) FROM attachments')).toBe(3);

    // Attaching the same file again adds nothing and says so.
    const again = sb.run(['attach', ref, 'report.pdf']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('was attached already');

    const list = sb.json(['attachment', 'list', ref]);
    expect(list).toEqual([
      { name: 'エラー画面.png', sha256: PNG_SHA, size: 69, mediaType: 'image/png', attachedBy: madeBy('tester'), attachedAt: '2026-11-30T01:00:00.000Z' },
      { name: 'report.pdf', sha256: PDF_SHA, size: 125, mediaType: 'application/pdf', attachedBy: madeBy('tester'), attachedAt: '2026-11-30T01:00:00.000Z' },
    ]);
    const shown = sb.json(['show', ref]);
    expect(shown.attachments.map((a: { name: string }) => a.name)).toEqual(['エラー画面.png', 'report.pdf']);
    expect(shown.timeline.filter((e: { kind: string }) => e.kind === 'attached').map((e: { to: string }) => e.to)).toEqual(['エラー画面.png', 'report.pdf']);
    expect(sb.run(['show', ref]).stdout).toMatch(/Attachments\n {2}エラー画面\.png {2}69 B, image\/png/);

    const out = join(sb.dir, 'back.png');
    expect(sb.run(['attachment', 'get', ref, 'エラー画面.png', '-o', out]).code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(fixture('mail/pixel.png')))).toBe(true);
    // By a prefix of the hash, to standard output.
    const piped = sb.run(['attachment', 'get', ref, PDF_SHA.slice(0, 10)]);
    expect(piped.stdout).toBe(readFileSync(fixture('mail/report.pdf'), 'utf8'));
    const missing = sb.run(['attachment', 'get', ref, 'nothing.txt']);
    expect(missing.code).toBe(3);
  });

  it('refuses a missing file or one over attachment.maxSize with exit 2 and one line, attaching none of the files', () => {
    const ref = open('VPN に接続できない');
    const before = written();
    const r = sb.run(['attach', ref, 'エラー画面.png', 'no-such.log']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('incident: cannot read no-such.log: no such file\nnothing was attached\n');
    expect(written()).toBe(before);

    expect(sb.run(['config', 'set', 'attachment.maxSize', '100B']).code).toBe(0);
    writeFileSync(join(sb.dir, 'big.log'), 'x'.repeat(101));
    const big = sb.run(['attach', ref, 'エラー画面.png', 'big.log']);
    expect(big.code).toBe(2);
    expect(big.stderr.split('\n')[0]).toBe('incident: big.log is too large (101 bytes; attachment.maxSize allows 100)');
    expect(written()).toBe(before);
    expect(sb.run(['config', 'set', 'attachment.maxSize', 'huge']).code).toBe(2);
  });
});

describe('attachments in export, import and db check', () => {
  it('round-trip through export and import with the same hashes and bytes', () => {
    const ref = open('共有フォルダが開けない');
    expect(sb.run(['attach', ref, 'エラー画面.png', 'report.pdf']).code).toBe(0);
    const file = join(sb.dir, 'backup.jsonl');
    expect(sb.run(['export', '-o', file]).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const blob = lines.find((l) => l.type === 'blob' && l.sha256 === PNG_SHA);
    expect(Buffer.from(blob.data, 'base64').equals(readFileSync(fixture('mail/pixel.png')))).toBe(true);

    const copy = new Sandbox();
    try {
      copy.env.INCIDENT_NOW = sb.env.INCIDENT_NOW;
      const imported = copy.run(['import', file]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(copy.json(['attachment', 'list', ref]).map((a: { sha256: string }) => a.sha256)).toEqual([PNG_SHA, PDF_SHA]);
      const out = join(copy.dir, 'back.pdf');
      expect(copy.run(['attachment', 'get', ref, 'report.pdf', '-o', out]).code).toBe(0);
      expect(readFileSync(out).equals(readFileSync(fixture('mail/report.pdf')))).toBe(true);
      // And the second export is the same file.
      const second = join(copy.dir, 'again.jsonl');
      expect(copy.run(['export', '-o', second]).code).toBe(0);
      expect(readFileSync(second, 'utf8')).toBe(readFileSync(file, 'utf8'));
      // Importing it again changes nothing: the incident, both files and both attachments are there already.
      expect(copy.json(['import', file])).toMatchObject({ incidents: 0, blobs: 0, attachments: 0, unchanged: 5 });
    } finally {
      copy.cleanup();
    }

    // A blob whose data was damaged on the way is refused, naming its line.
    const damaged = readFileSync(file, 'utf8').replace(blob.data, Buffer.from('not the png').toString('base64'));
    writeFileSync(join(sb.dir, 'damaged.jsonl'), damaged);
    const fresh = new Sandbox();
    try {
      const r = fresh.run(['import', join(sb.dir, 'damaged.jsonl')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`line \\d+: the data of blob ${PNG_SHA} does not have that SHA-256 or size`));
    } finally {
      fresh.cleanup();
    }
  });

  it('db check finds a stored file whose bytes no longer match their hash', () => {
    const ref = open('プリンタが印刷しない');
    expect(sb.run(['attach', ref, 'report.pdf']).code).toBe(0);
    expect(sb.run(['db', 'check']).code).toBe(0);
    sb.exec(`UPDATE attachment_blobs SET data = ${onPg ? "decode('25504446', 'hex')" : "X'25504446'"}`);
    const r = sb.run(['db', 'check']);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`damaged file: the stored bytes of ${PDF_SHA} do not match their SHA-256 (attached as ${ref} report.pdf)`);
    expect(sb.run(['attachment', 'get', ref, 'report.pdf', '-o', join(sb.dir, 'x.pdf')]).code).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { mediaTypeOf } from '../../src/core/attachment.js';
import { AppError } from '../../src/core/errors.js';
import {
  INCIDENT_EVENT_KINDS,
  INCIDENT_SORTS,
  LINK_KINDS,
  RESOLUTION_CODES,
  SOURCES,
  toPublic,
  type IncidentRecord,
} from '../../src/core/incident.js';
import { KNOWLEDGE_STATUSES, assertKnowledgeMove, type KnowledgeStatus } from '../../src/core/knowledge.js';
import { refusal } from '../helpers/refusal.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const NOTHING = new Uint8Array(0);

describe('an attached file’s media type (SPEC §16 attach; `attachment list` shows it)', () => {
  it.each([
    ['screen.png', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['anim.gif', 'image/gif'],
    ['shot.webp', 'image/webp'],
    ['old.bmp', 'image/bmp'],
    ['diagram.svg', 'image/svg+xml'],
    ['report.pdf', 'application/pdf'],
    ['notes.txt', 'text/plain'],
    ['app.log', 'text/plain'],
    ['rows.csv', 'text/csv'],
    ['rows.tsv', 'text/tab-separated-values'],
    ['README.md', 'text/markdown'],
    ['page.html', 'text/html'],
    ['page.htm', 'text/html'],
    ['alert.json', 'application/json'],
    ['events.jsonl', 'application/jsonl'],
    ['config.xml', 'application/xml'],
    ['compose.yaml', 'application/yaml'],
    ['compose.yml', 'application/yaml'],
    ['mail.eml', 'message/rfc822'],
    ['logs.zip', 'application/zip'],
    ['logs.tar.gz', 'application/gzip'],
    ['logs.tgz', 'application/gzip'],
    ['browser.har', 'application/json'],
    ['capture.pcap', 'application/vnd.tcpdump.pcap'],
    ['sheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['slides.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['old.xls', 'application/vnd.ms-excel'],
    ['old.doc', 'application/msword'],
    ['SCREEN.PNG', 'image/png'],
    ['障害.Log', 'text/plain'],
    ['core', 'application/octet-stream'],
    ['dump.bin', 'application/octet-stream'],
    ['trailing.', 'application/octet-stream'],
    ['png', 'application/octet-stream'],
    ['evidence.constructor', 'application/octet-stream'],
    ['evidence.__proto__', 'application/octet-stream'],
    ['evidence.hasOwnProperty', 'application/octet-stream'],
  ])('%s by its name is %s', (name, type) => {
    expect(mediaTypeOf(name, NOTHING)).toBe(type);
  });

  it.each([
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00), 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['a GIF', bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61), 'image/gif'],
    ['a PDF', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37), 'application/pdf'],
    ['gzip', bytes(0x1f, 0x8b, 0x08), 'application/gzip'],
  ])('%s is known by its first bytes, whatever its name', (_what, head, type) => {
    expect(mediaTypeOf('evidence.txt', head)).toBe(type);
    expect(mediaTypeOf('evidence', head)).toBe(type);
  });

  it.each([
    ['half a PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['a PNG signature with one byte wrong', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00)],
    ['only the first byte of a JPEG', bytes(0xff, 0x00, 0x00)],
    ['"%PDF" without the dash', bytes(0x25, 0x50, 0x44, 0x46, 0x20)],
    ['text', bytes(0x68, 0x65, 0x6c, 0x6c, 0x6f)],
  ])('%s is not taken for a signature', (_what, head) => {
    expect(mediaTypeOf('evidence.txt', head)).toBe('text/plain');
    expect(mediaTypeOf('evidence', head)).toBe('application/octet-stream');
  });
});

describe('knowledge entry states (docs/knowledge-and-search.md: draft → published → retired)', () => {
  const may: Record<KnowledgeStatus, KnowledgeStatus[]> = {
    draft: ['draft', 'published', 'retired'],
    published: ['published', 'retired'],
    retired: ['retired', 'published'],
  };
  const cases = KNOWLEDGE_STATUSES.flatMap((from) => KNOWLEDGE_STATUSES.map((to) => [from, to, may[from].includes(to)] as const));

  it('has the three states', () => {
    expect(KNOWLEDGE_STATUSES).toEqual(['draft', 'published', 'retired']);
  });

  it.each(cases)('%s → %s allowed: %s', (from, to, allowed) => {
    if (allowed) expect(() => assertKnowledgeMove('KB-3', from, to)).not.toThrow();
    else expect(() => assertKnowledgeMove('KB-3', from, to)).toThrow(AppError);
  });

  it.each([
    ['published', 'draft', 'KB-3 is published; it cannot become draft (possible: retired)'],
    ['retired', 'draft', 'KB-3 is retired; it cannot become draft (possible: published)'],
  ] as const)('refuses %s → %s with exit 4 and what is possible', (from, to, message) => {
    const r = refusal(() => assertKnowledgeMove('KB-3', from, to));
    expect(r.exit).toBe(4);
    expect(r.message).toBe(message);
  });
});

describe('incident vocabularies (SPEC §3, §16; docs/json.md)', () => {
  it('knows how an incident was detected', () => {
    expect(SOURCES).toEqual(['user', 'monitoring', 'staff', 'vendor', 'other', 'mail']);
  });
  it('knows the resolution codes', () => {
    expect(RESOLUTION_CODES).toEqual(['fixed', 'workaround', 'no-fault-found', 'duplicate', 'user-error', 'vendor', 'other']);
  });
  it('links as related, duplicate or parent', () => {
    expect(LINK_KINDS).toEqual(['related', 'duplicate', 'parent']);
  });
  it('sorts a list by priority, opened, updated, due or id', () => {
    expect(INCIDENT_SORTS).toEqual(['priority', 'opened', 'updated', 'due', 'id']);
  });
  it('takes every event kind a timeline holds (an import refuses others)', () => {
    expect([...INCIDENT_EVENT_KINDS].sort()).toEqual(
      [
        'opened', 'classified', 'assigned', 'escalated', 'held', 'resumed', 'noted', 'resolved', 'reopened', 'closed', 'cancelled',
        'repeated', 'breach', 'alert_cleared', 'kb_created', 'kb_used', 'problem_linked', 'problem_handoff',
        'priority_changed', 'updated', 'imported', 'due_recomputed', 'edited', 'linked', 'unlinked', 'attached',
      ].sort(),
    );
  });
});

describe('the JSON incident (SPEC §3 fields only)', () => {
  const record: IncidentRecord = {
    id: 7, ref: 'INC-7', title: 'VPN に接続できない', description: null, status: 'on_hold', impact: 'high', urgency: 'medium',
    priority: 'P2', category: 'network', service: 'VPN', source: 'user', reporter: 'sato', assignee: 'tanaka', team: 'ops',
    escalationLevel: 0, escalatedTo: null, escalationEta: null, tags: ['vpn'], dedupKey: null, occurrences: 1, scope: null,
    detectedAt: '2026-11-23T01:00:00.000Z', openedAt: '2026-11-23T01:00:00.000Z', classifiedAt: '2026-11-23T01:05:00.000Z',
    escalatedAt: null, resolvedAt: null, closedAt: null, responseDueAt: null, resolveDueAt: null, resolution: null,
    resolutionCode: null, major: false, knowledge: [], related: [], problem: null, externalRef: null, createdBy: 'sato',
    updatedAt: '2026-11-23T01:10:00.000Z', version: 3,
    heldFrom: 'classified', resolvedFrom: null, holdStartedAt: '2026-11-23T01:10:00.000Z', heldSeconds: 0, monitorUntil: null,
    problemHandoff: null, sourcePriority: null, sourceSlaMet: null, sourceKnowledge: false, sourceProblem: null,
  };

  it('leaves out what the store keeps for itself and keeps every documented field', () => {
    const shown = toPublic(record);
    expect(Object.keys(shown).sort()).toEqual(
      [
        'id', 'ref', 'title', 'description', 'status', 'impact', 'urgency', 'priority', 'category', 'service', 'source', 'reporter',
        'assignee', 'team', 'escalationLevel', 'escalatedTo', 'escalationEta', 'tags', 'dedupKey', 'occurrences', 'scope',
        'detectedAt', 'openedAt', 'classifiedAt', 'escalatedAt', 'resolvedAt', 'closedAt', 'responseDueAt', 'resolveDueAt',
        'resolution', 'resolutionCode', 'major', 'knowledge', 'related', 'problem', 'externalRef', 'createdBy', 'updatedAt', 'version',
      ].sort(),
    );
    expect(shown).toMatchObject({ ref: 'INC-7', title: 'VPN に接続できない', status: 'on_hold', version: 3 });
  });
});

import type Database from 'better-sqlite3';
import { SEARCH_INDEX_SQL, SEARCH_INDEX_TRIGGERS, rebuildSearchIndex } from './search-index.js';
import { crashPoint } from '../faults.js';
import { redactUrl } from '../../core/secrets.js';
import { TIMELINES, type Timeline } from '../../core/chain.js';
import { chainFiller, timelinePageQueries } from '../chain.js';

type DB = Database.Database;

export interface Migration {
  version: number;
  name: string;
  up: (db: DB) => void;
}

/**
 * Forward-only schema changes, applied together in one immediate transaction that re-reads
 * user_version first, so two processes starting together never apply one twice.
 * Append new migrations at the end with the next version number; never edit a released one.
 */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'incidents and their timeline',
    up: (db) => {
      db.exec(`
        CREATE TABLE incidents (
          id               INTEGER PRIMARY KEY,
          title            TEXT NOT NULL,
          description      TEXT,
          status           TEXT NOT NULL CHECK (status IN ('open','classified','escalated','on_hold','resolved','closed','cancelled')),
          held_from        TEXT,
          resolved_from    TEXT,
          impact           TEXT CHECK (impact IN ('high','medium','low')),
          urgency          TEXT CHECK (urgency IN ('high','medium','low')),
          priority         TEXT CHECK (priority IN ('P1','P2','P3','P4','P5')),
          source_priority  TEXT,
          source_sla_met   INTEGER,
          source_knowledge INTEGER NOT NULL DEFAULT 0,
          source_problem   TEXT,
          category         TEXT,
          service          TEXT,
          source           TEXT CHECK (source IN ('user','monitoring','staff','vendor','other')),
          reporter         TEXT,
          assignee         TEXT,
          team             TEXT,
          escalation_level INTEGER NOT NULL DEFAULT 0,
          tags             TEXT NOT NULL DEFAULT '[]',
          dedup_key        TEXT,
          occurrences      INTEGER NOT NULL DEFAULT 1,
          scope            TEXT,
          detected_at      TEXT NOT NULL,
          opened_at        TEXT NOT NULL,
          classified_at    TEXT,
          escalated_at     TEXT,
          resolved_at      TEXT,
          closed_at        TEXT,
          response_due_at  TEXT,
          resolve_due_at   TEXT,
          hold_started_at  TEXT,
          held_seconds     INTEGER NOT NULL DEFAULT 0,
          monitor_until    TEXT,
          resolution       TEXT,
          resolution_code  TEXT CHECK (resolution_code IN ('fixed','workaround','no-fault-found','duplicate','user-error','vendor','other')),
          major            INTEGER NOT NULL DEFAULT 0,
          problem_id       INTEGER,
          problem_handoff  TEXT,
          external_ref     TEXT,
          created_by       TEXT NOT NULL,
          updated_at       TEXT NOT NULL,
          version          INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX incidents_status_priority ON incidents (status, priority, id);
        CREATE INDEX incidents_assignee ON incidents (assignee, status);
        CREATE INDEX incidents_team ON incidents (team, status);
        CREATE INDEX incidents_opened_at ON incidents (opened_at);
        CREATE INDEX incidents_dedup_key ON incidents (dedup_key) WHERE dedup_key IS NOT NULL;
        CREATE UNIQUE INDEX incidents_external_ref ON incidents (external_ref) WHERE external_ref IS NOT NULL;

        CREATE TABLE events (
          id          INTEGER PRIMARY KEY,
          incident_id INTEGER NOT NULL REFERENCES incidents (id),
          at          TEXT NOT NULL,
          actor       TEXT NOT NULL,
          kind        TEXT NOT NULL,
          from_value  TEXT,
          to_value    TEXT,
          note        TEXT,
          data        TEXT
        );
        CREATE INDEX events_incident ON events (incident_id, id);
        CREATE INDEX events_at ON events (at);
        -- The timeline is evidence: the database itself refuses to rewrite it (SPEC §3).
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
          BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
          BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;

        CREATE TABLE incident_links (
          incident_id INTEGER NOT NULL REFERENCES incidents (id),
          related_id  INTEGER NOT NULL REFERENCES incidents (id),
          PRIMARY KEY (incident_id, related_id)
        ) WITHOUT ROWID;

        CREATE TABLE knowledge (
          id              INTEGER PRIMARY KEY,
          title           TEXT NOT NULL,
          symptoms        TEXT,
          cause           TEXT,
          resolution      TEXT,
          workaround      TEXT,
          category        TEXT,
          service         TEXT,
          tags            TEXT NOT NULL DEFAULT '[]',
          status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','retired')),
          source_incident INTEGER REFERENCES incidents (id),
          uses            INTEGER NOT NULL DEFAULT 0,
          created_by      TEXT NOT NULL,
          created_at      TEXT NOT NULL,
          updated_at      TEXT NOT NULL,
          version         INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX knowledge_status ON knowledge (status);

        -- Which knowledge entries an incident created or used (SPEC §3 knowledge[]).
        CREATE TABLE incident_knowledge (
          incident_id INTEGER NOT NULL REFERENCES incidents (id),
          kb_id       INTEGER NOT NULL REFERENCES knowledge (id),
          relation    TEXT NOT NULL CHECK (relation IN ('created','used')),
          at          TEXT NOT NULL,
          PRIMARY KEY (incident_id, kb_id)
        ) WITHOUT ROWID;
        CREATE INDEX incident_knowledge_kb ON incident_knowledge (kb_id);

        CREATE TABLE settings (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) WITHOUT ROWID;
      `);
    },
  },
  {
    version: 2,
    name: 'full-text search index over incidents, notes and knowledge (Japanese bigrams)',
    up: (db) => {
      db.exec(SEARCH_INDEX_SQL);
      rebuildSearchIndex(db);
    },
  },
  {
    version: 3,
    name: 'notification outbox',
    up: (db) => {
      db.exec(`
        -- Notifications are written here in the same transaction as the change they announce, then
        -- delivered after the commit: a dead endpoint never loses or blocks the change (SPEC §8).
        CREATE TABLE outbox (
          id              INTEGER PRIMARY KEY,
          incident_id     INTEGER REFERENCES incidents (id),
          event           TEXT NOT NULL,
          rule            TEXT NOT NULL,
          target_kind     TEXT NOT NULL CHECK (target_kind IN ('webhook','command')),
          target          TEXT NOT NULL,
          payload         TEXT NOT NULL,
          status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed')),
          attempts        INTEGER NOT NULL DEFAULT 0,
          created_at      TEXT NOT NULL,
          next_attempt_at TEXT NOT NULL,
          claimed_until   TEXT,
          last_attempt_at TEXT,
          delivered_at    TEXT,
          last_error      TEXT
        );
        CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE status = 'pending';
        CREATE INDEX outbox_status ON outbox (status, id);
      `);
    },
  },
  {
    version: 5,
    name: 'problems, their timeline and knowledge links',
    // IF NOT EXISTS: a database taken back to an older user_version by hand migrates again cleanly.
    up: (db) => {
      db.exec(`
        CREATE TABLE IF NOT EXISTS problems (
          id                  INTEGER PRIMARY KEY,
          title               TEXT NOT NULL,
          description         TEXT,
          status              TEXT NOT NULL CHECK (status IN ('open','analysing','known_error','fixed','closed')),
          root_cause          TEXT,
          workaround          TEXT,
          fix                 TEXT,
          owner               TEXT,
          category            TEXT,
          service             TEXT,
          close_reason        TEXT,
          opened_at           TEXT NOT NULL,
          analysis_started_at TEXT,
          known_error_at      TEXT,
          fixed_at            TEXT,
          closed_at           TEXT,
          created_by          TEXT NOT NULL,
          updated_at          TEXT NOT NULL,
          version             INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX IF NOT EXISTS problems_status ON problems (status, id);

        CREATE TABLE IF NOT EXISTS problem_events (
          id         INTEGER PRIMARY KEY,
          problem_id INTEGER NOT NULL REFERENCES problems (id),
          at         TEXT NOT NULL,
          actor      TEXT NOT NULL,
          kind       TEXT NOT NULL,
          from_value TEXT,
          to_value   TEXT,
          note       TEXT,
          data       TEXT
        );
        CREATE INDEX IF NOT EXISTS problem_events_problem ON problem_events (problem_id, id);
        -- Like the incident timeline, a problem's history is evidence: append-only.
        CREATE TRIGGER IF NOT EXISTS problem_events_no_update BEFORE UPDATE ON problem_events
          BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS problem_events_no_delete BEFORE DELETE ON problem_events
          BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;

        -- Knowledge entries a problem made from its workaround ('workaround') or was linked to ('linked').
        CREATE TABLE IF NOT EXISTS problem_knowledge (
          problem_id INTEGER NOT NULL REFERENCES problems (id),
          kb_id      INTEGER NOT NULL REFERENCES knowledge (id),
          relation   TEXT NOT NULL CHECK (relation IN ('workaround','linked')),
          at         TEXT NOT NULL,
          PRIMARY KEY (problem_id, kb_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS problem_knowledge_kb ON problem_knowledge (kb_id);

        -- incidents.problem_id predates this table (no FK by ALTER): the app keeps it valid, db check verifies.
        CREATE INDEX IF NOT EXISTS incidents_problem ON incidents (problem_id) WHERE problem_id IS NOT NULL;
      `);
    },
  },
  {
    version: 8,
    name: 'list index for the default view',
    up: (db) => {
      // `incident list` with no filter shows the incidents still being worked on, by priority: a
      // partial index in that order lets it read the first 50 rows instead of sorting every active
      // one (SPEC §13). The list query repeats this WHERE term word for word so SQLite can use it.
      db.exec(`
        CREATE INDEX incidents_active_by_priority ON incidents (coalesce(priority, 'P9'), id DESC)
          WHERE status NOT IN ('closed', 'cancelled');
      `);
    },
  },
  {
    version: 9,
    name: 'list indexes for whole histories',
    up: (db) => {
      // `list --all` and `list --status closed` over an imported history sorted every row (2.2 s
      // at 1M incidents) to show 50. These indexes hold the list's own order, so it reads the first
      // 50: one over every incident, and the status index in that order instead of by raw priority.
      db.exec(`
        CREATE INDEX incidents_by_priority ON incidents (coalesce(priority, 'P9'), id DESC);
        DROP INDEX IF EXISTS incidents_status_priority;
        CREATE INDEX incidents_status_by_priority ON incidents (status, coalesce(priority, 'P9'), id DESC);
      `);
    },
  },
  {
    version: 10,
    name: 'work notes by incident',
    up: (db) => {
      // Search reads the notes of each candidate incident (and the index's note trigger those of the
      // incident noted): through events_incident that is every event row of the incident, to keep
      // the notes. This index holds the notes themselves, in timeline order, so they come from it
      // alone (≈ 0.5 ms off a search at 1M incidents). The queries repeat `kind = 'noted'` as it is
      // written here, so SQLite can use it.
      db.exec(`
        CREATE INDEX IF NOT EXISTS events_notes ON events (incident_id, id, note) WHERE kind = 'noted';
      `);
    },
  },
  {
    version: 11,
    name: 'escalation target and ETA of their own',
    up: (db) => {
      // `escalate --to` used to replace the assignee: the owner was lost while the incident was with
      // a vendor or another team. The target and the expected recovery are fields of their own now.
      // For incidents escalated before, the latest `to` and `eta` an escalation named come from the
      // timeline (escalate keeps them when a later one names none). The assignee stays as it is: who
      // owned it before cannot be known for sure, so nothing is guessed (docs/database.md).
      db.exec(`
        ALTER TABLE incidents ADD COLUMN escalated_to TEXT;
        ALTER TABLE incidents ADD COLUMN escalation_eta TEXT;
        UPDATE incidents SET
          escalated_to = (SELECT json_extract(e.data, '$.to') FROM events e
                           WHERE e.incident_id = incidents.id AND e.kind = 'escalated'
                             AND (CASE WHEN json_valid(e.data) THEN json_type(e.data, '$.to') END) = 'text'
                           ORDER BY e.id DESC LIMIT 1),
          escalation_eta = (SELECT json_extract(e.data, '$.eta') FROM events e
                             WHERE e.incident_id = incidents.id AND e.kind = 'escalated'
                               AND (CASE WHEN json_valid(e.data) THEN json_type(e.data, '$.eta') END) = 'text'
                             ORDER BY e.id DESC LIMIT 1)
        WHERE escalation_level > 0;
      `);
    },
  },
  {
    version: 12,
    name: 'who did it: on behalf of, and the OS user',
    up: (db) => {
      // Beside each event's actor (SPEC §15, docs/team.md "Who did it"): on a file, the OS account
      // the command ran as (`login:uid`), since --actor is only a name anyone may type; on a
      // PostgreSQL server, the name given with --actor when it is not the database role that acted.
      // Both stay NULL when there is nothing to record.
      db.exec(`
        ALTER TABLE events ADD COLUMN on_behalf_of TEXT;
        ALTER TABLE events ADD COLUMN os_user TEXT;
        ALTER TABLE problem_events ADD COLUMN on_behalf_of TEXT;
        ALTER TABLE problem_events ADD COLUMN os_user TEXT;
      `);
    },
  },
  {
    version: 13,
    name: 'hash chain over every timeline',
    up: (db) => {
      // Each event carries the hash of its content and of the event before it in its timeline
      // (core/chain.ts), so an event changed behind the product's back shows in `db check`. Existing
      // events get theirs in timeline order; the append-only trigger steps aside for that alone.
      for (const table of ['events', 'problem_events'] as const) {
        // A database taken back to an older user_version by hand has the column already.
        const has = db.prepare(`SELECT 1 FROM pragma_table_info('${table}') WHERE name = 'hash'`).get() !== undefined;
        if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN hash TEXT`);
        fillChains(db, table);
      }
    },
  },
  {
    version: 14,
    name: 'link kinds: related, duplicate, parent',
    up: (db) => {
      // A link was "related" only (open --related). A row now says what the first incident is to the
      // second: related to it, a duplicate of it, or a child of it (related_id is the parent). The
      // rows written before are related links. The index reads links from the other side (show lists
      // them both ways; list --parent reads a parent's children).
      // A database taken back to an older user_version by hand has the column already.
      const has = db.prepare("SELECT 1 FROM pragma_table_info('incident_links') WHERE name = 'kind'").get() !== undefined;
      if (!has) db.exec(`ALTER TABLE incident_links ADD COLUMN kind TEXT NOT NULL DEFAULT 'related' CHECK (kind IN ('related','duplicate','parent'))`);
      db.exec('CREATE INDEX IF NOT EXISTS incident_links_back ON incident_links (related_id, kind, incident_id)');
    },
  },
  {
    version: 15,
    name: 'attachments and mail taken in',
    up: (db) => {
      // Evidence files are kept in the database (a team database shares them), each content once by
      // its SHA-256, linked to incidents by name; the messages `incident mail` took are remembered by
      // Message-ID, so a second delivery adds nothing and a reply finds its incident.
      db.exec(`
        CREATE TABLE IF NOT EXISTS attachment_blobs (
          sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
          size   INTEGER NOT NULL CHECK (size >= 0),
          data   BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS attachments (
          id          INTEGER PRIMARY KEY,
          incident_id INTEGER NOT NULL REFERENCES incidents (id),
          name        TEXT NOT NULL,
          sha256      TEXT NOT NULL REFERENCES attachment_blobs (sha256),
          size        INTEGER NOT NULL CHECK (size >= 0),
          media_type  TEXT NOT NULL,
          attached_by TEXT NOT NULL,
          attached_at TEXT NOT NULL,
          UNIQUE (incident_id, name, sha256)
        );
        CREATE INDEX IF NOT EXISTS attachments_sha256 ON attachments (sha256);
        CREATE TABLE IF NOT EXISTS mail_messages (
          message_id  TEXT PRIMARY KEY,
          incident_id INTEGER REFERENCES incidents (id),
          action      TEXT NOT NULL CHECK (action IN ('opened','noted','ignored')),
          sender      TEXT,
          subject     TEXT,
          taken_at    TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mail_messages_incident ON mail_messages (incident_id) WHERE incident_id IS NOT NULL;
      `);
      // Incidents reported by mail have a source of their own. Widening a CHECK leaves every stored
      // row valid, so the table's definition is rewritten in place (sqlite.org/lang_altertable.html,
      // "Making Other Kinds Of Table Schema Changes") instead of copying a million incidents.
      const from = "source IN ('user','monitoring','staff','vendor','other')";
      const to = "source IN ('user','monitoring','staff','vendor','other','mail')";
      const current = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'incidents'").pluck().get() as string;
      if (current.includes(to)) return;
      const version = db.pragma('schema_version', { simple: true }) as number;
      db.unsafeMode(true);
      try {
        db.pragma('writable_schema = ON');
        const changed = db.prepare("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'incidents' AND instr(sql, ?) > 0").run(from, to, from).changes;
        if (changed !== 1) throw new Error('migration 15: the incidents table does not have the source check it expects');
        db.pragma(`schema_version = ${version + 1}`);
        db.pragma('writable_schema = OFF');
      } finally {
        db.unsafeMode(false);
      }
    },
  },
  {
    version: 16,
    name: 'search totals that follow edits and notes',
    up: (db) => {
      // The index was a contentless_delete FTS5 table, whose totals (rows, tokens per column) never
      // lose a replaced row: every edit and note counted the record again, and a rebuild (DELETE
      // FROM) doubled them. Made again as a contentless table whose triggers take the old tokens
      // out ('delete'), and filled afresh: the totals are the records' own, as on PostgreSQL.
      for (const t of SEARCH_INDEX_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
      db.exec('DROP TABLE IF EXISTS incident_fts; DROP TABLE IF EXISTS knowledge_fts;');
      db.exec(SEARCH_INDEX_SQL);
      rebuildSearchIndex(db);
    },
  },
  {
    version: 17,
    name: "webhook URLs: an admin's secret; the outbox holds their origin",
    up: (db) => {
      // The outbox held each webhook's whole URL; it holds the rule and the origin now, and `notify`
      // reads the URL by rule when it delivers (as on PostgreSQL, where only admins may read it).
      const rows = db.prepare("SELECT id, target FROM outbox WHERE target_kind = 'webhook'").all() as { id: number; target: string }[];
      const update = db.prepare('UPDATE outbox SET target = ? WHERE id = ?');
      for (const r of rows) {
        const origin = redactUrl(r.target);
        if (origin !== r.target) update.run(origin, r.id);
      }
    },
  },
  {
    version: 18,
    name: 'a record changes only with its timeline',
    // PostgreSQL's 18 holds its roles to it; a file anyone can write has no roles to hold (docs/team.md).
    up: () => undefined,
  },
];

/**
 * Gives the events of a timeline table that have none their hashes (migration 13;
 * store/chain.ts#chainFiller), reading the pages as store/chain.ts#timelinePages does, synchronously.
 */
function fillChains(db: DB, table: Timeline): void {
  const trigger = `${table}_no_update`;
  const triggerSql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(trigger) as string | undefined;
  if (triggerSql) db.exec(`DROP TRIGGER ${trigger}`);
  const { parent } = TIMELINES[table];
  const query = timelinePageQueries(table);
  const first = db.prepare(query.first);
  const rest = db.prepare(query.rest);
  const after = db.prepare(query.after);
  const update = db.prepare(`UPDATE ${table} SET hash = ? WHERE id = ?`);
  const hashesFor = chainFiller(table);
  type Row = Record<string, unknown>;
  let rows = first.all() as Row[];
  while (rows.length) {
    for (const { id, hash } of hashesFor(rows)) update.run(hash, id);
    const last = rows[rows.length - 1];
    rows = rest.all(last[parent], last.id) as Row[];
    if (!rows.length) rows = after.all(last[parent]) as Row[];
  }
  if (triggerSql) db.exec(triggerSql);
}

// Versions are reserved per change and may land in any order: the highest one is the latest.
export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Applies every pending migration in one immediate transaction: all of them or none. */
export function migrate(db: DB, hooks: { backup?: () => void } = {}): void {
  const current = () => db.pragma('user_version', { simple: true }) as number;
  if (current() > 0 && current() < LATEST_VERSION) hooks.backup?.();
  db.transaction(() => {
    // Re-read inside the lock: another process may have migrated while we waited.
    const from = current();
    for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
      if (m.version <= from) continue;
      m.up(db);
      // PRAGMA takes no bound parameters.
      db.exec(`PRAGMA user_version = ${m.version}`);
    }
    crashPoint('migrate');
  }).immediate();
}

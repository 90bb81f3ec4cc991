import { PG_SEARCH_INDEX_SQL } from './search.js';

/**
 * The PostgreSQL schema, equal to the SQLite one at its latest migration (store/migrations.ts): the
 * same tables, columns and value representations, so the record stores' SQL and row mapping serve
 * both backends (SPEC §15). Times are ISO-8601 text, JSON is text, flags are integers.
 *
 * Every text column is COLLATE "C": byte order, which is SQLite's BINARY order for UTF-8, so times
 * compare as they do on SQLite and lists sort the same whatever locale the database was made with.
 *
 * Ids are given as SQLite gives them: the highest plus one, no gaps after a rolled-back insert
 * (a sequence would leave them), so INC-n refs match between backends. The trigger that does it is
 * safe because every writer holds the write lock (pg/sql.ts WRITE_LOCK) for its whole transaction.
 *
 * Foreign keys are DEFERRABLE (checked at once unless a transaction defers them): an import defers
 * them to its commit, where they are checked all the same (pg/dialect.ts withoutForeignKeys).
 */

/** Tables whose `id` is the highest plus one when an insert gives none. */
export const NUMBERED_TABLES = ['incidents', 'events', 'knowledge', 'outbox', 'problems', 'problem_events'] as const;

/** The timeline tables: evidence, append-only (SPEC §3, §12, §15). */
export const TIMELINE_TABLES = ['events', 'problem_events'] as const;

const T = 'text COLLATE "C"';

const numbered = (table: string) => `
  CREATE FUNCTION ${table}_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.id IS NULL THEN
      NEW.id := (SELECT coalesce(max(id), 0) + 1 FROM ${table});
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER ${table}_next_id BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_next_id();`;

const appendOnly = (table: string) => `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION timeline_append_only();
  CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION timeline_append_only();`;

/** The whole schema of version 11, run in one transaction on an empty database. */
export const SCHEMA_SQL = `
  CREATE TABLE incidents (
    id               bigint PRIMARY KEY,
    title            ${T} NOT NULL,
    description      ${T},
    status           ${T} NOT NULL CHECK (status IN ('open','classified','escalated','on_hold','resolved','closed','cancelled')),
    held_from        ${T},
    resolved_from    ${T},
    impact           ${T} CHECK (impact IN ('high','medium','low')),
    urgency          ${T} CHECK (urgency IN ('high','medium','low')),
    priority         ${T} CHECK (priority IN ('P1','P2','P3','P4','P5')),
    source_priority  ${T},
    source_sla_met   integer,
    source_knowledge integer NOT NULL DEFAULT 0,
    source_problem   ${T},
    category         ${T},
    service          ${T},
    source           ${T} CHECK (source IN ('user','monitoring','staff','vendor','other')),
    reporter         ${T},
    assignee         ${T},
    team             ${T},
    escalation_level integer NOT NULL DEFAULT 0,
    tags             ${T} NOT NULL DEFAULT '[]',
    dedup_key        ${T},
    occurrences      bigint NOT NULL DEFAULT 1,
    scope            ${T},
    detected_at      ${T} NOT NULL,
    opened_at        ${T} NOT NULL,
    classified_at    ${T},
    escalated_at     ${T},
    resolved_at      ${T},
    closed_at        ${T},
    response_due_at  ${T},
    resolve_due_at   ${T},
    hold_started_at  ${T},
    held_seconds     bigint NOT NULL DEFAULT 0,
    monitor_until    ${T},
    resolution       ${T},
    resolution_code  ${T} CHECK (resolution_code IN ('fixed','workaround','no-fault-found','duplicate','user-error','vendor','other')),
    major            integer NOT NULL DEFAULT 0,
    -- No foreign key, as on SQLite (the column predates problems): the app keeps it valid.
    problem_id       bigint,
    problem_handoff  ${T},
    external_ref     ${T},
    created_by       ${T} NOT NULL,
    updated_at       ${T} NOT NULL,
    version          bigint NOT NULL DEFAULT 1,
    escalated_to     ${T},
    escalation_eta   ${T}
  );
  CREATE INDEX incidents_assignee ON incidents (assignee, status);
  CREATE INDEX incidents_team ON incidents (team, status);
  CREATE INDEX incidents_opened_at ON incidents (opened_at);
  CREATE INDEX incidents_dedup_key ON incidents (dedup_key) WHERE dedup_key IS NOT NULL;
  CREATE UNIQUE INDEX incidents_external_ref ON incidents (external_ref) WHERE external_ref IS NOT NULL;
  CREATE INDEX incidents_problem ON incidents (problem_id) WHERE problem_id IS NOT NULL;
  CREATE INDEX incidents_active_by_priority ON incidents (coalesce(priority, 'P9'), id DESC) WHERE status NOT IN ('closed', 'cancelled');
  CREATE INDEX incidents_by_priority ON incidents (coalesce(priority, 'P9'), id DESC);
  CREATE INDEX incidents_status_by_priority ON incidents (status, coalesce(priority, 'P9'), id DESC);

  CREATE TABLE events (
    id          bigint PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incidents (id) DEFERRABLE,
    at          ${T} NOT NULL,
    actor       ${T} NOT NULL,
    kind        ${T} NOT NULL,
    from_value  ${T},
    to_value    ${T},
    note        ${T},
    data        ${T}
  );
  CREATE INDEX events_incident ON events (incident_id, id);
  CREATE INDEX events_at ON events (at);
  -- SQLite's index also holds the note; a B-tree entry here is limited to about 2.7 kB, which a
  -- long note passes, so only the keys: the notes are read from the table.
  CREATE INDEX events_notes ON events (incident_id, id) WHERE kind = 'noted';

  CREATE TABLE incident_links (
    incident_id bigint NOT NULL REFERENCES incidents (id) DEFERRABLE,
    related_id  bigint NOT NULL REFERENCES incidents (id) DEFERRABLE,
    PRIMARY KEY (incident_id, related_id)
  );

  CREATE TABLE knowledge (
    id              bigint PRIMARY KEY,
    title           ${T} NOT NULL,
    symptoms        ${T},
    cause           ${T},
    resolution      ${T},
    workaround      ${T},
    category        ${T},
    service         ${T},
    tags            ${T} NOT NULL DEFAULT '[]',
    status          ${T} NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','retired')),
    source_incident bigint REFERENCES incidents (id) DEFERRABLE,
    uses            bigint NOT NULL DEFAULT 0,
    created_by      ${T} NOT NULL,
    created_at      ${T} NOT NULL,
    updated_at      ${T} NOT NULL,
    version         bigint NOT NULL DEFAULT 1
  );
  CREATE INDEX knowledge_status ON knowledge (status);

  CREATE TABLE incident_knowledge (
    incident_id bigint NOT NULL REFERENCES incidents (id) DEFERRABLE,
    kb_id       bigint NOT NULL REFERENCES knowledge (id) DEFERRABLE,
    relation    ${T} NOT NULL CHECK (relation IN ('created','used')),
    at          ${T} NOT NULL,
    PRIMARY KEY (incident_id, kb_id)
  );
  CREATE INDEX incident_knowledge_kb ON incident_knowledge (kb_id);

  CREATE TABLE settings (
    key   ${T} PRIMARY KEY,
    value ${T} NOT NULL
  );

  CREATE TABLE outbox (
    id              bigint PRIMARY KEY,
    incident_id     bigint REFERENCES incidents (id) DEFERRABLE,
    event           ${T} NOT NULL,
    rule            ${T} NOT NULL,
    target_kind     ${T} NOT NULL CHECK (target_kind IN ('webhook','command')),
    target          ${T} NOT NULL,
    payload         ${T} NOT NULL,
    status          ${T} NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed')),
    attempts        bigint NOT NULL DEFAULT 0,
    created_at      ${T} NOT NULL,
    next_attempt_at ${T} NOT NULL,
    claimed_until   ${T},
    last_attempt_at ${T},
    delivered_at    ${T},
    last_error      ${T}
  );
  CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE status = 'pending';
  CREATE INDEX outbox_status ON outbox (status, id);

  CREATE TABLE problems (
    id                  bigint PRIMARY KEY,
    title               ${T} NOT NULL,
    description         ${T},
    status              ${T} NOT NULL CHECK (status IN ('open','analysing','known_error','fixed','closed')),
    root_cause          ${T},
    workaround          ${T},
    fix                 ${T},
    owner               ${T},
    category            ${T},
    service             ${T},
    close_reason        ${T},
    opened_at           ${T} NOT NULL,
    analysis_started_at ${T},
    known_error_at      ${T},
    fixed_at            ${T},
    closed_at           ${T},
    created_by          ${T} NOT NULL,
    updated_at          ${T} NOT NULL,
    version             bigint NOT NULL DEFAULT 1
  );
  CREATE INDEX problems_status ON problems (status, id);

  CREATE TABLE problem_events (
    id         bigint PRIMARY KEY,
    problem_id bigint NOT NULL REFERENCES problems (id) DEFERRABLE,
    at         ${T} NOT NULL,
    actor      ${T} NOT NULL,
    kind       ${T} NOT NULL,
    from_value ${T},
    to_value   ${T},
    note       ${T},
    data       ${T}
  );
  CREATE INDEX problem_events_problem ON problem_events (problem_id, id);

  CREATE TABLE problem_knowledge (
    problem_id bigint NOT NULL REFERENCES problems (id) DEFERRABLE,
    kb_id      bigint NOT NULL REFERENCES knowledge (id) DEFERRABLE,
    relation   ${T} NOT NULL CHECK (relation IN ('workaround','linked')),
    at         ${T} NOT NULL,
    PRIMARY KEY (problem_id, kb_id)
  );
  CREATE INDEX problem_knowledge_kb ON problem_knowledge (kb_id);

  ${NUMBERED_TABLES.map(numbered).join('\n')}

  -- The timeline is evidence: the database itself refuses to rewrite or empty it (SPEC §3, §15).
  CREATE FUNCTION timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'the timeline is append-only' USING ERRCODE = 'restrict_violation';
  END $$;
  ${TIMELINE_TABLES.map(appendOnly).join('\n')}

  -- The full-text index, written by our code in each record's transaction (pg/search.ts).
  ${PG_SEARCH_INDEX_SQL}
`;

/**
 * Version 12: who did it (SPEC §15). The actor of every event is the role the server authenticated
 * (session_user), set by the database itself, so an INSERT through psql cannot put another name
 * there either; a different name given (--actor, INCIDENT_ACTOR, or an INSERT's own actor) is kept
 * beside it as on_behalf_of. os_user is the SQLite file's record of the OS account (left NULL here:
 * a client's claim about its OS account proves nothing to a server).
 *
 * An import or a copy keeps the names its file holds (they are history, not this session's acts)
 * when it says so (incident.keep_actors, set for its transaction) and its role owns the tables or is
 * an admin: a reader or an agent cannot.
 */
export const IDENTITY_SQL = `
  ALTER TABLE events ADD COLUMN on_behalf_of ${T}, ADD COLUMN os_user ${T};
  ALTER TABLE problem_events ADD COLUMN on_behalf_of ${T}, ADD COLUMN os_user ${T};

  CREATE FUNCTION timeline_actor() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF current_setting('incident.keep_actors', true) = 'on' AND (
         pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
         OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_admin') AND pg_has_role(session_user, 'incident_admin', 'USAGE'))) THEN
      RETURN NEW;
    END IF;
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
      NEW.on_behalf_of := NEW.actor;
    END IF;
    NEW.actor := session_user::text;
    NEW.os_user := NULL;
    RETURN NEW;
  END $$;
  ${TIMELINE_TABLES.map((t) => `CREATE TRIGGER ${t}_actor BEFORE INSERT ON ${t} FOR EACH ROW EXECUTE FUNCTION timeline_actor();`).join('\n')}

  -- Webhook URLs hold their secret (core/secrets.ts mayHoldSecret): a reader's role does not see
  -- those rows at all, through psql either. Agents do (their commands queue the deliveries); only
  -- admins may write settings (privileges, pg/roles.ts). The owner is not held by these policies.
  ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
  CREATE POLICY settings_read ON settings FOR SELECT USING (
    key !~ '^notify\\.[^.]+\\.(url|command)$'
    OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_agent' AND pg_has_role(current_user, oid, 'USAGE')));
  CREATE POLICY settings_insert ON settings FOR INSERT WITH CHECK (true);
  CREATE POLICY settings_update ON settings FOR UPDATE USING (true) WITH CHECK (true);
  CREATE POLICY settings_delete ON settings FOR DELETE USING (true);
`;

/**
 * Version 15, as SQLite's migration 15: evidence files by SHA-256 (bytea), the incidents they are
 * attached to, the mail `incident mail` took, and `mail` as a source.
 */
export const ATTACHMENTS_SQL = `
  CREATE TABLE attachment_blobs (
    sha256 ${T} PRIMARY KEY CHECK (length(sha256) = 64),
    size   bigint NOT NULL CHECK (size >= 0),
    data   bytea NOT NULL
  );
  CREATE TABLE attachments (
    id          bigint PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incidents (id) DEFERRABLE,
    name        ${T} NOT NULL,
    sha256      ${T} NOT NULL REFERENCES attachment_blobs (sha256) DEFERRABLE,
    size        bigint NOT NULL CHECK (size >= 0),
    media_type  ${T} NOT NULL,
    attached_by ${T} NOT NULL,
    attached_at ${T} NOT NULL,
    UNIQUE (incident_id, name, sha256)
  );
  CREATE INDEX attachments_sha256 ON attachments (sha256);
  ${numbered('attachments')}
  CREATE TABLE mail_messages (
    message_id  ${T} PRIMARY KEY,
    incident_id bigint REFERENCES incidents (id) DEFERRABLE,
    action      ${T} NOT NULL CHECK (action IN ('opened','noted','ignored')),
    sender      ${T},
    subject     ${T},
    taken_at    ${T} NOT NULL
  );
  CREATE INDEX mail_messages_incident ON mail_messages (incident_id) WHERE incident_id IS NOT NULL;
  ALTER TABLE incidents DROP CONSTRAINT incidents_source_check;
  ALTER TABLE incidents ADD CONSTRAINT incidents_source_check CHECK (source IN ('user','monitoring','staff','vendor','other','mail'));
`;

/**
 * Version 17: webhook URLs are an admin's secret, through psql too (SPEC §15). Only admins (and the
 * owner) read the `notify.<rule>.url` and `.command` rows of settings; readers and agents read the
 * view notify_webhooks instead: each rule that has a webhook and its origin, as the CLI shows it
 * (core/secrets.ts redactUrl). The view runs with its owner's rights, so row security does not hide
 * the rows from it, and it never gives more than the origin. An agent's command queues a webhook
 * notification from it: the outbox holds the rule and the origin, and `notify` reads the URL by
 * rule when it delivers (an admin's run). Command rows are hidden from agents too: a command target
 * in the database never runs (SPEC §12), and one may hold a webhook URL (curl).
 *
 * webhook_origin reads a URL as `config set` stores it (WHATWG href: host lower case, default port
 * left out): scheme://host[:port], then `/…` when anything (user, password, path, query) was cut.
 * The outbox's webhook rows already queued are rewritten to their origin.
 */
export const WEBHOOKS_SQL = `
  CREATE FUNCTION webhook_origin(url text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE
      WHEN m IS NULL THEN '…'
      WHEN m[2] IS NULL AND m[4] IN ('', '/') THEN lower(m[1]) || '://' || lower(m[3])
      ELSE lower(m[1]) || '://' || lower(m[3]) || '/…'
    END
    FROM (SELECT regexp_match(url, '^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*@)?([^/?#@]*)(.*)$') AS m) s
  $$;
  CREATE VIEW notify_webhooks AS
    SELECT substring(key FROM '^notify\\.([^.]+)\\.url$') COLLATE "C" AS rule, webhook_origin(value) COLLATE "C" AS origin
      FROM settings WHERE key ~ '^notify\\.[^.]+\\.url$' AND value <> '';
  ALTER POLICY settings_read ON settings USING (
    key !~ '^notify\\.[^.]+\\.(url|command)$'
    OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_admin' AND pg_has_role(current_user, oid, 'USAGE')));
  UPDATE outbox SET target = webhook_origin(target) WHERE target_kind = 'webhook';
`;

/**
 * Also version 17: who made a record is the authenticated role too, as for the actor of an event
 * (IDENTITY_SQL): created_by of incidents, knowledge and problems and attached_by of attachments,
 * set by the database on INSERT. These tables have no on_behalf_of column: the name given goes, the
 * role stays. An import or a copy by the owner or an admin keeps the names its file holds.
 */
// coalesce: the setting is NULL in a session that never set it, and NOT (NULL AND …) would skip the assignment.
const keptByImport = `coalesce(current_setting('incident.keep_actors', true), '') = 'on' AND (
         pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
         OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_admin') AND pg_has_role(session_user, 'incident_admin', 'USAGE')))`;

export const CREATORS_SQL = `
  CREATE FUNCTION record_created_by() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT (${keptByImport}) THEN
      NEW.created_by := session_user::text;
    END IF;
    RETURN NEW;
  END $$;
  CREATE FUNCTION attachment_attached_by() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT (${keptByImport}) THEN
      NEW.attached_by := session_user::text;
    END IF;
    RETURN NEW;
  END $$;
  ${['incidents', 'knowledge', 'problems'].map((t) => `CREATE TRIGGER ${t}_created_by BEFORE INSERT ON ${t} FOR EACH ROW EXECUTE FUNCTION record_created_by();`).join('\n')}
  CREATE TRIGGER attachments_attached_by BEFORE INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION attachment_attached_by();
`;

/**
 * Version 18: an incident or a problem changes only with its timeline. An agent's role may UPDATE
 * incidents and problems (its commands do), so through psql it could also close one, or change its
 * priority, and leave no event: the record would say something nobody is recorded as doing. A
 * deferred constraint trigger refuses, at COMMIT, a transaction that changed a record but appended
 * no event to that record's timeline; every command appends one with each change. An import or a
 * copy that keeps its file's actors (incident_keeps_actors(): the owner or an admin, as
 * timeline_actor allows) writes history, not acts, and is not held to it. The triggers that name
 * the role (timeline_actor, record_created_by, attachment_attached_by) ask the same function, so
 * the rule is written once.
 */
export const CHANGE_RECORDED_SQL = `
  CREATE FUNCTION incident_keeps_actors(tbl regclass) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
  BEGIN
    -- coalesce: an unset setting is NULL, and NOT NULL would let the change through.
    RETURN coalesce(current_setting('incident.keep_actors', true), '') = 'on' AND (
      pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = tbl), 'USAGE')
      OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_admin') AND pg_has_role(session_user, 'incident_admin', 'USAGE')));
  END $$;

  CREATE OR REPLACE FUNCTION timeline_actor() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF incident_keeps_actors(TG_RELID) THEN
      RETURN NEW;
    END IF;
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
      NEW.on_behalf_of := NEW.actor;
    END IF;
    NEW.actor := session_user::text;
    NEW.os_user := NULL;
    RETURN NEW;
  END $$;
  CREATE OR REPLACE FUNCTION record_created_by() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT incident_keeps_actors(TG_RELID) THEN
      NEW.created_by := session_user::text;
    END IF;
    RETURN NEW;
  END $$;
  CREATE OR REPLACE FUNCTION attachment_attached_by() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT incident_keeps_actors(TG_RELID) THEN
      NEW.attached_by := session_user::text;
    END IF;
    RETURN NEW;
  END $$;

  CREATE FUNCTION change_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- xmin: the transaction that wrote the row; this one's own events carry its id.
    IF TG_TABLE_NAME = 'incidents' THEN
      IF NOT EXISTS (SELECT 1 FROM events WHERE incident_id = NEW.id AND xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'INC-% was changed with no event in its timeline', NEW.id
          USING HINT = 'incidents change through incident commands (classify, resolve, edit, …), which record who did what';
      END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM problem_events WHERE problem_id = NEW.id AND xmin = pg_current_xact_id()::xid) THEN
      RAISE EXCEPTION 'PRB-% was changed with no event in its timeline', NEW.id
        USING HINT = 'problems change through incident problem commands, which record who did what';
    END IF;
    RETURN NULL;
  END $$;
  CREATE CONSTRAINT TRIGGER incidents_change_recorded AFTER UPDATE ON incidents DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NOT incident_keeps_actors('incidents')) EXECUTE FUNCTION change_recorded();
  CREATE CONSTRAINT TRIGGER problems_change_recorded AFTER UPDATE ON problems DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NOT incident_keeps_actors('problems')) EXECUTE FUNCTION change_recorded();
`;

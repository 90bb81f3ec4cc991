import type { PgSql } from './sql.js';

/**
 * Who may do what on a team database (SPEC §15, docs/team.md "Roles"): three group roles of the
 * server, each a member of the one below it (admin ⊃ agent ⊃ reader), and their privileges on this
 * database's tables. The database enforces them, so `psql` meets the same walls as the CLI.
 *
 * Roles belong to the whole server (every database on it), privileges to one database: a person
 * made an agent is an agent of every incident database of that server whose tables are granted.
 */
export const LEVELS = ['reader', 'agent', 'admin'] as const;
export type Level = (typeof LEVELS)[number];

/** The group role of each level. */
export const GROUP: Readonly<Record<Level, string>> = { reader: 'incident_reader', agent: 'incident_agent', admin: 'incident_admin' };

/** What an agent works on: insert and update (records, their links, the queue, attached files, mail taken in). */
const WORKING_TABLES = [
  'incidents', 'knowledge', 'problems', 'incident_links', 'incident_knowledge', 'problem_knowledge', 'outbox',
  'attachment_blobs', 'attachments', 'mail_messages',
];
/** Links between incidents an agent may also take away (`unlink`). */
const UNLINKED_TABLES = ['incident_links'];
/** The search index, rewritten (deleted and inserted) with its records. */
const SEARCH_TABLES = ['incident_search', 'knowledge_search', 'search_totals'];
/** The timelines: evidence. Insert only, for everyone (their triggers refuse the rest whatever the grants). */
const TIMELINE_TABLES = ['events', 'problem_events'];

/**
 * The privileges of the three groups on this database's tables, granted again from nothing: run by
 * `db init`, `db migrate` (in the migration's transaction, so a new table is never left ungranted)
 * and `db grant`, by the tables' owner. Nobody is granted UPDATE, DELETE or TRUNCATE on a timeline.
 */
export function grantsSql(): string {
  const [reader, agent, admin] = [GROUP.reader, GROUP.agent, GROUP.admin];
  return `
    REVOKE ALL ON ALL TABLES IN SCHEMA ${SCHEMA} FROM ${reader}, ${agent}, ${admin};
    GRANT USAGE ON SCHEMA ${SCHEMA} TO ${reader};
    GRANT SELECT ON ALL TABLES IN SCHEMA ${SCHEMA} TO ${reader};
    -- The queue is the agents' work (its webhook rows hold the origin only, never the URL).
    REVOKE SELECT ON outbox FROM ${reader};
    GRANT SELECT ON outbox TO ${agent};
    -- Which rules have a webhook, and its origin: for everyone; the URL rows of settings are the
    -- admins' alone (row security, pg/schema.ts WEBHOOKS_SQL).
    GRANT SELECT ON notify_webhooks TO ${reader};
    GRANT INSERT, UPDATE ON ${WORKING_TABLES.join(', ')} TO ${agent};
    GRANT DELETE ON ${UNLINKED_TABLES.join(', ')} TO ${agent};
    GRANT INSERT, UPDATE, DELETE ON ${SEARCH_TABLES.join(', ')} TO ${agent};
    GRANT INSERT ON ${TIMELINE_TABLES.join(', ')} TO ${agent};
    GRANT INSERT, UPDATE, DELETE ON settings TO ${admin};
  `;
}

/** The schema our tables are in (the connection's search_path, as every statement of ours). */
const SCHEMA = 'current_schema()';

/** Whether the three group roles exist on this server. */
export async function groupsExist(sql: PgSql): Promise<boolean> {
  const n = await sql.value<number>('SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?, ?)', [GROUP.reader, GROUP.agent, GROUP.admin]);
  return Number(n) === 3;
}

/** Grants the groups their privileges on this database, when the groups exist (a migration calls it). */
export async function regrant(sql: PgSql): Promise<void> {
  if (await groupsExist(sql)) await sql.run(await schemaQualified(sql, grantsSql()));
}

/** `current_schema()` is not allowed where GRANT wants a name: the name itself, quoted. */
async function schemaQualified(sql: PgSql, text: string): Promise<string> {
  const schema = (await sql.value<string>('SELECT quote_ident(current_schema())')) ?? 'public';
  return text.split(SCHEMA).join(schema);
}

/**
 * Creates the three groups once (a role that may create roles, the first time), each a member of
 * the one below it; an admin may grant and revoke every level (ADMIN OPTION). Two processes doing
 * it at once: the second finds the roles made.
 */
export async function createGroups(sql: PgSql): Promise<void> {
  for (const level of LEVELS) {
    await sql.run(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${GROUP[level]}') THEN CREATE ROLE ${GROUP[level]} NOLOGIN; END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  }
  await sql.run(`GRANT ${GROUP.reader} TO ${GROUP.agent}`);
  await sql.run(`GRANT ${GROUP.agent} TO ${GROUP.admin}`);
  await sql.run(`GRANT ${GROUP.reader}, ${GROUP.agent} TO ${GROUP.admin} WITH ADMIN OPTION`);
}

/** Whether the role that is connected owns the tables (only the owner may grant privileges on them). */
export async function ownsTables(sql: PgSql): Promise<boolean> {
  return !!(await sql.value<number>(
    `SELECT pg_has_role(session_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass('incidents')`,
  ));
}

/** Whether a login (or any) role of that name exists. */
export async function roleExists(sql: PgSql, role: string): Promise<boolean> {
  return !!(await sql.value<number>('SELECT count(*) FROM pg_roles WHERE rolname = ?', [role]));
}

/** The levels a role holds directly (membership granted to it by `db grant`). */
export async function levelsOf(sql: PgSql, role: string): Promise<Level[]> {
  const rows = await sql.all<{ name: string }>(
    `SELECT g.rolname AS name FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
      WHERE r.rolname = ? AND g.rolname IN (?, ?, ?)`,
    [role, GROUP.reader, GROUP.agent, GROUP.admin],
  );
  return LEVELS.filter((l) => rows.some((r) => r.name === GROUP[l]));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Makes `role` a member of the level's group (an admin also grants every level onwards). */
export async function grantLevel(sql: PgSql, role: string, level: Level): Promise<void> {
  await sql.run(`GRANT ${GROUP[level]} TO ${ident(role)}${level === 'admin' ? ' WITH ADMIN OPTION' : ''}`);
}

/** Takes the role out of the given levels' groups. */
export async function revokeLevels(sql: PgSql, role: string, levels: readonly Level[]): Promise<void> {
  for (const level of levels) await sql.run(`REVOKE ${GROUP[level]} FROM ${ident(role)}`);
}

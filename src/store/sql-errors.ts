/**
 * Which rule of the schema a failed statement broke, on either backend: the record stores turn a
 * broken rule into the user's error (a duplicate key into "already exists", …) without knowing
 * which database they run on. SQLite names it in its error code (better-sqlite3's `code`),
 * PostgreSQL in its SQLSTATE (node-postgres's `code`, class 23).
 */
export type BrokenRule = 'unique' | 'foreign_key' | 'check' | 'not_null' | 'append_only';

const SQLITE: Readonly<Record<string, BrokenRule>> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
  // RAISE(ABORT) in the timeline's triggers.
  SQLITE_CONSTRAINT_TRIGGER: 'append_only',
};

const POSTGRES: Readonly<Record<string, BrokenRule>> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
  // restrict_violation, raised by the timeline's triggers (pg/schema.ts).
  '23001': 'append_only',
};

export function brokenRule(e: unknown): BrokenRule | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  return SQLITE[code] ?? POSTGRES[code];
}

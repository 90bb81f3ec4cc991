import pg from 'pg';
import { PG_TYPE_PARSERS, PgSql } from '../../src/store/pg/sql.js';
import { PG_SEARCH_INDEX_SQL } from '../../src/store/pg/search.js';

/**
 * For the PostgreSQL search tests: a connection as the product makes one (numbers as numbers), and
 * the record tables the index reads, with the SQLite schema's column names (only the columns
 * search uses; the product's PostgreSQL schema has them all).
 */
export async function connect(url: string): Promise<PgSql> {
  const parsers = PG_TYPE_PARSERS;
  const client = new pg.Client({
    connectionString: url,
    types: { getTypeParser: ((oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser },
  });
  await client.connect();
  return new PgSql(client);
}

export const RECORD_TABLES_SQL = `
  CREATE TABLE incidents (
    id bigint PRIMARY KEY, title text NOT NULL, description text, scope text, resolution text,
    tags text NOT NULL DEFAULT '[]', category text, service text, status text NOT NULL,
    opened_at text NOT NULL, resolved_at text
  );
  CREATE TABLE events (
    id bigserial PRIMARY KEY, incident_id bigint NOT NULL REFERENCES incidents (id), kind text NOT NULL, note text
  );
  CREATE INDEX events_incident ON events (incident_id, id);
  CREATE TABLE knowledge (
    id bigint PRIMARY KEY, title text NOT NULL, symptoms text, cause text, resolution text, workaround text,
    tags text NOT NULL DEFAULT '[]', category text, service text, status text NOT NULL, updated_at text NOT NULL
  );
`;

/** The record tables and the search index on an empty database. */
export async function createSchema(sql: PgSql): Promise<void> {
  await sql.run(RECORD_TABLES_SQL);
  await sql.run(PG_SEARCH_INDEX_SQL);
}

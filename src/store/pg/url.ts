/** A `--db` or INCIDENT_DB value that names a PostgreSQL database rather than a SQLite file (SPEC §15). */
export const isPgUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//i.test(db);

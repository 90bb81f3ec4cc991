import { AppError, notAllowed, notFound, usageError } from '../core/errors.js';
import { shownTarget, type Store } from '../store/index.js';
import { LEVELS, type Level } from '../store/pg/roles.js';

/**
 * `incident db grant` and `db revoke` (SPEC §15, docs/team.md "Roles"): who may do what on a team
 * database, as PostgreSQL roles and privileges. A SQLite file has no one to ask: exit 2.
 */

export { LEVELS, type Level };

export function parseLevel(value: string): Level {
  if ((LEVELS as readonly string[]).includes(value)) return value as Level;
  throw usageError('error.badChoice', { flag: 'level', choices: LEVELS.join(', '), value });
}

async function server(store: Store) {
  if (!store.onServer) throw usageError('db.grant.sqlite');
  const pg = await import('../store/pg/roles.js');
  const { PgSql } = await import('../store/pg/sql.js');
  const sql = store.port as InstanceType<typeof PgSql>;
  return { pg, sql, place: sql.place! };
}

/**
 * Makes `role` a member of the level's group, creating the three groups first when they are not
 * there (the owner, with CREATEROLE, the first time). The tables' owner also grants the groups their
 * privileges again, so a database set up before the groups existed is covered.
 */
export async function grantLevel(store: Store, role: string, level: Level): Promise<{ group: string; path: string }> {
  const { pg, sql, place } = await server(store);
  await store.write(async () => {
    if (!(await pg.roleExists(sql, role))) throw notFound('db.grant.noRole', { server: place.server, role });
    if (!(await pg.groupsExist(sql))) {
      await pg.createGroups(sql).catch((e: unknown) => {
        throw e instanceof AppError && e.exitCode === 4 ? notAllowed('db.grant.noGroups', { user: place.user }) : e;
      });
    }
    if (await pg.ownsTables(sql)) await pg.regrant(sql);
    await pg.grantLevel(sql, role, level);
  });
  return { group: pg.GROUP[level], path: shownTarget(store.path) };
}

/** Takes `role` out of the level's group, or of every level's when none is named; the levels it left. */
export async function revokeLevel(store: Store, role: string, level?: Level): Promise<{ levels: Level[]; path: string }> {
  const { pg, sql, place } = await server(store);
  const levels = await store.write(async () => {
    if (!(await pg.roleExists(sql, role))) throw notFound('db.grant.noRole', { server: place.server, role });
    const held = await pg.levelsOf(sql, role);
    const gone = level ? held.filter((l) => l === level) : held;
    await pg.revokeLevels(sql, role, gone);
    return gone;
  });
  return { levels, path: shownTarget(store.path) };
}

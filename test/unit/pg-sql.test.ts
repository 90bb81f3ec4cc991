import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { numberPlaceholders, PG_TYPE_PARSERS, PgSql } from '../../src/store/pg/sql.js';
import { createDatabase, pgMissing } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';

describe('numberPlaceholders', () => {
  it('numbers ? in order and leaves those in quotes and comments alone', () => {
    expect(numberPlaceholders("SELECT ? , '?' , \"a?\" , ? -- why?\n , ?")).toBe("SELECT $1 , '?' , \"a?\" , $2 -- why?\n , $3");
    expect(numberPlaceholders("WHERE a = 'it''s?' AND b = ?")).toBe("WHERE a = 'it''s?' AND b = $1");
  });
});

const missing = pgMissing();

async function connect(url: string): Promise<PgSql> {
  const parsers = PG_TYPE_PARSERS;
  const client = new pg.Client({
    connectionString: url,
    types: { getTypeParser: ((oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser },
  });
  await client.connect();
  return new PgSql(client);
}

describe.skipIf(skips(missing !== ''))(`PgSql on a real server${skipNote(missing !== '', missing)}`, () => {
  it('answers rows, cells, values and changes as the SQLite side does', async () => {
    const sql = await connect(createDatabase('pgsql')!);
    try {
      await sql.run('CREATE TABLE t (id bigint PRIMARY KEY, title text)');
      expect(await sql.run('INSERT INTO t VALUES (?, ?), (?, ?)', [1, 'メール障害', 2, 'VPN'])).toEqual({ changes: 2 });
      expect(await sql.all('SELECT id, title FROM t ORDER BY id')).toEqual([
        { id: 1, title: 'メール障害' },
        { id: 2, title: 'VPN' },
      ]);
      expect(await sql.get('SELECT title FROM t WHERE id = ?', [2])).toEqual({ title: 'VPN' });
      expect(await sql.get('SELECT title FROM t WHERE id = ?', [3])).toBeUndefined();
      expect(await sql.value('SELECT count(*) FROM t')).toBe(2);
      expect(await sql.get('SELECT id = 1 AS first, EXISTS (SELECT 1 FROM t WHERE id = 9) AS nine, sum(id) OVER () AS total FROM t ORDER BY id')).toEqual({ first: 1, nine: 0, total: 3 });
      expect(await sql.cells('SELECT title, id FROM t ORDER BY id DESC')).toEqual({ rows: [['VPN', 2], ['メール障害', 1]], at: { title: 0, id: 1 } });
    } finally {
      await sql.close();
    }
  });

  it('writes all of a transaction or none of it', async () => {
    const url = createDatabase('pgsql')!;
    const sql = await connect(url);
    try {
      await sql.run('CREATE TABLE t (id bigint PRIMARY KEY)');
      await expect(
        sql.write(async () => {
          await sql.run('INSERT INTO t VALUES (1)');
          await sql.run('INSERT INTO t VALUES (1)');
        }),
      ).rejects.toThrow(/duplicate key/);
      expect(await sql.value('SELECT count(*) FROM t')).toBe(0);
      await sql.write(async () => {
        await sql.run('INSERT INTO t VALUES (1)');
        await sql.write(() => sql.run('INSERT INTO t VALUES (2)'));
      });
      expect(await sql.value('SELECT count(*) FROM t')).toBe(2);
    } finally {
      await sql.close();
    }
  });

  it('makes a second writer wait for the first, as SQLite does', async () => {
    const url = createDatabase('pgsql')!;
    const [a, b] = [await connect(url), await connect(url)];
    try {
      await a.run('CREATE TABLE t (n bigint)');
      await a.run('INSERT INTO t VALUES (0)');
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const first = a.write(async () => {
        const n = await a.value<number>('SELECT n FROM t');
        entered();
        await held;
        await a.run('UPDATE t SET n = ?', [n! + 1]);
        order.push('a');
      });
      await inside;
      const second = b.write(async () => {
        const n = await b.value<number>('SELECT n FROM t');
        await b.run('UPDATE t SET n = ?', [n! + 1]);
        order.push('b');
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(order).toEqual([]);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['a', 'b']);
      expect(await a.value('SELECT n FROM t')).toBe(2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('runs two writes started side by side on one connection as two transactions, one after the other, and warns of nothing', async () => {
    const sql = await connect(createDatabase('pgsql')!);
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      await sql.run('CREATE TABLE t (id bigint PRIMARY KEY)');
      // As notifications are delivered: each claims its row in a write of its own, all at once.
      const results = await Promise.allSettled([
        sql.write(async () => {
          await sql.run('INSERT INTO t VALUES (1)');
          await sql.run('INSERT INTO t VALUES (1)'); // refused: this write, and only this one, rolls back
        }),
        sql.write(() => sql.run('INSERT INTO t VALUES (2)')),
        sql.all('SELECT id FROM t'),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
      expect(await sql.all('SELECT id FROM t ORDER BY id')).toEqual([{ id: 2 }]);
      await new Promise((r) => setImmediate(r));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await sql.close();
    }
  });
});

import type { Dialect } from './dialect.js';
import type { Sql } from './sql.js';

/** Raw key/value settings (SPEC §11 keeps configuration in the database). */
export class SettingsStore {
  constructor(
    private readonly sql: Sql,
    private readonly dialect: Dialect,
  ) {}

  get(key: string): Promise<string | undefined> {
    return this.sql.value<string>('SELECT value FROM settings WHERE key = ?', [key]);
  }

  async all(): Promise<Record<string, string>> {
    const rows = await this.sql.all<{ key: string; value: string }>('SELECT key, value FROM settings ORDER BY key');
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }

  /** The keys that start with prefix (one family, such as `notify.`). */
  async prefixed(prefix: string): Promise<Record<string, string>> {
    const rows = await this.sql.all<{ key: string; value: string }>('SELECT key, value FROM settings WHERE key >= ? AND key < ? ORDER BY key', [prefix, `${prefix}\uffff`]);
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }

  /**
   * Each rule that has a webhook URL, with the URL's origin as shown: what may be known of it by a
   * role that may not read the URL itself (on a server, everyone but admins: SPEC §15).
   */
  webhookOrigins(): Promise<Record<string, string>> {
    return this.dialect.webhookOrigins();
  }

  async set(key: string, value: string): Promise<void> {
    await this.sql.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  async unset(key: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM settings WHERE key = ?', [key])).changes > 0;
  }
}

import { describe, expect, it } from 'vitest';
import { neededLevel } from '../../src/store/pg/errors.js';

/** Which level a refused statement needs (docs/team.md "Roles"): the one line of exit 4 names it. */
describe('the level a refused statement needs', () => {
  const cases: [string, string, string][] = [
    ['SELECT coalesce(max(version), 0) FROM incident_schema', 'permission denied for table incident_schema', 'reader'],
    ['SELECT * FROM outbox WHERE status = ? ORDER BY id', 'permission denied for table outbox', 'agent'],
    ['INSERT INTO events (incident_id, at, actor) VALUES (?, ?, ?)', 'permission denied for table events', 'agent'],
    ['UPDATE incidents SET status = ?, updated_at = ? WHERE id = ? AND version = ?', 'permission denied for table incidents', 'agent'],
    ['WITH gone AS (DELETE FROM incident_search s WHERE s.id = 1 RETURNING 1) SELECT 1', 'permission denied for table incident_search', 'agent'],
    ['INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', 'permission denied for table settings', 'admin'],
    ['DELETE FROM settings WHERE key = ?', 'permission denied for table settings', 'admin'],
    ['GRANT incident_agent TO "bob"', 'must have admin option on role "incident_agent"', 'admin'],
    ['REVOKE incident_reader FROM "bob"', 'permission denied to revoke role "incident_reader"', 'admin'],
  ];
  it.each(cases)('%s → %s needs %s', (statement, message, level) => {
    expect(neededLevel(statement, message)).toBe(level);
  });

  it('an unknown statement names no level (the general line and its hint instead)', () => {
    expect(neededLevel(undefined, 'permission denied for table incidents')).toBeUndefined();
  });
});

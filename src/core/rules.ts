import type { EntryRules } from './config.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import { usageError } from './errors.js';
import { testPattern } from './pattern.js';
import { closest, sameIgnoringCase } from './suggest.js';

/**
 * The team's entry rules (SPEC §11), applied wherever a person types an incident's title, category,
 * service or tags (open and classify). Values are answered in their canonical form: `vpn` becomes
 * the list's `VPN`, tags go through the alias table.
 */
export interface EntryFields {
  title?: string;
  category?: string;
  service?: string;
  tags?: string[];
}

function controlled(value: string | undefined, allowed: string[], flag: string, setting: 'categories' | 'services'): string | undefined {
  // An empty list means free text.
  if (value === undefined || !allowed.length) return value;
  const same = sameIgnoringCase(value, allowed);
  if (same) return same;
  const suggestion = closest(value, allowed);
  throw usageError(suggestion ? 'rules.unknownValue' : 'rules.unknownValueNoSuggestion', {
    flag,
    value,
    suggestion: suggestion ?? '',
    choices: allowed.join(', '),
    setting,
  }, 'rules.unknownValueHint');
}

/**
 * `warn` hears of a rule that cannot be applied: a title pattern RE2 cannot compile (stored before
 * RE2 was used, or written straight into the database) is skipped with a warning rather than
 * refusing every title, so that a broken rule never stops a team from recording incidents.
 */
export function applyEntryRules<T extends EntryFields>(rules: EntryRules, fields: T, warn?: (key: MessageKey, params: MessageParams) => void): T {
  const out = { ...fields };
  if (fields.title !== undefined) {
    const length = [...fields.title].length;
    if (length < rules.titleMinLength) throw usageError('rules.titleTooShort', { length, min: rules.titleMinLength });
    if (rules.titlePattern) {
      const matched = testPattern(rules.titlePattern, fields.title);
      if (typeof matched === 'object') warn?.('rules.titlePatternUnusable', { pattern: rules.titlePattern, reason: matched.error });
      else if (!matched) throw usageError('rules.titlePattern', { pattern: rules.titlePattern, value: fields.title });
    }
  }
  out.category = controlled(fields.category, rules.categories, '--category', 'categories');
  out.service = controlled(fields.service, rules.services, '--service', 'services');
  if (fields.tags) out.tags = [...new Set(fields.tags.map((t) => rules.tagAliases[t] ?? t))];
  return out;
}

import type { EntryRules } from './config.js';
import { usageError } from './errors.js';
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

function controlled(value: string | undefined, allowed: string[], flag: string): string | undefined {
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
  }, 'rules.unknownValueHint');
}

export function applyEntryRules<T extends EntryFields>(rules: EntryRules, fields: T): T {
  const out = { ...fields };
  if (fields.title !== undefined) {
    const length = [...fields.title].length;
    if (length < rules.titleMinLength) throw usageError('rules.titleTooShort', { length, min: rules.titleMinLength });
    if (rules.titlePattern && !new RegExp(rules.titlePattern, 'u').test(fields.title)) {
      throw usageError('rules.titlePattern', { pattern: rules.titlePattern, value: fields.title });
    }
  }
  out.category = controlled(fields.category, rules.categories, '--category');
  out.service = controlled(fields.service, rules.services, '--service');
  if (fields.tags) out.tags = [...new Set(fields.tags.map((t) => rules.tagAliases[t] ?? t))];
  return out;
}

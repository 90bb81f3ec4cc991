import { describe, expect, it } from 'vitest';
import type { EntryRules } from '../../src/core/config.js';
import { applyEntryRules } from '../../src/core/rules.js';
import { refusal } from '../helpers/refusal.js';

/** The team's entry rules (SPEC §11), the answers written here from the rules as docs/configuration.md states them. */

const FREE: EntryRules = { categories: [], services: [], titleMinLength: 0, titlePattern: null, tagAliases: {} };

const refused = (rules: EntryRules, fields: Parameters<typeof applyEntryRules>[1]) => refusal(() => applyEntryRules(rules, fields));

describe('entry rules (SPEC §11)', () => {
  it('without lists, takes any category and service as typed', () => {
    expect(applyEntryRules(FREE, { title: 'x', category: 'whatever', service: 'Mail' })).toEqual({ title: 'x', category: 'whatever', service: 'Mail' });
  });

  it('answers a listed value in the list\'s own spelling, and refuses one not listed (exit 2) with a suggestion or the list', () => {
    const rules: EntryRules = { ...FREE, categories: ['network', 'hardware'], services: ['VPN', 'Exchange'] };
    expect(applyEntryRules(rules, { category: 'NETWORK', service: 'vpn' })).toEqual({ category: 'network', service: 'VPN' });
    // Only the fields given are checked.
    expect(applyEntryRules(rules, { title: 'x' })).toEqual({ title: 'x', category: undefined, service: undefined });
    const near = refused(rules, { service: 'Exchnge' });
    expect([near.exit, near.key, near.hintKey]).toEqual([2, 'rules.unknownValue', 'rules.unknownValueHint']);
    expect(near.params).toEqual({ flag: '--service', value: 'Exchnge', suggestion: 'Exchange', choices: 'VPN, Exchange', setting: 'services' });
    const far = refused(rules, { category: 'zzzzzzzzzzzz' });
    expect([far.key, far.params]).toEqual(['rules.unknownValueNoSuggestion', { flag: '--category', value: 'zzzzzzzzzzzz', suggestion: '', choices: 'network, hardware', setting: 'categories' }]);
  });

  it('counts the title in characters (Japanese too) against the minimum length', () => {
    const rules: EntryRules = { ...FREE, titleMinLength: 5 };
    expect(applyEntryRules(rules, { title: 'VPN障害発' }).title).toBe('VPN障害発');
    const e = refused(rules, { title: 'VPN障' });
    expect([e.exit, e.key, e.params]).toEqual([2, 'rules.titleTooShort', { length: 4, min: 5 }]);
  });

  it('checks the title against title.pattern (Unicode), naming the pattern and the title', () => {
    const rules: EntryRules = { ...FREE, titlePattern: '^\\[\\p{L}+\\] ' };
    expect(applyEntryRules(rules, { title: '[営業部] VPN に接続できない' }).title).toBe('[営業部] VPN に接続できない');
    const e = refused(rules, { title: 'VPN に接続できない' });
    expect([e.exit, e.key, e.params]).toEqual([2, 'rules.titlePattern', { pattern: '^\\[\\p{L}+\\] ', value: 'VPN に接続できない' }]);
  });

  it('maps tags through the aliases and drops repeats', () => {
    const rules: EntryRules = { ...FREE, tagAliases: { 'remote-work': 'telework', wfh: 'telework' } };
    expect(applyEntryRules(rules, { tags: ['vpn', 'wfh', 'remote-work', 'vpn'] }).tags).toEqual(['vpn', 'telework']);
    expect('tags' in applyEntryRules(rules, { title: 'x' })).toBe(false);
  });
});

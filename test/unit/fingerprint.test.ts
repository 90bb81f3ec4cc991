import { describe, expect, it } from 'vitest';
import { labelsFingerprint } from '../../src/core/alerts/fingerprint.js';

/**
 * The fingerprint an older Alertmanager leaves out, computed as Prometheus does: FNV-1a 64 over the
 * label names in Go's byte order (docs/ingest.md). Expected values worked out apart from this code,
 * with a few lines of Python over the UTF-8 bytes (sorted(names, key=str.encode)).
 */
describe('Alertmanager fingerprints where the label order matters', () => {
  it.each([
    // `a` before `ab`: a name that is the start of another sorts first, whatever order they come in.
    ['a name that begins another', { ab: '2', a: '1' }, '74c4965f1efe14b8'],
    // UTF-8 order: U+FF61 (EF BD A1) before U+1F600 (F0 9F 98 80), where UTF-16 puts the emoji first.
    ['names outside the BMP in UTF-8 order', { '😀': 'y', '｡': 'x' }, '612ae568b074b5de'],
    ['an empty value', { a: '' }, 'e57e2e1903df23e2'],
    ['Japanese values', { instance: 'db01:9100', alertname: 'ディスク残量' }, 'c9dd6d3428a8e553'],
    // 16 digits always: leading zeros kept.
    ['a fingerprint that starts with zeros', { instance: 'web73:9100', alertname: 'HostDown' }, '00ff8f0bfe687ef3'],
  ])('%s', (_, labels, fingerprint) => {
    expect(labelsFingerprint(labels)).toBe(fingerprint);
  });
});

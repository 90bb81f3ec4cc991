import { describe, expect, it } from 'vitest';
import { isSecret, redactText, redactUrl, shownValue } from '../../src/core/secrets.js';

describe('webhook secrets shown as their origin (SPEC §15)', () => {
  it('keeps only scheme, host and port of a URL', () => {
    expect(redactUrl('https://hooks.slack.com/services/T000/B000/XXXX')).toBe('https://hooks.slack.com/…');
    expect(redactUrl('http://user:pw@10.0.0.5:8080/?token=abc')).toBe('http://10.0.0.5:8080/…');
    expect(redactUrl('https://example.com/#frag')).toBe('https://example.com/…');
    expect(redactUrl('https://example.com/')).toBe('https://example.com');
    expect(redactUrl('https://example.com')).toBe('https://example.com');
    expect(redactUrl('not a url')).toBe('…');
  });

  it('finds URLs inside text (errors, command lines), whatever the scheme', () => {
    expect(redactText("curl --data-binary @- 'https://hooks.example.com/T/B/X' && echo ok")).toBe("curl --data-binary @- 'https://hooks.example.com/…' && echo ok");
    expect(redactText('Request cannot be constructed from a URL that includes credentials: http://a:b@h/p?q=1')).toBe(
      'Request cannot be constructed from a URL that includes credentials: http://h/…',
    );
    expect(redactText('ftp://u:p@files.example/x')).toBe('ftp://files.example/…');
    expect(redactText('ECONNREFUSED')).toBe('ECONNREFUSED');
  });

  it('counts as secret only what showing would hide, and only in notification targets', () => {
    expect(isSecret('notify.ops.url', 'https://hooks.slack.com/services/T/B/X')).toBe(true);
    expect(isSecret('notify.ops.url', 'https://alerts.example.com')).toBe(false);
    expect(isSecret('notify.pager.command', '/usr/local/bin/page-oncall')).toBe(false);
    expect(isSecret('notify.pager.command', 'curl https://h.example/x?token=1')).toBe(true);
    expect(isSecret('escalation.level1.to', 'https://x.example/y')).toBe(false);
    expect(shownValue('categories', 'https://x.example/y')).toBe('https://x.example/y');
  });
});

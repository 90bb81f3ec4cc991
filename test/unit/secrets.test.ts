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

describe('webhook secrets: the edges', () => {
  it.each([
    // A scheme with no web origin (ssh, svn+ssh): scheme and host are still all that is shown.
    ['ssh://git:token@git.example/team/repo.git', 'ssh://git.example/…'],
    ['ssh://git.example', 'ssh://git.example'],
    ['https://hook@example.com/', 'https://example.com/…'],
    ['https://:pw@example.com/', 'https://example.com/…'],
    ['https://example.com:8443', 'https://example.com:8443'],
    ['https://example.com/?token=1', 'https://example.com/…'],
    ['https://example.com/hooks', 'https://example.com/…'],
  ])('%s is shown as %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });

  it.each([
    ['git push svn+ssh://u:p@svn.example/x', 'git push svn+ssh://svn.example/…'],
    ['"https://h.example/x?t=1"', '"https://h.example/…"'],
    ['`https://h.example/x`', '`https://h.example/…`'],
    ['<https://h.example/x>', '<https://h.example/…>'],
    ["'https://h.example/x'", "'https://h.example/…'"],
    ['POST HTTPS://H.Example/x failed', 'POST https://h.example/… failed'],
    ['two: https://a.example/1 https://b.example', 'two: https://a.example/… https://b.example'],
  ])('%s', (text, shown) => {
    expect(redactText(text)).toBe(shown);
  });

  const secret = 'https://hooks.slack.com/services/T/B/X';
  it.each([
    ['notify.ops.url', true],
    ['notify.ops.command', true],
    ['notify.ops.urls', false],
    ['xnotify.ops.url', false],
    ['notify..url', false],
    ['notify.a.b.url', false],
    ['notify.ops.url.x', false],
  ])('a secret URL under %s is held back: %s', (key, held) => {
    expect(isSecret(key, secret)).toBe(held);
  });

  it('shows a notification target\'s value down to origins; an unset URL as it is', () => {
    expect(shownValue('notify.ops.url', '')).toBe('');
    expect(shownValue('notify.ops.url', secret)).toBe('https://hooks.slack.com/…');
    // A URL key holds one URL: anything else is not shown at all.
    expect(shownValue('notify.ops.url', `see ${secret}`)).toBe('…');
    expect(shownValue('notify.pager.command', `curl -d @- ${secret}`)).toBe('curl -d @- https://hooks.slack.com/…');
    expect(isSecret('notify.ops.url', '')).toBe(false);
  });
});

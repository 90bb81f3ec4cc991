/**
 * Webhook URLs carry their secret in the user:password, the path or the query (Slack's
 * /services/T…/B…/XXXX, `?token=`): wherever a person or a log sees one, it is shown as its origin
 * only (SPEC §15). Data files keep them only when asked (`--include-secrets`).
 */

/** Any `scheme://…` up to a space or a quote: URLs inside an error message or a command line. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]+/gi;

/** `https://hooks.slack.com/…` for a URL with anything after its origin; the origin alone otherwise. */
export function redactUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // Not a URL we can read: nothing of it is shown.
    return '…';
  }
  const origin = url.origin !== 'null' ? url.origin : `${url.protocol}//${url.host}`;
  const bare = !url.username && !url.password && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  return bare ? origin : `${origin}/…`;
}

/** The text with every URL in it shown as its origin (an error that quotes the URL, a curl command). */
export function redactText(text: string): string {
  return text.replace(URL_IN_TEXT, (u) => redactUrl(u));
}

/** Keys whose values may hold a webhook's secret: the rule's URL and a command that posts to one. */
export const mayHoldSecret = (key: string): boolean => /^notify\.[^.]+\.(url|command)$/.test(key);

/** A value as a person may see it: for those keys, every URL in it down to its origin. */
export function shownValue(key: string, value: string): string {
  if (!mayHoldSecret(key)) return value;
  return key.endsWith('.url') ? (value ? redactUrl(value) : value) : redactText(value);
}

/** True when showing the value would hide something (so a data file leaves it out). */
export const isSecret = (key: string, value: string): boolean => mayHoldSecret(key) && shownValue(key, value) !== value;

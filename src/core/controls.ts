/**
 * Control characters in text we show (docs/terminal.md): a title such as
 * `T \e[2J\e]0;HACKED\a`, typed by one user or imported from a file, must never clear another
 * user's screen, retitle their window or hide text. One definition, used by input validation
 * (refuse), by every text output (show inertly) and by JSON output (escape, text kept exact).
 *
 * C1 controls (U+0080–U+009F) count as much as C0: a terminal that reads them acts on U+009B as on
 * `ESC [` and on U+009D as on `ESC ]`.
 */

/** Any control character but tab and line feed: what no stored text may hold (validate.ts). */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/**
 * Any control character at all, and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069): shown, they reorder the text around them, so a title can read
 * backwards or a value hide what follows it (stored as typed; shown inertly like any control).
 */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** How an inert control is written: `\x1b`, `\x9b`; a bidirectional one `\u202e`. */
const hex = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
};

/**
 * Text that cannot drive a terminal: every control character is written as `\xHH` (ESC as `\x1b`,
 * U+009B as `\x9b`), so a person sees that it is there and nothing happens. On one line (the
 * default) runs of tabs and line breaks become one space; `multiline` keeps tabs and line feeds
 * (CRLF becomes LF). Text without controls, nearly all of it, is answered as it is.
 */
export function inert(s: string, multiline = false): string {
  if (!ANY_CONTROL.test(s)) return s;
  const t = multiline ? s.replace(/\r\n/g, '\n') : s.replace(/[\t\r\n]+/g, ' ');
  return t.replace(multiline ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, hex);
}

/** A control but tab, LF and CR; and a CR that does not end a line (CSV's CRLF is kept). */
const OUTPUT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;
/** What guardOutput keeps as it is: our own colour (SGR, `ESC [ 1;31 m`) and CRLF; else one control. */
const OUTPUT_TOKEN = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The last guard before text reaches standard output or error (cli/context.ts, cli/run.ts): values
 * are made inert where they meet the text (messages, rows, detail views), and whatever slipped
 * through is made inert here, so no sequence that moves the cursor, clears the screen or sets the
 * window title can reach a terminal. Colour (SGR), tab, LF and CRLF are kept.
 */
export function guardOutput(text: string): string {
  return OUTPUT_CONTROL.test(text) ? text.replace(OUTPUT_TOKEN, (m) => (m.length > 1 ? m : hex(m))) : text;
}

/**
 * Text of ours that is already safe to show (a ref in bold, a coloured priority): a message
 * (i18n/index.ts#format) puts it in as it is, where any other value is made inert first.
 */
export class Styled {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}
export const styled = (text: string): Styled => new Styled(text);

/** What JSON.stringify leaves raw but a terminal may act on: DEL, C1, U+2028/2029 and the bidirectional controls. */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text whose strings hold no raw control character: JSON.stringify escapes C0 but not DEL or
 * C1, which are escaped here as `\u009b`. Parsed back, the text is exactly what was stored.
 */
export function jsonText(value: unknown, indent?: number): string {
  return jsonEscaped(JSON.stringify(value, null, indent));
}

/**
 * JSON text (any amount: one document, lines of an export) with DEL, C1 and U+2028/2029 escaped.
 * These characters can only be inside strings, so escaping them keeps the JSON valid and its text.
 */
export function jsonEscaped(json: string): string {
  return json === undefined || !/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(json) ? json : json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

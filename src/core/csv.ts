/**
 * A streaming RFC 4180 CSV parser: feed it text in chunks of any size, take whole records out.
 * Quoted fields may hold commas, doubled quotes and line breaks; CRLF and LF both end records; a
 * leading byte-order mark is dropped. Each record carries the line its first field starts on, so
 * an importer can name the line of a row it cannot read.
 */

export interface CsvRecord {
  /** 1-based physical line of the file where the record starts. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unterminatedQuote',
  ) {
    super(`line ${line}: ${reason}`);
  }
}

export class CsvParser {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** Inside a quoted field. */
  private inQuotes = false;
  /** Just saw a quote inside a quoted field: either the end of the quotes or the first of a doubled pair. */
  private quotePending = false;
  /** Just saw CR outside quotes: a following LF belongs to it. */
  private crPending = false;
  private line = 1;
  private recordLine = 1;
  private started = false;
  private first = true;

  constructor(private readonly delimiter = ',') {}

  /** Parses a chunk; answers the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let s = chunk;
    if (this.first && s.length) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      this.first = false;
    }
    const delim = this.delimiter;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (s[i] === '"') {
            this.field += '"';
            i++;
            continue;
          }
          this.inQuotes = false;
          continue;
        }
        // Copy a run of ordinary characters at once: far faster than one at a time.
        const q = s.indexOf('"', i);
        const end = q < 0 ? n : q;
        const run = s.slice(i, end);
        if (run.length) {
          this.field += run;
          for (let k = 0; k < run.length; k++) if (run.charCodeAt(k) === 10) this.line++;
        }
        if (q < 0) {
          i = n;
          break;
        }
        this.quotePending = true;
        i = q + 1;
        continue;
      }
      const c = s[i];
      if (this.crPending) {
        this.crPending = false;
        if (c === '\n') {
          i++;
          continue;
        }
      }
      if (c === delim) {
        this.endField();
        i++;
      } else if (c === '\n' || c === '\r') {
        this.endRecord(out);
        this.line++;
        if (c === '\r') this.crPending = true;
        i++;
      } else if (c === '"' && this.field === '' && !this.quoted) {
        this.inQuotes = true;
        this.quoted = true;
        this.started = true;
        i++;
      } else {
        // A run of plain characters up to the next delimiter, quote or line break.
        let j = i + 1;
        while (j < n) {
          const d = s[j];
          if (d === delim || d === '\n' || d === '\r' || d === '"') break;
          j++;
        }
        // A stray quote inside an unquoted field is kept as text, as spreadsheets do.
        if (j < n && s[j] === '"') j++;
        this.field += s.slice(i, j);
        this.started = true;
        i = j;
      }
    }
    return out;
  }

  /** Ends the input: answers the last record if the file did not end with a line break. */
  end(): CsvRecord[] {
    if (this.inQuotes && !this.quotePending) throw new CsvError(this.recordLine, 'unterminatedQuote');
    this.inQuotes = false;
    this.quotePending = false;
    const out: CsvRecord[] = [];
    if (this.started || this.fields.length) this.endRecord(out);
    return out;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.quoted = false;
    this.started = true;
  }

  private endRecord(out: CsvRecord[]): void {
    if (this.started || this.fields.length) {
      this.fields.push(this.field);
      out.push({ line: this.recordLine, fields: this.fields });
    }
    // Blank lines are not records.
    this.fields = [];
    this.field = '';
    this.quoted = false;
    this.started = false;
    this.recordLine = this.line + 1;
  }
}

/** Parses a whole text (for tests and small inputs). */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const p = new CsvParser(delimiter);
  return [...p.push(text), ...p.end()];
}

/**
 * The delimiter of a file from its header line: comma, or semicolon or tab when those are more
 * common (spreadsheets in many locales, and GLPI, write semicolons).
 */
export function guessDelimiter(headerLine: string): string {
  const outside = headerLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outside.split(c).length - 1;
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
}

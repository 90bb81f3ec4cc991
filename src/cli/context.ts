import { join, resolve } from 'node:path';
import { usageError } from '../core/errors.js';
import { Config, type CalendarSources } from '../core/config.js';
import { processOffsets } from '../io/zone.js';
import { japaneseHoliday } from '../io/holidays.js';
import { parseIsoTime } from '../core/time.js';
import { cleanText } from '../core/validate.js';
import { guardOutput, jsonText } from '../core/controls.js';
import { detectLang, translator, type Lang, type MessageKey, type MessageParams, type Translate } from '../i18n/index.js';
import { nodeOs, type Runtime } from '../io/runtime.js';
import { colorLevel, makeChalk, type ChalkInstance } from '../render/color.js';
import { FORMATS, type Format } from '../render/rows.js';
import { isPgUrl, openDatabase, shownTarget, type Store } from '../app/database.js';
import type { ChangeContext, SeenIncident } from '../app/change.js';

export type { ChangeContext, SeenIncident };
import type { Prompter } from '../io/prompts.js';
import { pageOrWrite } from '../io/pager.js';
import { loadOwnConfig, type OwnConfig } from '../io/user-config.js';
import { currentUid, databaseExposure, type Exposure } from '../io/ownership.js';

/** The options every command takes (SPEC §5). */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
  format?: string;
  actor?: string;
  input?: boolean;
  color?: boolean;
  quiet?: boolean;
  lang?: string;
}

/**
 * Everything a command's run function uses besides its own options: streams, clock, actor, language,
 * output format, the database (opened on first use) and prompts (loaded only when shown).
 */
export class Context {
  readonly t: Translate;
  readonly lang: Lang;
  readonly out: ChalkInstance;
  readonly err: ChalkInstance;
  readonly colorOut: boolean;
  private readonly fixedNow: Date;
  private openStore?: Promise<Store>;
  private loadedConfig?: Config;
  private loadedOwnConfig?: OwnConfig;
  /** Notifications queued by this command's changes, delivered once it has committed. */
  readonly queued: number[] = [];
  /** Set by a command before it prompts: the incident the answer is about (see ChangeContext.seen). */
  seen?: SeenIncident;

  constructor(
    readonly rt: Runtime,
    readonly opts: GlobalOptions,
    /** false for a command that only reads: it never creates a database (SPEC §2). */
    private readonly mode: { createsDatabase: boolean } = { createsDatabase: true },
  ) {
    if (opts.lang !== undefined && !['en', 'ja'].includes(opts.lang.toLowerCase())) {
      throw usageError('error.badChoice', { flag: 'lang', choices: 'en, ja', value: opts.lang });
    }
    // `--db "$DB"` with DB unset must not quietly read and write the default database.
    if (opts.db !== undefined && !opts.db.trim()) throw usageError('error.emptyValue', { flag: '--db' });
    // `--actor "$WHO"` with WHO unset must not record the OS account as who did it.
    if (opts.actor !== undefined && !opts.actor.trim()) throw usageError('error.emptyValue', { flag: '--actor' });
    // SQLite's in-memory database: what a command wrote there would be lost when it ends (SPEC §12).
    if (this.dbPath() === ':memory:') throw usageError('error.memoryDb');
    this.lang = detectLang(opts.lang, rt.env);
    this.t = translator(this.lang);
    const outLevel = colorLevel(rt.stdout, rt.env, opts.color !== false);
    this.out = makeChalk(outLevel);
    this.err = makeChalk(colorLevel(rt.stderr, rt.env, opts.color !== false));
    this.colorOut = outLevel > 0;
    this.fixedNow = this.readClock();
  }

  /** One instant per command, so every field a command writes agrees. INCIDENT_NOW overrides it. */
  now(): Date {
    return this.fixedNow;
  }

  private readClock(): Date {
    const fixed = this.rt.env.INCIDENT_NOW;
    if (!fixed) return this.rt.now();
    // Read as --detected-at reads ISO times (core/time.ts), so Feb 30 or `0` is refused, not rolled
    // over to another day; an instant, so a date alone is refused too.
    const d = parseIsoTime(fixed, { withTime: true });
    if (!d) throw usageError('error.badNow', { value: fixed });
    return d;
  }

  get actor(): string {
    const a = (this.opts.actor ?? this.rt.env.INCIDENT_ACTOR ?? '').trim();
    // The actor goes into every timeline event: one clean line, like any name typed in a flag.
    if (a) return cleanText(a, this.opts.actor !== undefined ? '--actor' : 'INCIDENT_ACTOR', 'short');
    return this.rt.osUser();
  }

  /**
   * `--db`, else $INCIDENT_DB, else $XDG_DATA_HOME/incident/incidents.db (SPEC §2). An empty `--db` is
   * refused (constructor); an empty variable counts as unset, as the shell convention goes.
   */
  dbPath(): string {
    if (this.opts.db !== undefined) return this.opts.db;
    if (this.rt.env.INCIDENT_DB) return this.rt.env.INCIDENT_DB;
    const dataHome = this.rt.env.XDG_DATA_HOME || join(this.rt.env.HOME || nodeOs().homedir(), '.local', 'share');
    return join(dataHome, 'incident', 'incidents.db');
  }

  store(): Promise<Store> {
    this.openStore ??= openDatabase(this.dbPath(), {
      now: () => this.now(),
      onBackup: (path) => this.info('db.backedUp', { path }),
      create: this.mode.createsDatabase,
      // Where a new database went is news to a person (a typo in --db shows here); a script's stderr stays quiet.
      onCreate: (path) => {
        if (this.rt.stderr.isTTY) this.info('db.created', { path: isPgUrl(this.dbPath()) ? path : resolve(path) });
      },
    });
    return this.openStore;
  }

  async close(): Promise<void> {
    // A database that failed to open has nothing to close.
    const store = await this.openStore?.catch(() => undefined);
    await store?.close();
  }

  async change(): Promise<ChangeContext> {
    const config = await this.config();
    return {
      store: await this.store(),
      actor: this.actor,
      now: this.now(),
      sla: config.sla(this.calendarSources()),
      config,
      outbox: this.queued,
      seen: this.seen,
      ownRules: () => this.ownConfig().values,
    };
  }

  /** Where calendars read zone offsets and public holidays: the fast process clock, one year of holidays at a time. */
  calendarSources(): CalendarSources {
    return { offsets: processOffsets, japaneseHoliday };
  }

  /** The user's own config file (io/user-config.ts): read once, when first needed; exit 5 when others can write it. */
  ownConfig(): OwnConfig {
    this.loadedOwnConfig ??= loadOwnConfig(this.rt.env);
    return this.loadedOwnConfig;
  }

  /** Who else can write the database file (undefined: only this user), in words for one line. */
  dbExposureText(): string | undefined {
    // A database on a server is shared by definition: command targets come from one's own config only.
    if (isPgUrl(this.dbPath())) return this.t('notify.exposed.server', { path: shownTarget(this.dbPath()) });
    const uid = currentUid();
    const found: Exposure | undefined = uid === undefined ? { path: this.dbPath(), why: 'unknown' } : databaseExposure(this.dbPath(), uid);
    return found && this.t(`notify.exposed.${found.why}`, { path: found.path });
  }

  /**
   * Whether a notification's command target may run for this user (SPEC §12): yes when the database
   * is a file only this user can write, or when the same command is in the user's own config file.
   * Otherwise the one-line reason. Worked out on the first command target, once per run.
   */
  commandRefusal(): (target: string) => string | undefined {
    let decided: { open: boolean; own: Set<string>; why: string } | undefined;
    return (target) => {
      if (!decided) {
        const why = this.dbExposureText();
        const own = this.ownConfig();
        const commands = Object.entries(own.values).filter(([k]) => k.endsWith('.command')).map(([, v]) => v);
        decided = { open: why === undefined, own: new Set(commands), why: why === undefined ? '' : this.t('notify.refusedWhy', { file: own.path, db: why }) };
      }
      return decided.open || decided.own.has(target) ? undefined : decided.why;
    };
  }

  /** The team's configuration (SPEC §11): one small read of the settings table, once per command. */
  async config(): Promise<Config> {
    this.loadedConfig ??= new Config(await (await this.store()).settings.all());
    return this.loadedConfig;
  }

  /** After the command's transaction committed: one short attempt at the notifications it queued. */
  async deliverQueued(): Promise<void> {
    if (!this.queued.length) return;
    const { deliverQueued, deliveryOptions } = await import('../app/notify.js');
    const o = { ...deliveryOptions(await this.config(), this.now()), refuseCommand: this.commandRefusal(), ownRules: () => this.ownConfig().values };
    const results = await deliverQueued(await this.store(), this.queued.splice(0), o);
    const held = results.filter((r) => r.outcome === 'needsAdmin').length;
    if (held) this.hint('notify.queuedForAdmin', { count: held });
    for (const r of results) {
      if (r.outcome === 'retry' || r.outcome === 'failed') this.hint('notify.notDelivered', { ref: r.ref ?? '', event: r.event, rule: r.rule, error: r.error ?? '' });
      if (r.outcome === 'refused') this.warn('notify.refused', { ref: r.ref ?? '', event: r.event, rule: r.rule, why: r.error ?? '' });
    }
  }

  // ---- output ---------------------------------------------------------------------------------

  get stdoutIsTTY(): boolean {
    return !!this.rt.stdout.isTTY;
  }

  get width(): number {
    const cols = Number(this.rt.env.COLUMNS) || this.rt.stdout.columns || 0;
    return cols > 0 ? cols : 100;
  }

  /** --json wins; then --format; tables on a TTY, tsv when piped (SPEC §6). */
  format(allowed: readonly Format[] = FORMATS): Format {
    if (this.opts.json) return 'json';
    const f = this.opts.format?.toLowerCase();
    // `--format "$FMT"` with FMT unset is a mistake to name, not a request for the default.
    if (f !== undefined) {
      if (!(allowed as readonly string[]).includes(f)) throw usageError('error.badFormat', { choices: allowed.join(', '), value: this.opts.format });
      return f as Format;
    }
    return this.stdoutIsTTY ? 'table' : allowed.includes('tsv') ? 'tsv' : allowed[0];
  }

  get json(): boolean {
    return this.format() === 'json';
  }

  get quiet(): boolean {
    return !!this.opts.quiet;
  }

  // print, page, info and hint pass what they write through guardOutput: no value's control
  // character reaches a terminal even if a renderer forgot to make it inert (docs/terminal.md).
  print(text: string): void {
    const safe = guardOutput(text);
    this.rt.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
  }

  /** Long output for people: through $PAGER on a terminal when it does not fit (io/pager.ts). */
  page(text: string): void {
    pageOrWrite(this.rt, guardOutput(text));
  }

  printJson(value: unknown): void {
    this.rt.stdout.write(`${jsonText(value, 2)}\n`);
  }

  /** A message or hint for people: stderr, so stdout stays clean for scripts. -q silences it. */
  info(key: MessageKey, params?: MessageParams): void {
    if (this.quiet) return;
    this.rt.stderr.write(`${guardOutput(this.t(key, params))}\n`);
  }

  /** What a person must know even under -q (a command that was not run, and why): stderr. */
  warn(key: MessageKey, params?: MessageParams): void {
    this.rt.stderr.write(`${this.t(key, params)}\n`);
  }

  hint(key: MessageKey, params?: MessageParams): void {
    if (this.quiet) return;
    this.rt.stderr.write(`${this.err.dim(guardOutput(this.t(key, params)))}\n`);
  }

  // ---- prompts --------------------------------------------------------------------------------

  /** Prompts only when stdin and stdout are TTYs, --no-input is absent and CI is unset (SPEC §6). */
  get canPrompt(): boolean {
    return !!this.rt.stdin.isTTY && !!this.rt.stdout.isTTY && this.opts.input !== false && !this.rt.env.CI;
  }

  /** The prompt library is loaded only here, when a prompt is about to be shown (SPEC §13). */
  async prompter(): Promise<Prompter> {
    const { createPrompter } = await import('../io/prompts.js');
    return createPrompter(this);
  }

  /** A required value: the flag's, else asked for on a TTY, else exit 2 naming the flag. */
  async required(value: string | undefined, flag: string, what: MessageKey, ask: (p: Prompter) => Promise<string>): Promise<string> {
    if (value !== undefined) {
      if (!value.trim()) throw usageError('error.emptyValue', { flag });
      return value;
    }
    if (!this.canPrompt) throw usageError('error.missingValue', { what: this.t(what), flag });
    return ask(await this.prompter());
  }
}

/**
 * Report columns, declared once. A column's key is its JSON/CSV field and its heading's message
 * (`rcol.<key>`); its kind says how its values print. Each key means one thing in every report, so
 * its kind is written here, and a report lists its columns by key, adding only what is its own:
 * which columns a narrow terminal drops first, and the few keys that print otherwise there.
 */

/** How a column's values print: durations are seconds in JSON/CSV and `3h 12m` in tables. */
export type ColumnKind = 'text' | 'count' | 'duration' | 'rate' | 'time' | 'list' | 'bool' | 'group' | 'state' | 'level';

export interface ReportColumn {
  key: string;
  kind: ColumnKind;
  /** Dynamic columns (group values) carry their own heading. */
  heading?: string;
  /** Shown to people only when some row has a figure in it (sla's source-tracker columns). */
  onlyWithData?: boolean;
  /** On a narrow terminal columns are dropped 1 first, then 2, …; absent = never dropped. */
  dropOrder?: number;
}

const KINDS = {
  // who and what
  ref: 'text', title: 'text', priority: 'text', impact: 'level', status: 'state', owner: 'text', problem: 'text',
  group: 'group', service: 'group', category: 'group', measure: 'state', target: 'state', calendar: 'text',
  period: 'text', age: 'state', cluster: 'count', suggestion: 'text',
  // when
  openedAt: 'time', createdAt: 'time', dueAt: 'time', doneAt: 'time', fixedAt: 'time', firstSeen: 'time', lastSeen: 'time',
  // how many
  total: 'count', count: 'count', opened: 'count', open: 'count', active: 'count', resolved: 'count', cancelled: 'count',
  stillOpen: 'count', escalated: 'count', reopened: 'count', major: 'count', backlog: 'count', incidents: 'count',
  uses: 'count', withKnowledge: 'count', before: 'count', after: 'count', avoided: 'count',
  responseMet: 'count', responseBreached: 'count', responsePending: 'count',
  resolveMet: 'count', resolveBreached: 'count', resolvePending: 'count', sourceMet: 'count', sourceMissed: 'count',
  // shares
  responseRate: 'rate', resolveRate: 'rate', sourceRate: 'rate', slaRate: 'rate', escalationRate: 'rate', reopenRate: 'rate', share: 'rate',
  // how long
  mtta: 'duration', mttr: 'duration', toResolve: 'duration', late: 'duration', lateWorking: 'duration', window: 'duration',
  netMean: 'duration', netMedian: 'duration', netP90: 'duration', grossMean: 'duration', grossMedian: 'duration', grossP90: 'duration',
  businessMean: 'duration', businessMedian: 'duration', businessP90: 'duration',
  // lists and flags
  knowledge: 'list', problems: 'list', usedKnowledge: 'bool',
} as const satisfies Record<string, ColumnKind>;

export type ColumnKey = keyof typeof KINDS;

/** One column by its key, with what is the report's own (drop order; a kind that differs there). */
export const column = (key: ColumnKey, own: Partial<Omit<ReportColumn, 'key'>> = {}): ReportColumn => ({ key, kind: KINDS[key], ...own });

/** Columns by key, in order; a column with something of its own is given as `column(key, …)`. */
export const columns = (...specs: (ColumnKey | ReportColumn)[]): ReportColumn[] => specs.map((s) => (typeof s === 'string' ? column(s) : s));

import type { IncidentRecord } from '../core/incident.js';
import type { Config } from '../core/config.js';
import type { SlaTargets } from '../core/sla.js';
import type { Store } from '../store/index.js';

/** What the application layer needs to make a change: where, who, when, under which rules. */
export interface ChangeContext {
  store: Store;
  actor: string;
  now: Date;
  sla: SlaTargets;
  /** The configuration the command already read (SPEC §11), when it has one: spares another read of the settings. */
  config?: Config;
  /** Collects the outbox rows a change queued, for one delivery attempt after the commit. */
  outbox?: number[];
  /** The incident as the user saw it before answering a prompt: a change made meanwhile is refused (SPEC §12). */
  seen?: SeenIncident;
  /**
   * The notification rules of the user's own config file (SPEC §12), read when a change first needs
   * the rules; they come over the database's, key by key. Absent: none.
   */
  ownRules?: () => Record<string, string>;
}

/** An incident as it was shown (or checked) before a prompt, and the last timeline event then. */
export interface SeenIncident {
  incident: IncidentRecord;
  lastEventId: number;
}

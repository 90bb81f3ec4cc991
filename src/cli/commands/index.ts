import type { CommandModule } from '../program.js';
import * as open from './open.js';
import * as classify from './classify.js';
import * as edit from './edit.js';
import * as link from './link.js';
import * as assign from './assign.js';
import * as escalate from './escalate.js';
import * as hold from './hold.js';
import * as note from './note.js';
import * as attach from './attach.js';
import * as mail from './mail.js';
import * as resolve from './resolve.js';
import * as reopen from './reopen.js';
import * as close from './close.js';
import * as cancel from './cancel.js';
import * as list from './list.js';
import * as show from './show.js';
import * as check from './check.js';
import * as calendar from './calendar.js';
import * as notify from './notify.js';
import * as report from './report.js';
import * as exportCmd from './export.js';
import * as importCmd from './import.js';
import * as config from './config.js';
import * as problem from './problem.js';
import * as ingest from './ingest.js';
import * as search from './search.js';
import * as kb from './kb.js';
import * as completion from './completion.js';
import * as db from './db.js';

/** Every command, in the order `--help` lists them (the lifecycle first). */
export const COMMANDS: CommandModule[] = [
  open,
  classify,
  edit,
  assign,
  escalate,
  hold,
  note,
  attach,
  resolve,
  reopen,
  close,
  cancel,
  link,
  list,
  show,
  search,
  kb,
  problem,
  report,
  check,
  calendar,
  notify,
  ingest,
  mail,
  exportCmd,
  importCmd,
  config,
  completion,
  db,
];

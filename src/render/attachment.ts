import type { Attachment } from '../core/attachment.js';

/** An attachment as `--json` shows it (SPEC §6: stable names). */
export const attachmentJson = (a: Attachment) => ({
  name: a.name,
  sha256: a.sha256,
  size: a.size,
  mediaType: a.mediaType,
  attachedBy: a.attachedBy,
  attachedAt: a.attachedAt,
});

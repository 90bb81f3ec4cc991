import { lookup } from './lookup.js';

/** One file attached to an incident (SPEC §16); its bytes are stored once per content, by SHA-256. */
export interface Attachment {
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
  attachedBy: string;
  attachedAt: string;
}

/**
 * A file's media type, for people and for whoever opens it later: from what its first bytes say
 * for the common evidence formats, else from its extension, else application/octet-stream.
 */

const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  jsonl: 'application/jsonl',
  xml: 'application/xml',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  eml: 'message/rfc822',
  zip: 'application/zip',
  gz: 'application/gzip',
  tgz: 'application/gzip',
  har: 'application/json',
  pcap: 'application/vnd.tcpdump.pcap',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xls: 'application/vnd.ms-excel',
  doc: 'application/msword',
};

const MAGIC: [bytes: number[], type: string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'image/gif'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'application/pdf'],
  [[0x1f, 0x8b], 'application/gzip'],
];

export function mediaTypeOf(name: string, head: Uint8Array): string {
  for (const [bytes, type] of MAGIC) if (bytes.every((b, i) => head[i] === b)) return type;
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && lookup(BY_EXTENSION, ext)) || 'application/octet-stream';
}

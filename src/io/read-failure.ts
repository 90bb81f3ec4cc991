/**
 * Why a file given on the command line could not be read, in a few words: the usual causes by name
 * (`no such file`, as `attach` and `ingest` say it), else the system's code. Node's own message
 * repeats the path and the system call (`ENOENT: no such file or directory, stat '…'`).
 */
export function readFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory';
  return err.code ?? err.message ?? String(e);
}

/**
 * Tests that need a tool the suite cannot assume (zsh, fish, a tmpfs mount, /dev/full, a checkout
 * user nobody can read) skip where it is missing and say why in their name. Data never makes a test
 * skip (it is committed in test/fixtures). INCIDENT_TEST_ALL=1 (set by .ci/run) turns every such
 * skip into a run, so a missing tool fails CI instead of hiding a test.
 */
export function skips(toolMissing: boolean): boolean {
  return toolMissing && !process.env.INCIDENT_TEST_ALL;
}

/** The end of a test's name that says why it was skipped (empty when it runs). */
export function skipNote(toolMissing: boolean, reason: string): string {
  return skips(toolMissing) ? ` (skipped: ${reason})` : '';
}

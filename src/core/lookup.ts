/**
 * A value of one of our tables of names (levels, units, entities, search fields…) by a word a user
 * typed: own keys only, so that `constructor` or `__proto__`, which every JavaScript object answers
 * to, is no name of ours.
 */
export function lookup<V>(table: Readonly<Record<string, V>>, word: string): V | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

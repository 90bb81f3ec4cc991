/**
 * One catalogue per area of the product. `ja` must have exactly the keys of `en`: a missing
 * translation is a type error, so it fails the build rather than showing a key to a user.
 * Placeholders are written `{name}`. Each language is a function, so that a run builds only the
 * messages of the language it speaks (SPEC §13: fewer objects at every start). `prefixes` are the
 * first words of the area's keys (`kb` for `kb.added`): a lookup builds only the areas that may hold
 * the key (test/unit/catalog-areas.test.ts checks every key's first word is declared).
 */
export function defineMessages<const E extends Record<string, string>>(
  prefixes: readonly string[],
  en: () => E,
  ja: () => { [K in keyof E]: string },
): { prefixes: readonly string[]; en: () => E; ja: () => { [K in keyof E]: string } } {
  return { prefixes, en, ja };
}

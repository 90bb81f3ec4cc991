/**
 * One catalogue per area of the product. `ja` must have exactly the keys of `en`: a missing
 * translation is a type error, so it fails the build rather than showing a key to a user.
 * Placeholders are written `{name}`. Each language is a function, so that a run builds only the
 * messages of the language it speaks (SPEC §13: fewer objects at every start).
 */
export function defineMessages<const E extends Record<string, string>>(
  en: () => E,
  ja: () => { [K in keyof E]: string },
): { en: () => E; ja: () => { [K in keyof E]: string } } {
  return { en, ja };
}

/**
 * How many random cases a property test tries. Under mutation testing (INCIDENT_MUTATE, set by
 * `npm run mutate`) every surviving mutant runs every covering test to the end, so the largest
 * properties are cut to 1,000 cases there; `npm test` tries them all.
 */
export const runs = (n: number): number => (process.env.INCIDENT_MUTATE ? Math.min(n, 1_000) : n);

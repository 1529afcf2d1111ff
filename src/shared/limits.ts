/** The demo cohort's size limits, shared by the form that asks and the schema that refuses. */
export const DEMO_PUPILS = { min: 10, max: 2000, default: 240 } as const;

/** Longest text seed for a demo cohort. */
export const DEMO_SEED_MAX_LENGTH = 40;

/** How long one solver run may search, in seconds. */
export const SOLVE_TIME_LIMIT_SECONDS = { min: 1, max: 600, default: 10 } as const;

/** Longest scenario name. */
export const SCENARIO_NAME_MAX_LENGTH = 80;

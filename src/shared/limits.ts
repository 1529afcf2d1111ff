/** The demo cohort's size limits, shared by the form that asks and the schema that refuses. */
export const DEMO_PUPILS = { min: 10, max: 2000, default: 240 } as const;

/** Longest text seed for a demo cohort. */
export const DEMO_SEED_MAX_LENGTH = 40;

/** The cohort screen: pupils, their choices and reserves, inline edits; the status bar's figures. */
export const cohortContract = {} as const;

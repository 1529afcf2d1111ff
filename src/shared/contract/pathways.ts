/** Pathways: the rules editor, validation of choices, recommendations and the fairness report. */
export const pathwaysContract = {} as const;

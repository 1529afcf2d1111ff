/** The choices analysis: demand, groups needed, the clash matrix and the pupils behind a cell. */
export const analysisContract = {} as const;

/** Plan files as documents: recent plans, save a copy, reopening the last plan. */
export const documentsContract = {} as const;

/** The import wizard: pick a file, preview, map columns, check, import. */
export const importContract = {} as const;

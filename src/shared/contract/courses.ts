/** Courses and staff: size limits, group counts, blocks, who teaches what, staffing capacity. */
export const coursesContract = {} as const;

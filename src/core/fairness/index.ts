/**
 * The fairness report: makes unfairness in pathways visible so that people can act on it; it
 * never moves a pupil itself.
 *
 * Method, in brief:
 * - Differential ambition is judged at equal prior attainment. Disadvantaged pupils, pupils
 *   with SEND and some others have lower prior attainment on average, so a raw comparison
 *   would flag routes that simply follow attainment. Within a prior-attainment band the
 *   honest question is left: are pupils like these, with the same starting point, more often
 *   placed on a lower route?
 * - A difference is flagged only when it is both large (a gap in percentage points) and
 *   unlikely to be chance (an exact test). Small groups swing wildly: 2 of 5 against 0 of 5 is
 *   a 40-point gap that chance gives easily, while 10 points across 200 pupils may be real
 *   but too small to act on. Groups below the minimum size are shown but never flagged.
 * - Tests are exact (Fisher's, and its stratified form across bands, the exact
 *   Cochran–Mantel–Haenszel test), not the chi-squared approximations, which are unreliable
 *   with the small counts of one year group. The across-bands test pools the evidence of all
 *   bands without mixing them, so a bias spread thinly over every band is still caught; its
 *   gap is the Mantel–Haenszel weighted average of the bands' gaps. A characteristic flagged
 *   across bands is reported once, with its figures per band; a band is flagged on its own
 *   only when the pooled test does not already flag it, and then only if it clears the
 *   significance level divided by the number of band comparisons made (Bonferroni): looking
 *   in every band of every group gives chance many tries. Pupils whose prior attainment is not
 *   known are left out of these comparisons, having no band to compare within.
 * - Progression flags list each pupil without (say) a language and why: they did not choose
 *   one, the blocking did not give it, or their route leaves no room for one.
 */
export { fairnessReport } from './report';
export { fisherExactTest, stratifiedExactTest, type TwoByTwo } from './exact-tests';
export type * from './types';

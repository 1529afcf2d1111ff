import type { AttainmentBand, ChoiceList, Pupil } from '../model';
import type { FairnessSettings, Pathway, RuleCourse } from '../pathways';

/** Which route a pupil is on, and whether it was agreed with them or only recommended. */
export interface PupilRoute {
  code: string | null;
  source: 'agreed' | 'recommended' | 'none';
}

/** One course a saved blocking scenario gives a pupil; `reserve` when it was a reserve. */
export interface FairnessPlacement {
  upn: string;
  course: string;
  reserve: boolean;
}

export interface FairnessInput {
  pupils: readonly Pupil[];
  choices: readonly ChoiceList[];
  /**
   * The plan's courses, as the facts pathway rules need. The model's `Course` has all of these
   * fields, so a plan's course list can be passed as it is.
   */
  courses: readonly RuleCourse[];
  pathways: readonly Pathway[];
  /** Keyed by UPN; a pupil missing from the map is on no route. */
  routes: ReadonlyMap<string, PupilRoute>;
  /** From a saved blocking scenario; null before any blocks are built. */
  placements: readonly FairnessPlacement[] | null;
  settings: FairnessSettings;
}

/** A count and the share of a group it makes (0..1; 0 when the group is empty). */
export interface CountShare {
  count: number;
  share: number;
}

export type FairnessDimension = 'disadvantaged' | 'send' | 'eal' | 'gender' | 'band';

export interface RouteCount extends CountShare {
  code: string;
  name: string;
}

/** How a group fared in the saved blocking; shares are of the pupils who made choices. */
export interface GroupSatisfaction {
  pupilsWithChoices: number;
  firstChoiceMet: CountShare;
  fullySatisfied: CountShare;
  /** Pupils given at least one reserve. */
  reservesUsed: CountShare;
}

export interface BreakdownGroup {
  /** Stable key within the dimension, e.g. `disadvantaged`, `send:E`, `gender:F`, `band:H`. */
  key: string;
  label: string;
  /** True for a row that totals other rows of the same table (e.g. "Any SEND"). */
  combined: boolean;
  pupils: number;
  /** One entry per pathway of the plan, in the plan's order. */
  routes: RouteCount[];
  noRoute: CountShare;
  /** Pupils on any route that is lower than another route of the plan. */
  lowerRoute: CountShare;
  /** null when no blocking scenario is given. */
  satisfaction: GroupSatisfaction | null;
}

export interface Breakdown {
  dimension: FairnessDimension;
  title: string;
  groups: BreakdownGroup[];
}

export type FlagSeverity = 'concern' | 'note';

/** The share of one side of a comparison that is on a lower route. */
export interface LowerRouteFigures {
  label: string;
  pupils: number;
  onLowerRoute: number;
  share: number;
}

export interface BandComparison {
  band: AttainmentBand;
  group: LowerRouteFigures;
  rest: LowerRouteFigures;
  /** Group's share minus the rest's, in percentage points. */
  gapPoints: number;
  /** Two-sided Fisher's exact test; null when either side is empty. */
  pValue: number | null;
}

export interface DifferentialAmbitionFlag {
  kind: 'differential-ambition';
  severity: FlagSeverity;
  message: string;
  dimension: Exclude<FairnessDimension, 'band'>;
  /** e.g. `Disadvantaged`, `Any SEND`, `Gender F`. */
  group: string;
  /** The band the flag is about; null when it is about all bands taken together. */
  band: AttainmentBand | null;
  /** The group's and the rest's pupils over the bands concerned. */
  groupFigures: LowerRouteFigures;
  restFigures: LowerRouteFigures;
  /** Within one band: the plain gap; over all bands: the gap after allowing for band. */
  gapPoints: number;
  pValue: number;
  /** The comparison in each band, so a reader can see where the gap lies. */
  bands: BandComparison[];
  /** Pupils of the group on a lower route, in the bands concerned. */
  upns: string[];
}

export interface GenderStereotypedRouteFlag {
  kind: 'gender-stereotyped-route';
  severity: FlagSeverity;
  message: string;
  route: string;
  routeName: string;
  /** The gender over-represented on the route, as recorded. */
  gender: string;
  routePupils: number;
  genderOnRoute: number;
  routeShare: number;
  cohortPupils: number;
  genderInCohort: number;
  cohortShare: number;
  gapPoints: number;
  pValue: number;
  /** Pupils of that gender on the route. */
  upns: string[];
}

/**
 * Why a pupil's offer has no course of a progression category:
 * - `not-offered`: the plan has no such course at all;
 * - `route-forbids`: their route's rules forbid the category or leave no slot for it;
 * - `not-given`: they chose one but the blocking did not give it;
 * - `not-chosen`: they did not choose one.
 */
export type ProgressionCause = 'not-offered' | 'route-forbids' | 'not-given' | 'not-chosen';

export interface ProgressionPupil {
  upn: string;
  cause: ProgressionCause;
}

export interface ProgressionFlag {
  kind: 'progression';
  severity: FlagSeverity;
  message: string;
  category: string;
  label: string;
  bands: AttainmentBand[];
  /** Pupils in those bands, and how many of them have no such course, per cause. */
  pupilsInBands: number;
  counts: Record<ProgressionCause, number>;
  /** Whether the offer was read from placements (a saved blocking) or from choices. */
  offerFrom: 'placements' | 'choices';
  pupils: ProgressionPupil[];
  upns: string[];
}

export type FairnessFlag = DifferentialAmbitionFlag | GenderStereotypedRouteFlag | ProgressionFlag;

export interface FairnessReport {
  pupils: number;
  /** Codes of the routes lower than another route of the plan, with the reasons. */
  lowerRoutes: { code: string; name: string; reasons: string[] }[];
  breakdowns: Breakdown[];
  /** Concerns first, then notes; the same input always gives the same order. */
  flags: FairnessFlag[];
}

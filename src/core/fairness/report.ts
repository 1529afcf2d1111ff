import { differentialAmbitionFlags } from './ambition';
import { breakdowns } from './breakdowns';
import { cohortFacts } from './cohort-facts';
import { genderStereotypedRouteFlags } from './gender-routes';
import { BANDS } from './groups';
import { progressionFlags } from './progression';
import type { FairnessFlag, FairnessInput, FairnessReport } from './types';

const KIND_ORDER: readonly FairnessFlag['kind'][] = [
  'differential-ambition',
  'gender-stereotyped-route',
  'progression',
];
const DIMENSION_ORDER = ['disadvantaged', 'send', 'eal', 'gender'];

/** The breakdowns of the cohort by route and the flags a governor should see. */
export function fairnessReport(input: FairnessInput): FairnessReport {
  const facts = cohortFacts(input);
  const flags = [
    ...differentialAmbitionFlags(facts),
    ...genderStereotypedRouteFlags(facts),
    ...progressionFlags(facts),
  ];
  const routeOrder = input.pathways.map((pathway) => pathway.code);
  return {
    pupils: input.pupils.length,
    lowerRoutes: input.pathways.flatMap((pathway) => {
      const reasons = facts.lowerRouteReasons.get(pathway.code);
      return reasons ? [{ code: pathway.code, name: pathway.name, reasons }] : [];
    }),
    breakdowns: breakdowns(facts),
    flags: flags.sort((a, b) => compareFlags(a, b, routeOrder)),
  };
}

/** Concerns first, then by kind, then by what each flag is about; the message breaks ties. */
function compareFlags(a: FairnessFlag, b: FairnessFlag, routeOrder: readonly string[]): number {
  const bySeverity = Number(a.severity === 'note') - Number(b.severity === 'note');
  const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  return (
    bySeverity || byKind || compareSubjects(a, b, routeOrder) || compareText(a.message, b.message)
  );
}

function compareSubjects(a: FairnessFlag, b: FairnessFlag, routeOrder: readonly string[]): number {
  if (a.kind === 'differential-ambition' && b.kind === 'differential-ambition') {
    const bandIndex = (band: typeof a.band) => (band === null ? -1 : BANDS.indexOf(band));
    return (
      DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension) ||
      compareText(a.group, b.group) ||
      bandIndex(a.band) - bandIndex(b.band)
    );
  }
  if (a.kind === 'gender-stereotyped-route' && b.kind === 'gender-stereotyped-route') {
    return (
      routeOrder.indexOf(a.route) - routeOrder.indexOf(b.route) || compareText(a.gender, b.gender)
    );
  }
  return 0;
}

/** Plain code-unit order, so the result does not depend on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

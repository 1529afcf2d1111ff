import { pupilDisplayName, type Cohort, type Pupil } from '../model';
import { scenarioFigures } from './figures';
import { courseName } from './lookup';
import {
  groupOrder,
  judgedCohort,
  pupilGroups,
  pupilOutcomes,
  type PupilOutcome,
} from './pupil-outcomes';
import type {
  ComparisonEntry,
  ComparisonSummary,
  PupilChange,
  PupilDifference,
  ScenarioComparison,
  TimetableOutcome,
} from './types';

/**
 * Two or more scenarios side by side, the first as the baseline: each one's figures, and every
 * pupil whose courses or full timetable differ from the baseline in any of the others. A
 * pupil's full timetable is judged against the choices they made, so a pupil who chose a dropped
 * course loses it and no longer has all their choices; the dropped course is listed as lost.
 */
export function compareScenarios(entries: readonly ComparisonEntry[]): ScenarioComparison {
  const [baseline, ...others] = entries;
  if (!baseline || others.length === 0) {
    throw new Error('A comparison needs a baseline and at least one other scenario.');
  }
  const base = pupilOutcomes(judgedCohort(baseline), baseline.solution);
  const compared = others.map((entry) => ({
    entry,
    outcomes: pupilOutcomes(judgedCohort(entry), entry.solution),
  }));

  const found: { key: string; difference: PupilDifference }[] = [];
  for (const pupil of baseline.cohort.pupils) {
    const changes = compared.map(({ entry, outcomes }) =>
      pupilChange(pupil, baseline, base.get(pupil.upn), entry, outcomes.get(pupil.upn)),
    );
    if (changes.every((change) => change === null)) continue;
    found.push({
      key: sortKey(pupil, changes),
      difference: {
        upn: pupil.upn,
        name: pupilDisplayName(pupil),
        form: pupil.form,
        flags: {
          disadvantaged: pupil.disadvantaged,
          send: pupil.send !== 'N',
          eal: pupil.eal,
          gender: pupil.gender,
          priorAttainment: pupil.priorAttainment.band,
        },
        changes: changes.map((change, index) => change ?? unchanged(others[index]?.name ?? '')),
      },
    });
  }
  const sorted = found
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ difference }) => difference);

  return {
    scenarios: entries.map(scenarioFigures),
    pupils: sorted,
    summary: others.map((entry) => summarise(entry, baseline, sorted)),
  };
}

/** What changes for one pupil from the baseline to another scenario; null when nothing does. */
function pupilChange(
  pupil: Pupil,
  baseline: ComparisonEntry,
  before: PupilOutcome | undefined,
  entry: ComparisonEntry,
  after: PupilOutcome | undefined,
): PupilChange | null {
  const had = before?.courses ?? new Set<string>();
  const has = after?.courses ?? new Set<string>();
  const lostCodes = [...had].filter((code) => !has.has(code));
  for (const code of droppedChoices(pupil, baseline.cohort, entry.cohort)) {
    if (!lostCodes.includes(code)) lostCodes.push(code);
  }
  const gained = [...has].filter((code) => !had.has(code)).map((c) => courseName(entry.cohort, c));
  const lost = lostCodes.map((code) => courseName(baseline.cohort, code));
  const outcome = timetableOutcome(before?.full ?? false, after?.full ?? false);
  if (gained.length === 0 && lost.length === 0 && outcome === 'changes') return null;
  return { scenario: entry.name, gained, lost, outcome };
}

function unchanged(scenario: string): PupilChange {
  return { scenario, gained: [], lost: [], outcome: 'changes' };
}

function timetableOutcome(before: boolean, after: boolean): TimetableOutcome {
  if (!before && after) return 'gains';
  if (before && !after) return 'loses';
  return 'changes';
}

/** The pupil's baseline choices that the other scenario no longer offers at all. */
function droppedChoices(pupil: Pupil, baseline: Cohort, other: Cohort): string[] {
  const list = baseline.choices.find((entry) => entry.upn === pupil.upn);
  const offered = new Set(other.courses.map((course) => course.code));
  return (list?.choices ?? []).filter((code) => !offered.has(code));
}

/** Losers of a full timetable first, then pupils who lose a course, then the rest; by name. */
function sortKey(pupil: Pupil, changes: readonly (PupilChange | null)[]): string {
  const rank = changes.some((change) => change?.outcome === 'loses')
    ? 0
    : changes.some((change) => (change?.lost.length ?? 0) > 0)
      ? 1
      : 2;
  return [rank, pupil.surname.toLowerCase(), pupil.forename.toLowerCase(), pupil.upn].join(
    '\u0000',
  );
}

function summarise(
  entry: ComparisonEntry,
  baseline: ComparisonEntry,
  pupils: readonly PupilDifference[],
): ComparisonSummary {
  const byUpn = new Map(baseline.cohort.pupils.map((pupil) => [pupil.upn, pupil]));
  let gains = 0;
  let losses = 0;
  const lossesBy = new Map<string, number>();
  for (const difference of pupils) {
    const change = difference.changes.find((entryChange) => entryChange.scenario === entry.name);
    if (change?.outcome === 'gains') gains += 1;
    if (change?.outcome !== 'loses') continue;
    losses += 1;
    const pupil = byUpn.get(difference.upn);
    for (const group of pupil ? pupilGroups(pupil) : []) {
      lossesBy.set(group, (lossesBy.get(group) ?? 0) + 1);
    }
  }
  const choicesDropped = baseline.cohort.pupils.filter(
    (pupil) => droppedChoices(pupil, baseline.cohort, entry.cohort).length > 0,
  ).length;
  return {
    scenario: entry.name,
    gains,
    losses,
    lossesBy: [...lossesBy.entries()]
      .sort(([a], [b]) => groupOrder(a, b))
      .map(([group, count]) => ({ group, pupils: count })),
    choicesDropped,
  };
}

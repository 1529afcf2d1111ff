import type { Cohort } from '../core/model';
import { describeWhatIf, type WhatIfEdit } from '../core/scenarios';
import type { ScenarioComparison } from '../core/scenarios';
import type { SolverMetrics } from '../core/solver/types';
import { readSolverCohort } from '../data/pathways/solver-cohort';
import type { PlanDatabase } from '../data/plan/plan-file';
import { listScenarioRecords, restorableScenarioName, scenarioMetrics } from '../data/scenarios';
import type {
  ScenarioComparisonView,
  ScenariosView,
  WhatIfEditView,
} from '../shared/contract/scenarios';
import { metricsView } from './metrics-view';

/** Every scenario that is not deleted, oldest first, with its what-ifs in words. */
export function scenariosView(db: PlanDatabase): ScenariosView {
  const base = readSolverCohort(db);
  return {
    scenarios: listScenarioRecords(db).map((record) => ({
      name: record.name,
      createdAt: record.createdAt,
      isAgreed: record.isAgreed,
      notes: record.notes,
      metrics: metricsOrNull(scenarioMetrics(db, record)),
      whatIfs: record.whatIfs.map(whatIfView),
      whatIfWords: whatIfWords(base, record.whatIfs),
      needsSolve: record.needsSolve,
    })),
    restorable: restorableScenarioName(db),
  };
}

export function whatIfWords(base: Cohort, whatIfs: readonly WhatIfEdit[]): string[] {
  return whatIfs.map((edit) => describeWhatIf(base, edit));
}

/** Field by field, so the contract changes only when it is meant to. */
function whatIfView(edit: WhatIfEdit): WhatIfEditView {
  switch (edit.kind) {
    case 'drop-course':
      return { kind: edit.kind, course: edit.course };
    case 'set-groups':
      return { kind: edit.kind, course: edit.course, groups: edit.groups };
    case 'set-size-limit':
      return { kind: edit.kind, course: edit.course, maxGroupSize: edit.maxGroupSize };
    case 'remove-teacher':
      return { kind: edit.kind, staff: edit.staff };
    case 'add-teacher':
      return {
        kind: edit.kind,
        staff: edit.staff,
        name: edit.name,
        courses: [...edit.courses],
        maxGroups: edit.maxGroups,
      };
    case 'set-blocks':
      return { kind: edit.kind, blocks: [...edit.blocks] };
    case 'change-choices':
      return {
        kind: edit.kind,
        upn: edit.upn,
        choices: [...edit.choices],
        reserves: [...edit.reserves],
      };
  }
}

export function comparisonView(comparison: ScenarioComparison): ScenarioComparisonView {
  return {
    scenarios: comparison.scenarios.map((figures) => ({
      ...figures,
      fullySatisfiedBy: figures.fullySatisfiedBy.map((share) => ({ ...share })),
    })),
    pupils: comparison.pupils.map((pupil) => ({
      ...pupil,
      flags: { ...pupil.flags },
      changes: pupil.changes.map((change) => ({
        ...change,
        gained: [...change.gained],
        lost: [...change.lost],
      })),
    })),
    summary: comparison.summary.map((entry) => ({
      ...entry,
      lossesBy: entry.lossesBy.map((group) => ({ ...group })),
    })),
  };
}

function metricsOrNull(
  metrics: SolverMetrics | null,
): ScenariosView['scenarios'][number]['metrics'] {
  return metrics && metricsView(metrics);
}

import { combingChart, type BoardCard, type BoardState } from '../core/board';
import { boardHistory } from '../data/plan/board-repository';
import type { PlanDatabase } from '../data/plan/plan-file';
import { agreedOrLatestScenarioName, listScenarios } from '../data/plan/scenario-repository';
import { droppedChoicesFigures } from '../data/scenarios';
import type { BoardCardView, BoardScreenView } from '../shared/contract/board';
import type { OpenBoard } from './board-session';
import { metricsView } from './metrics-view';

/** The scenario the board opens on: the agreed plan if one is marked, else the newest. */
export function defaultBoardScenario(db: PlanDatabase): string | null {
  return agreedOrLatestScenarioName(db);
}

/** What the board screen shows for a plan without any scenario yet. */
export function emptyBoard(db: PlanDatabase, blocks: string[]): BoardScreenView {
  return {
    scenarios: scenarioChoices(db),
    scenario: null,
    blocks,
    columns: blocks.map((block) => ({ block, pupils: 0, groups: 0, cards: [] })),
    unplaced: [],
    metrics: null,
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
    staffing: { blocks, rows: [], unstaffed: [], clashes: 0 },
    lockedPlacements: [],
    droppedChoices: null,
  };
}

export function boardScreenView(db: PlanDatabase, board: OpenBoard): BoardScreenView {
  const { cohort, live, scenario } = board;
  const state = live.state;
  const view = live.view();
  const card = cardView(state);
  return {
    scenarios: scenarioChoices(db),
    scenario,
    blocks: [...cohort.blocks],
    columns: view.columns.map((column) => ({ ...column, cards: column.cards.map(card) })),
    unplaced: view.unplaced.map(card),
    metrics: metricsView(live.metrics()),
    history: boardHistory(db, scenario),
    staffing: combingChart(cohort, state.solution),
    lockedPlacements: state.lockedPlacements.map(({ upn, course, group }) => ({
      upn,
      course,
      group,
    })),
    droppedChoices: droppedChoicesView(db, scenario, state.solution),
  };
}

function droppedChoicesView(
  db: PlanDatabase,
  scenario: string,
  solution: BoardState['solution'],
): BoardScreenView['droppedChoices'] {
  const figures = droppedChoicesFigures(db, scenario, solution);
  return (
    figures && {
      courses: figures.courses,
      pupils: figures.pupils,
      fullySatisfied: figures.metrics.fullySatisfied,
    }
  );
}

function scenarioChoices(db: PlanDatabase): BoardScreenView['scenarios'] {
  return listScenarios(db).map(({ name, isAgreed }) => ({ name, isAgreed }));
}

function cardView(state: BoardState): (card: BoardCard) => BoardCardView {
  const locked = new Map<string, number>();
  for (const lock of state.lockedPlacements) {
    locked.set(lock.group, (locked.get(lock.group) ?? 0) + 1);
  }
  return (card) => ({
    ...card,
    teacher: card.teacher && { ...card.teacher },
    blocks: [...card.blocks],
    pinned: Object.hasOwn(state.pins, card.group),
    lockedPupils: locked.get(card.group) ?? 0,
  });
}

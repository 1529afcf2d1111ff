import { z } from 'zod';
import { SCENARIO_NAME_MAX_LENGTH } from '../limits';
import { solverMetrics } from './core';

/**
 * The blocks board: a scenario's groups by block, adjusted by hand. Every change returns the
 * whole board again, so the screen never shows figures the engine did not compute.
 */

const code = z.string().trim().min(1).max(40);
const groupLabel = z.string().trim().min(1).max(80);
const blockName = z.string().trim().min(1).max(40);
const scenarioName = z.string().trim().min(1).max(SCENARIO_NAME_MAX_LENGTH);

export const boardTeacher = z.object({ code: z.string(), name: z.string() });

export const boardCard = z.object({
  group: z.string(),
  courseCode: z.string(),
  courseName: z.string(),
  category: z.string().nullable(),
  teacher: boardTeacher.nullable(),
  size: z.int(),
  maxGroupSize: z.int(),
  /** Every block the group sits in; a double group has a card in each. */
  blocks: z.array(z.string()),
  spansTwoBlocks: z.boolean(),
  overLimit: z.boolean(),
  pinned: z.boolean(),
  /** Pupils held in this group by a lock. */
  lockedPupils: z.int(),
});

export const boardColumn = z.object({
  block: z.string(),
  pupils: z.int(),
  groups: z.int(),
  cards: z.array(boardCard),
});

export const pupilRef = z.object({ upn: z.string(), name: z.string() });

export const combingChart = z.object({
  blocks: z.array(z.string()),
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      load: z.int(),
      maxGroups: z.int().nullable(),
      overLoad: z.boolean(),
      courses: z.array(z.string()),
      cells: z.array(
        z.object({
          block: z.string(),
          groups: z.array(
            z.object({
              group: z.string(),
              courseCode: z.string(),
              courseName: z.string(),
              category: z.string().nullable(),
            }),
          ),
          unavailable: z.boolean(),
          clash: z.boolean(),
          free: z.boolean(),
        }),
      ),
    }),
  ),
  unstaffed: z.array(
    z.object({
      group: z.string(),
      courseCode: z.string(),
      courseName: z.string(),
      blocks: z.array(z.string()),
    }),
  ),
  clashes: z.int(),
});

export const boardHistory = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What Undo would take back, e.g. "Move 10Fr1 to block C"; null when nothing. */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

export const boardScreen = z.object({
  /** Every scenario of the plan, newest last; the board shows `scenario`. */
  scenarios: z.array(z.object({ name: z.string(), isAgreed: z.boolean() })),
  /** null when the plan has no scenario yet (build blocks first). */
  scenario: z.string().nullable(),
  blocks: z.array(z.string()),
  columns: z.array(boardColumn),
  /** Groups in no block of the plan. */
  unplaced: z.array(boardCard),
  metrics: solverMetrics.nullable(),
  history: boardHistory,
  staffing: combingChart,
  lockedPlacements: z.array(z.object({ upn: z.string(), course: z.string(), group: z.string() })),
  /**
   * When the scenario's what-ifs drop courses: which, how many pupils chose them, and the
   * board's layout measured against the choices pupils made (the board's own figures count
   * only the choices the scenario can meet).
   */
  droppedChoices: z
    .object({ courses: z.array(z.string()), pupils: z.int(), fullySatisfied: z.int() })
    .nullable(),
});

export const dropPreview = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(false), reasons: z.array(z.string()) }),
  z.object({
    allowed: z.literal(true),
    before: solverMetrics,
    after: solverMetrics,
    gains: z.array(pupilRef),
    losses: z.array(pupilRef),
  }),
]);

export const changeSummary = z.object({
  groupsMoved: z.array(
    z.object({
      group: z.string(),
      courseName: z.string(),
      from: z.array(z.string()),
      to: z.array(z.string()),
    }),
  ),
  teachersChanged: z.array(
    z.object({
      group: z.string(),
      courseName: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
  ),
  pupilsMoved: z.array(
    z.object({
      upn: z.string(),
      name: z.string(),
      course: z.string(),
      from: z.string(),
      to: z.string(),
    }),
  ),
  gains: z.array(pupilRef),
  losses: z.array(pupilRef),
});

/** A board after an action: the action's label (for "Undone: …") and what it changed. */
export const boardChange = z.object({
  board: boardScreen,
  label: z.string(),
  changes: changeSummary,
  before: solverMetrics.nullable(),
});

const groupMakeUp = z.object({
  group: z.string(),
  blocks: z.array(z.string()),
  teacher: boardTeacher.nullable(),
  size: z.int(),
  maxGroupSize: z.int(),
  byGender: z.record(z.string(), z.int()),
  byPriorAttainment: z.record(z.string(), z.int()),
  disadvantaged: z.int(),
  send: z.int(),
  eal: z.int(),
});

export const groupDetail = groupMakeUp.extend({
  courseCode: z.string(),
  courseName: z.string(),
  pinned: z.boolean(),
  members: z.array(
    z.object({
      upn: z.string(),
      name: z.string(),
      form: z.string().nullable(),
      gender: z.string().nullable(),
      priorAttainment: z.string().nullable(),
      disadvantaged: z.boolean(),
      send: z.boolean(),
      eal: z.boolean(),
      locked: z.boolean(),
      reserve: z.boolean(),
    }),
  ),
  parallel: z.array(groupMakeUp),
});

const counsellingFix = z.object({
  kind: z.enum(['reseat', 'reserve', 'swap', 'move-group', 'none']),
  description: z.string(),
  cost: z.number(),
  gains: z.array(pupilRef),
  losses: z.array(pupilRef),
  /** False for 'none', and for a group move of a pinned group. */
  applicable: z.boolean(),
});

export const counsellingView = z.object({
  scenario: z.string(),
  totals: z.object({
    pupils: z.int(),
    fullySatisfied: z.int(),
    unresolved: z.int(),
  }),
  pupils: z.array(
    z.object({
      upn: z.string(),
      name: z.string(),
      unmetNames: z.array(z.string()),
      reason: z.string(),
      /** Cheapest first; apply one by its index. */
      fixes: z.array(counsellingFix),
    }),
  ),
});

const onScenario = { scenario: scenarioName };

export const boardContract = {
  /** The board of a scenario: by default the agreed one, else the newest. */
  getBoard: { input: z.strictObject({ scenario: scenarioName.optional() }), output: boardScreen },
  /** What moving a group would do, without doing it; refused moves say why. */
  previewGroupMove: {
    input: z.strictObject({
      ...onScenario,
      group: groupLabel,
      blocks: z.array(blockName).min(1).max(2),
    }),
    output: dropPreview,
  },
  moveGroup: {
    input: z.strictObject({
      ...onScenario,
      group: groupLabel,
      blocks: z.array(blockName).min(1).max(2),
    }),
    output: boardChange,
  },
  previewPupilMove: {
    input: z.strictObject({ ...onScenario, upn: code, course: code, group: groupLabel }),
    output: dropPreview,
  },
  /** Seats a pupil in another group of a course and locks them there. */
  movePupil: {
    input: z.strictObject({ ...onScenario, upn: code, course: code, group: groupLabel }),
    output: boardChange,
  },
  /** Whether a teacher (null: nobody) may take a group; reasons refuse, warnings do not. */
  checkTeacher: {
    input: z.strictObject({ ...onScenario, group: groupLabel, teacher: code.nullable() }),
    output: z.object({
      allowed: z.boolean(),
      reasons: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
  },
  assignTeacher: {
    input: z.strictObject({ ...onScenario, group: groupLabel, teacher: code.nullable() }),
    output: boardChange,
  },
  setGroupPinned: {
    input: z.strictObject({ ...onScenario, group: groupLabel, pinned: z.boolean() }),
    output: boardChange,
  },
  setPupilLocked: {
    input: z.strictObject({ ...onScenario, upn: code, course: code, locked: z.boolean() }),
    output: boardChange,
  },
  /** Runs the solver from this layout, keeping pins and locks and moving as little as it can. */
  resolveAroundPins: {
    input: z.strictObject({
      ...onScenario,
      timeLimitSeconds: z.number().min(1).max(120).optional(),
    }),
    output: boardChange,
  },
  undoBoard: { input: z.strictObject(onScenario), output: boardChange.nullable() },
  redoBoard: { input: z.strictObject(onScenario), output: boardChange.nullable() },
  getGroup: { input: z.strictObject({ ...onScenario, group: groupLabel }), output: groupDetail },
  /** Evens out the course's parallel groups (size, then gender and prior attainment). */
  /** null when the groups are already as even as they can be: nothing changes. */
  balanceCourse: {
    input: z.strictObject({ ...onScenario, course: code }),
    output: boardChange.nullable(),
  },
  getCounselling: { input: z.strictObject(onScenario), output: counsellingView },
  /** Applies the pupil's fix at `fix` in the list `getCounselling` gave. */
  applyCounsellingFix: {
    input: z.strictObject({
      ...onScenario,
      upn: code,
      fix: z.int().min(0),
      description: z.string().max(500),
    }),
    output: boardChange,
  },
} as const;

export type BoardScreenView = z.output<typeof boardScreen>;
export type BoardCardView = z.output<typeof boardCard>;
export type BoardColumnView = z.output<typeof boardColumn>;
export type DropPreviewView = z.output<typeof dropPreview>;
export type BoardChangeView = z.output<typeof boardChange>;
export type ChangeSummaryView = z.output<typeof changeSummary>;
export type CombingChartView = z.output<typeof combingChart>;
export type GroupDetailView = z.output<typeof groupDetail>;
export type CounsellingView = z.output<typeof counsellingView>;
export type TeacherCheckView = z.output<typeof boardContract.checkTeacher.output>;

import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { writeDemoPlan } from '../data/demo-plan';
import { LATEST_SCHEMA_VERSION } from '../data/plan/plan-file';
import { readPlanSummary } from '../data/plan/plan-summary';
import { listScenarios } from '../data/plan/scenario-repository';
import { analysisHandlers } from './handlers/analysis';
import { boardHandlers } from './handlers/board';
import { cohortHandlers } from './handlers/cohort';
import { serialQueue, type ApiHandlers, type ServiceContext } from './handlers/context';
import { coursesHandlers } from './handlers/courses';
import { documentsHandlers } from './handlers/documents';
import { exportsHandlers } from './handlers/exports';
import { importHandlers } from './handlers/import';
import { pathwaysHandlers } from './handlers/pathways';
import { scenariosHandlers } from './handlers/scenarios';
import { timetableHandlers } from './handlers/timetable';
import { metricsView } from './metrics-view';
import { PlanSession } from './plan-session';
import { ServiceError } from './service-error';
import type { ShellHooks } from './shell-hooks';
import { SolveController } from './solve-controller';
import { UserPreferences } from './user-preferences';
import type { SolverWorkerFactory } from './solver-runner';

export const PLAN_FILE_EXTENSION = '.ks4';

export type { ApiHandlers } from './handlers/context';

export interface PlannerServicesOptions {
  hooks: ShellHooks;
  appName: string;
  appVersion: string;
  /** Starts the solver's worker thread; each host knows where the worker's code lives. */
  createSolverWorker: SolverWorkerFactory;
}

export interface PlannerServices {
  handlers: ApiHandlers;
  /** Closes the open plan; call when the app quits. */
  dispose(): void;
}

export function createPlannerServices(options: PlannerServicesOptions): PlannerServices {
  const { hooks } = options;
  const solves = new SolveController({
    createWorker: options.createSolverWorker,
    db: () => session.db,
  });
  const session = new PlanSession((plan) => {
    solves.planChanged();
    hooks.planChanged?.(plan);
  });
  // Calls that change which plan is open run one after another, so a double click cannot
  // interleave two dialogs or two opens.
  const exclusive = serialQueue();
  const preferences = new UserPreferences(() => hooks.userDataDir());
  const context: ServiceContext = {
    session,
    hooks,
    exclusive,
    solves,
    preferences,
    createSolverWorker: options.createSolverWorker,
  };

  const handlers: ApiHandlers = {
    getAppInfo: () => ({
      name: options.appName,
      version: options.appVersion,
      planFormat: LATEST_SCHEMA_VERSION,
    }),

    choosePlanToCreate: () =>
      exclusive(async () => {
        const chosen = await hooks.choosePlanToCreate();
        if (chosen === null) return null;
        const path = withPlanExtension(chosen);
        if (existsSync(path)) {
          // Never replace a file: it may be another plan or anything else the user keeps.
          throw new ServiceError(
            'already-exists',
            `${basename(path)} already exists. Choose a new name for the plan; ` +
              'KS4 Planner does not replace existing files.',
          );
        }
        return session.open(path, { create: true });
      }),

    choosePlanToOpen: () =>
      exclusive(async () => {
        const path = await hooks.choosePlanToOpen();
        return path === null ? null : session.open(path);
      }),

    openDemoPlan: (demo) =>
      exclusive(() => {
        const path = hooks.demoPlanPath(demo);
        // The same pupils and seed always give the same cohort, so an existing demo file is
        // reused as it is rather than written over.
        if (!existsSync(path)) writeDemoPlan(path, { pupils: demo.pupils, seed: demo.seed });
        return session.open(path);
      }),

    closePlan: () =>
      exclusive(() => {
        session.close();
        return null;
      }),

    getPlanSummary: () => {
      const { blocks, counts, demand } = readPlanSummary(session.db);
      // Field by field, so the contract changes only when it is meant to.
      return {
        plan: session.info(),
        blocks,
        counts: {
          pupils: counts.pupils,
          pupilsWithChoices: counts.pupilsWithChoices,
          courses: counts.courses,
          staff: counts.staff,
          blocks: counts.blocks,
          choices: counts.choices,
          reserves: counts.reserves,
          scenarios: counts.scenarios,
        },
        demand: demand.map((course) => ({
          code: course.code,
          name: course.name,
          firstChoice: course.firstChoice,
          total: course.total,
          reserve: course.reserve,
          maxGroupSize: course.maxGroupSize,
          groupsNeeded: course.groupsNeeded,
        })),
      };
    },

    startSolve: (input) => solves.start(input),
    cancelSolve: () => solves.cancel(),
    getSolveStatus: () => solves.status(),

    listScenarios: () =>
      listScenarios(session.db).map((scenario) => ({
        name: scenario.name,
        createdAt: scenario.createdAt,
        isAgreed: scenario.isAgreed,
        notes: scenario.notes,
        metrics: scenario.metrics && metricsView(scenario.metrics),
      })),

    ...documentsHandlers(context),
    ...importHandlers(context),
    ...cohortHandlers(context),
    ...analysisHandlers(context),
    ...coursesHandlers(context),
    ...pathwaysHandlers(context),
    ...boardHandlers(context),
    ...scenariosHandlers(context),
    ...timetableHandlers(context),
    ...exportsHandlers(context),
  };

  return {
    handlers,
    dispose: () => {
      solves.dispose();
      session.close();
    },
  };
}

/** Adds .ks4 when a save dialog returned a bare name (some platforms do not add it). */
export function withPlanExtension(path: string): string {
  return extname(path) === '' ? `${path}${PLAN_FILE_EXTENSION}` : path;
}

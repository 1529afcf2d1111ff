import { createDispatcher, type Dispatcher, type DispatcherOptions } from './dispatcher';
import { createPlannerServices, type PlannerServicesOptions } from './planner-services';

export type { Dispatcher } from './dispatcher';
export type { ApiHandlers } from './planner-services';
export type { ExportTargetRequest, ShellHooks } from './shell-hooks';
export { demoPlanFileName } from './demo-plan-name';
export { PLAN_FILE_EXTENSION } from './planner-services';
export { BUILT_SOLVER_WORKER, builtSolverWorker, type SolverWorkerFactory } from './solver-runner';

export interface Planner {
  dispatcher: Dispatcher;
  dispose(): void;
}

/** The planner API behind one dispatcher: what Electron's IPC and the e2e harness both call. */
export function createPlanner(options: PlannerServicesOptions & DispatcherOptions): Planner {
  const services = createPlannerServices(options);
  const dispatcher = createDispatcher(services.handlers, options);
  return { dispatcher, dispose: services.dispose };
}

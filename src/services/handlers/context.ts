import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api';
import type { PlanSession } from '../plan-session';
import type { ShellHooks } from '../shell-hooks';
import type { SolveController } from '../solve-controller';
import type { SolverWorkerFactory } from '../solver-runner';
import type { UserPreferences } from '../user-preferences';

/** One function per API method, taking the already validated payload. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

/** The handlers of one part of the contract, e.g. `HandlersFor<typeof cohortContract>`. */
export type HandlersFor<Part> = Pick<ApiHandlers, keyof Part & ApiMethod>;

/** Runs tasks one after another, so that two calls cannot interleave. */
export type SerialQueue = <T>(task: () => T | Promise<T>) => Promise<T>;

/** What every part of the services shares. */
export interface ServiceContext {
  /** The open plan (its `db` throws the no-plan-open error value when none is open). */
  session: PlanSession;
  hooks: ShellHooks;
  /** Calls that change which plan is open, or write to it, run one after another. */
  exclusive: SerialQueue;
  solves: SolveController;
  /** Starts a solver worker for runs that are not the main solve (re-solving around pins). */
  createSolverWorker: SolverWorkerFactory;
  /** The user's own preferences (recent plans, remembered import mappings). */
  preferences: UserPreferences;
}

export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

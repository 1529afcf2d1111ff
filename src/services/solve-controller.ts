import { randomUUID } from 'node:crypto';
import type { SolveResult, SolverProgress } from '../core/solver/types';
import { readSolverCohort } from '../data/pathways/solver-cohort';
import type { PlanDatabase } from '../data/plan/plan-file';
import { saveScenario, scenarioExists } from '../data/plan/scenario-repository';
import type { ApiError, SolveStatusView, StartSolveOptions } from '../shared/api';
import { metricsView } from './metrics-view';
import { ServiceError, toApiError } from './service-error';
import {
  SolverRunError,
  startSolverRun,
  type SolverRun,
  type SolverWorkerFactory,
} from './solver-runner';

interface RunInfo {
  runId: string;
  scenarioName: string;
  startedAt: string;
  timeLimitSeconds: number;
}

interface ActiveRun {
  info: RunInfo;
  run: SolverRun;
  /** The plan the run was started on: its result is saved there and nowhere else. */
  db: PlanDatabase;
  /** A name the user typed is never changed; the default gets " (2)" if it is taken. */
  nameChosen: boolean;
  seed: number | string;
  cancelRequested: boolean;
  progress: SolverProgress | null;
}

export interface SolveControllerOptions {
  createWorker: SolverWorkerFactory;
  /** The open plan's database; throws the no-plan-open error value when none is open. */
  db: () => PlanDatabase;
  now?: () => Date;
}

/**
 * One solver run at a time for the open plan: starts it in a worker, keeps its progress for
 * polling, and saves the finished result as a scenario in one transaction.
 */
export class SolveController {
  private active: ActiveRun | null = null;
  private finished: SolveStatusView = { state: 'idle' };

  constructor(private readonly options: SolveControllerOptions) {}

  start(input: StartSolveOptions): { runId: string } {
    if (this.active) {
      throw new ServiceError(
        'solver-busy',
        'The solver is already building blocks for this plan. Wait for it to finish, or cancel it.',
      );
    }
    const db = this.options.db();
    const cohort = readSolverCohort(db);
    if (cohort.choices.length === 0) {
      throw new ServiceError(
        'cannot-solve',
        'The plan has no option choices to build blocks from. Import the choices first.',
      );
    }
    const startedAt = (this.options.now ?? (() => new Date()))();
    const nameChosen = input.scenarioName !== undefined;
    const scenarioName = input.scenarioName ?? defaultScenarioName(startedAt);
    // Checked now as well as on saving, so that nobody waits for a result that cannot be saved.
    if (nameChosen && scenarioExists(db, scenarioName)) throw scenarioTaken(scenarioName);

    const active: ActiveRun = {
      info: {
        runId: randomUUID(),
        scenarioName,
        startedAt: startedAt.toISOString(),
        timeLimitSeconds: input.timeLimitSeconds,
      },
      run: startSolverRun(
        this.options.createWorker,
        cohort,
        { seed: input.seed, timeLimitMs: input.timeLimitSeconds * 1000 },
        { onProgress: (progress) => (active.progress = progress) },
      ),
      db,
      nameChosen,
      seed: input.seed,
      cancelRequested: false,
      progress: null,
    };
    this.active = active;
    active.run.result.then(
      (result) => this.settle(active, () => this.save(active, result)),
      (error: unknown) => this.settle(active, () => this.failed(active, failureOf(error))),
    );
    return { runId: active.info.runId };
  }

  cancel(): { wasRunning: boolean } {
    if (!this.active) return { wasRunning: false };
    this.active.cancelRequested = true;
    this.active.run.cancel();
    return { wasRunning: true };
  }

  status(): SolveStatusView {
    const active = this.active;
    if (!active) return this.finished;
    return {
      state: 'running',
      ...active.info,
      cancelRequested: active.cancelRequested,
      progress: active.progress && {
        iterations: active.progress.iterations,
        elapsedMs: active.progress.elapsedMs,
        best: metricsView(active.progress.best),
      },
    };
  }

  /**
   * The plan was closed or another opened: the run's plan is gone, so there is nothing to save
   * and the worker is stopped at once; the status starts afresh for the new plan.
   */
  planChanged(): void {
    this.abandon();
    this.finished = { state: 'idle' };
  }

  dispose(): void {
    this.abandon();
  }

  private abandon(): void {
    const active = this.active;
    this.active = null;
    if (active) void active.run.terminate();
  }

  /** Ends the active run with a status, unless the run was abandoned meanwhile. */
  private settle(active: ActiveRun, outcome: () => SolveStatusView): void {
    if (this.active !== active) return;
    this.active = null;
    try {
      this.finished = outcome();
    } catch (error) {
      this.finished = this.failed(active, toApiError(error));
    }
  }

  private save(active: ActiveRun, result: SolveResult): SolveStatusView {
    const { db } = active;
    const name = db.transaction(() => {
      const free = active.nameChosen
        ? active.info.scenarioName
        : freeName(db, active.info.scenarioName);
      if (scenarioExists(db, free)) throw scenarioTaken(free);
      saveScenario(db, {
        name: free,
        solution: result.solution,
        figures: {
          metrics: result.metrics,
          unresolved: result.unresolved,
          origin: {
            seed: active.seed,
            timeLimitSeconds: active.info.timeLimitSeconds,
            stoppedBy: result.stats.stoppedBy,
          },
        },
      });
      return free;
    })();
    return {
      state: 'done',
      ...active.info,
      result: {
        scenarioName: name,
        metrics: metricsView(result.metrics),
        stoppedBy: result.stats.stoppedBy,
        iterations: result.stats.iterations,
        elapsedMs: result.stats.elapsedMs,
        timeToBestMs: result.stats.timeToBestMs,
      },
    };
  }

  private failed(active: ActiveRun, error: ApiError): SolveStatusView {
    return { state: 'failed', ...active.info, error };
  }
}

function failureOf(error: unknown): ApiError {
  if (!(error instanceof SolverRunError)) return toApiError(error);
  const { failure } = error;
  if (failure.kind === 'input') {
    return {
      code: 'cannot-solve',
      message: `The blocks cannot be built from this plan: ${failure.problems.join(' ')}`,
    };
  }
  return { code: 'internal', message: `The solver failed: ${error.message}` };
}

function scenarioTaken(name: string): ServiceError {
  return new ServiceError(
    'scenario-exists',
    `There is already a scenario called "${name}". Choose another name.`,
  );
}

/** "Solver run 2026-03-14 09:26:53", in local time: what the user's clock showed. */
export function defaultScenarioName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  return `Solver run ${date} ${time}`;
}

function freeName(db: PlanDatabase, name: string): string {
  let candidate = name;
  for (let n = 2; scenarioExists(db, candidate); n += 1) candidate = `${name} (${n})`;
  return candidate;
}

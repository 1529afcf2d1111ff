import type { ImportProgressView } from '../shared/contract/import';

export type ImportStage = 'reading' | 'checking' | 'saving';

/** Thrown inside a job when the user cancelled it before saving began. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

interface Job {
  action: 'check' | 'import';
  stage: ImportStage;
  cancelRequested: boolean;
}

export interface JobStages {
  /** Moves the job to a stage; throws ImportCancelled when a cancel came in meanwhile. */
  enter(stage: ImportStage): Promise<void>;
}

/**
 * The check or import under way, for the page's progress display and its Cancel button. A
 * cancel is honoured at the next stage boundary; once saving starts it is refused, so a
 * cancelled import has never written anything.
 */
export class ImportJobs {
  private job: Job | null = null;

  progress(): ImportProgressView {
    if (!this.job) return null;
    const { action, stage, cancelRequested } = this.job;
    return { action, stage, canCancel: stage !== 'saving', cancelRequested };
  }

  cancel(): boolean {
    if (!this.job || this.job.stage === 'saving') return false;
    this.job.cancelRequested = true;
    return true;
  }

  /** Runs one job; the caller keeps jobs from overlapping (the services' exclusive queue). */
  async run<T>(action: Job['action'], task: (stages: JobStages) => Promise<T>): Promise<T> {
    const job: Job = { action, stage: 'reading', cancelRequested: false };
    this.job = job;
    const stages: JobStages = {
      enter: async (stage) => {
        // Lets requests that queued up during synchronous work (a cancel) be handled before
        // going on: twice, so that the event loop polls for them in between.
        await nextTurn();
        await nextTurn();
        if (job.cancelRequested) throw new ImportCancelled();
        job.stage = stage;
      },
    };
    try {
      return await task(stages);
    } finally {
      this.job = null;
    }
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

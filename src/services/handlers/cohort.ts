import { pupilDisplayName } from '../../core/model';
import {
  editPupilChoices,
  editPupilRecord,
  findPupil,
  PupilEditError,
  readPupilChoices,
} from '../../data/plan/pupil-edits';
import type { cohortContract } from '../../shared/contract/cohort';
import { cohortView, onePupilView, statusFigures } from '../cohort-view';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

export function cohortHandlers(context: ServiceContext): HandlersFor<typeof cohortContract> {
  const { session, exclusive, solves } = context;

  /** Runs an edit after any other write, turning a refusal into an 'invalid-edit' error value. */
  function edit<T>(task: () => T): Promise<T> {
    return exclusive(() => {
      try {
        return task();
      } catch (error) {
        if (error instanceof PupilEditError) throw new ServiceError('invalid-edit', error.message);
        throw error;
      }
    });
  }

  return {
    getCohort: () => cohortView(session.db),

    updatePupil: (input) =>
      edit(() => {
        const db = session.db;
        const pupil = editPupilRecord(db, input.upn, {
          form: input.form,
          gender: input.gender,
          disadvantaged: input.disadvantaged,
          send: input.send,
          eal: input.eal,
          priorAttainment: { score: input.priorAttainmentScore, band: input.priorAttainmentBand },
        });
        return onePupilView(db, pupil, readPupilChoices(db, pupil.upn));
      }),

    updatePupilChoices: (input) =>
      edit(() => {
        const db = session.db;
        if (solves.status().state === 'running') {
          // The run works from the choices as they were when it started; changing them now
          // would save a scenario that no longer matches the plan.
          const pupil = findPupil(db, input.upn);
          const who = pupil ? pupilDisplayName(pupil) : `the pupil with UPN ${input.upn}`;
          throw new ServiceError(
            'solver-busy',
            `Blocks are being built from the current choices. Wait for the run to finish, or ` +
              `cancel it, before changing ${who}’s choices.`,
          );
        }
        const { pupil, list } = editPupilChoices(db, input.upn, {
          choices: input.choices,
          reserves: input.reserves,
        });
        return onePupilView(db, pupil, list);
      }),

    getStatusFigures: () => statusFigures(session.db),
  };
}

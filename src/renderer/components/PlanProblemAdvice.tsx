import type { ApiErrorCode } from '../../shared/api';

/** What a plan file problem means for the user's data, and what they can do about it. */
export interface PlanProblemAdvice {
  forYourData: string;
  whatToDo: string;
}

const ADVICE: Partial<Record<ApiErrorCode, PlanProblemAdvice>> = {
  'newer-version': {
    forYourData:
      'Nothing was changed. The plan is safe as it is, and the newer version of KS4 Planner ' +
      'that saved it can still open it.',
    whatToDo:
      'Update KS4 Planner on this computer, or carry on with the plan on the computer that ' +
      'has the newer version.',
  },
  corrupt: {
    forYourData:
      'Nothing was changed. KS4 Planner does not try to repair a damaged plan, so the file ' +
      'is exactly as it was found. Your other plans are not affected.',
    whatToDo:
      'Open a copy of the plan you saved earlier (for example with Save a copy), or ask your ' +
      "IT team to restore the file from the school's backups.",
  },
  'not-a-plan': {
    forYourData: 'Nothing was changed. KS4 Planner only read the start of the file.',
    whatToDo:
      'Plan files end in .ks4. If this is a spreadsheet or CSV export from your MIS, open or ' +
      'create a plan and import it from there.',
  },
  busy: {
    forYourData:
      'Nothing was changed. While the plan is open elsewhere, only that window or program can ' +
      'change it, so two sets of changes can never be mixed up in one file.',
    whatToDo:
      'Close the plan in the other KS4 Planner window or program (for example the ks4plan ' +
      'command line, or KS4 Planner on a colleague’s computer if the file is on a shared drive), ' +
      'then open it again.',
  },
  'migration-failed': {
    forYourData:
      'Nothing was changed. The upgrade was undone and the plan is in its old format, as it was.',
    whatToDo:
      'Keep the file safe and open another plan. If this keeps happening, send the file to ' +
      'whoever supports KS4 Planner at your school.',
  },
  'not-found': {
    forYourData: 'Nothing was changed. The file may have been moved, renamed or deleted.',
    whatToDo: 'Find the plan where it is now and open it with Open plan….',
  },
};

const GENERAL: PlanProblemAdvice = {
  forYourData: 'Nothing was changed.',
  whatToDo: 'Open another plan, or go back.',
};

export function planProblemAdvice(code: ApiErrorCode): PlanProblemAdvice {
  return ADVICE[code] ?? GENERAL;
}

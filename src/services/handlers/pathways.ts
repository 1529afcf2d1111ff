import { basename, extname } from 'node:path';
import { STARTER_PATHWAYS } from '../../core/pathways';
import { recommendAndSave } from '../../data/pathways/analysis';
import { writeFairnessSettings } from '../../data/pathways/fairness-settings';
import { exportPathwaysFile, importPathwaysFile } from '../../data/pathways/pathway-file';
import { readPupils } from '../../data/plan/cohort-repository';
import {
  confirmRecommendation,
  overrideRecommendation,
  type PupilPathwayDecision,
} from '../../data/plan/pathway-decision-repository';
import {
  addPathways,
  deletePathway,
  readPathwayCodesInOrder,
  savePathway,
} from '../../data/plan/pathway-repository';
import type { PlanDatabase } from '../../data/plan/plan-file';
import type {
  PathwayInput,
  pathwaysContract,
  PupilDecisionView,
} from '../../shared/contract/pathways';
import { refusingPathwayErrors } from '../pathways-errors';
import { checkPathwayDraft, pathwaysView } from '../pathways-view';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

export function pathwaysHandlers({
  session,
  hooks,
  exclusive,
}: ServiceContext): HandlersFor<typeof pathwaysContract> {
  return {
    getPathways: ({ scenarioName }) =>
      refusingPathwayErrors(() => pathwaysView(session.db, scenarioName ?? undefined)),

    checkPathway: (draft) => checkPathwayDraft(session.db, draft),

    savePathway: (draft) =>
      exclusive(() => {
        const db = session.db;
        refuseUnsavable(db, draft);
        refusingPathwayErrors(() => savePathway(db, draft));
        return null;
      }),

    deletePathway: ({ code }) =>
      exclusive(() => {
        refusingPathwayErrors(() => deletePathway(session.db, code));
        return null;
      }),

    addStarterPathways: () =>
      exclusive(() => {
        const db = session.db;
        const existing = new Set(readPathwayCodesInOrder(db).map((code) => code.toUpperCase()));
        const missing = STARTER_PATHWAYS.filter(
          (pathway) => !existing.has(pathway.code.toUpperCase()),
        );
        if (missing.length === 0) {
          throw new ServiceError(
            'invalid-edit',
            `The plan already has every starter route (${STARTER_PATHWAYS.map((pathway) => pathway.code).join(', ')}); nothing was added.`,
          );
        }
        refusingPathwayErrors(() => addPathways(db, missing));
        return missing.map((pathway) => pathway.code);
      }),

    recommendPathways: () =>
      exclusive(() => refusingPathwayErrors(() => recommendAndSave(session.db))),

    confirmPathway: ({ upn, reason }) =>
      exclusive(() => {
        const db = session.db;
        const decided = refusingPathwayErrors(() => confirmRecommendation(db, { upn, reason }));
        return decisionView(db, decided);
      }),

    overridePathway: ({ upn, pathway, reason }) =>
      exclusive(() => {
        const db = session.db;
        const decided = refusingPathwayErrors(() =>
          overrideRecommendation(db, { upn, pathway, reason }),
        );
        return decisionView(db, decided);
      }),

    saveFairnessSettings: (changes) =>
      exclusive(() => refusingPathwayErrors(() => writeFairnessSettings(session.db, changes))),

    exportPathways: () =>
      exclusive(async () => {
        const { fileName } = session.info();
        const stem = fileName.slice(0, fileName.length - extname(fileName).length);
        const chosen = await hooks.choosePathwaysFileToSave(`${stem} pathways.json`);
        if (chosen === null) return null;
        const path = extname(chosen) === '' ? `${chosen}.json` : chosen;
        const pathways = refusingPathwayErrors(() => exportPathwaysFile(session.db, path));
        return { fileName: basename(path), pathways: pathways.length };
      }),

    importPathways: () =>
      exclusive(async () => {
        const path = await hooks.choosePathwaysFileToOpen();
        if (path === null) return null;
        return refusingPathwayErrors(() => importPathwaysFile(session.db, path, 'merge'));
      }),
  };
}

/**
 * Refuses a pathway with invalid fields, or whose rules no pupil could ever meet: a route like
 * that would only surface as a broken choices form. Unknown courses and warnings are saved and
 * shown, as a pathways file may.
 */
function refuseUnsavable(db: PlanDatabase, draft: PathwayInput): void {
  const check = checkPathwayDraft(db, draft);
  const label = draft.name.trim()
    ? `${draft.name.trim()} (${draft.code})`
    : `Pathway ${draft.code}`;
  if (check.fieldProblems.length > 0) {
    throw new ServiceError(
      'invalid-edit',
      [`${label} was not saved:`, ...check.fieldProblems.map((problem) => `  ${problem}`)].join(
        '\n',
      ),
    );
  }
  const contradictions = check.ruleSetProblems.filter(
    (problem) => problem.kind === 'contradiction',
  );
  if (contradictions.length > 0) {
    throw new ServiceError(
      'invalid-edit',
      `${label} was not saved: no pupil could satisfy its rules. ` +
        `${contradictions.map((problem) => problem.message).join(' ')} Change or remove one of these rules.`,
    );
  }
}

function decisionView(db: PlanDatabase, decided: PupilPathwayDecision): PupilDecisionView {
  const pupil = readPupils(db).find((candidate) => candidate.upn === decided.upn);
  return {
    upn: decided.upn,
    name: decided.name,
    band: pupil?.priorAttainment.band ?? null,
    agreedPathway: decided.agreedPathway,
    recommendation: decided.recommendation,
    decision: decided.decision,
  };
}

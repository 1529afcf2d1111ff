import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pupil } from '../../src/core/model';
import { writeDemoPlan } from '../../src/data/demo-plan';
import {
  readChoices,
  readPupils,
  replaceChoices,
  upsertPupils,
} from '../../src/data/plan/cohort-repository';
import { readPathwayDecisions } from '../../src/data/plan/pathway-decision-repository';
import { readPathways } from '../../src/data/plan/pathway-repository';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import { createPlanner, type Planner, type ShellHooks } from '../../src/services';
import type {
  PathwayCheckView,
  PathwayInput,
  PathwaysView,
  PupilDecisionView,
} from '../../src/shared/contract/pathways';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';
import { apiCalls } from '../helpers/api-calls';

let dir: string;
let planPath: string;
let planner: Planner;
/** What the next pathways-file dialog answers. */
let dialogAnswer: string | null;

const { value, refusal } = apiCalls(() => planner);

function startPlanner(overrides: Partial<ShellHooks> = {}): void {
  planner = createPlanner({
    hooks: nullShellHooks({
      choosePlanToOpen: async () => planPath,
      choosePathwaysFileToSave: async () => dialogAnswer,
      choosePathwaysFileToOpen: async () => dialogAnswer,
      ...overrides,
    }),
    appName: 'KS4 Planner',
    appVersion: '0.0.0',
    createSolverWorker: sourceSolverWorker,
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-pathways-'));
  planPath = join(dir, 'Year 9.ks4');
  dialogAnswer = null;
  writeDemoPlan(planPath, { pupils: 80, seed: 3 });
  startPlanner();
});
afterEach(() => {
  planner.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function openPlan(): Promise<PathwaysView> {
  await value('choosePlanToOpen');
  return value<PathwaysView>('getPathways', { scenarioName: null });
}

/** Reads the file itself, after closing it in the app (an open plan is locked). */
async function withClosedPlan<T>(work: (db: PlanDatabase) => T): Promise<T> {
  await value('closePlan');
  const db = openPlanFile(planPath);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function supportedRoute(view: PathwaysView): PathwayInput {
  const route = view.pathways.find((pathway) => pathway.code === 'SUPPORTED');
  if (!route) throw new Error('the demo plan has no supported route');
  const { code, name, description, optionCount, freeSlots, rules, eligibility } = route;
  return { code, name, description, optionCount, freeSlots, rules, eligibility };
}

describe('reading the pathways', () => {
  it("shows the demo plan's starter routes with every rule in words", async () => {
    const view = await openPlan();
    expect(view.pathways.map((pathway) => pathway.code)).toEqual(['EBACC', 'OPEN', 'SUPPORTED']);
    const supported = view.pathways[2];
    const sup = view.courses.find((course) => course.code === 'SUP');
    expect(supported?.ruleWords).toEqual([`must include ${sup?.name}`]);
    // The demo school has five blocks: its supported route has one slot fewer than the others.
    expect(supported?.optionWords).toContain('fills 4 option slots');
    expect(view.pathways[0]?.ruleWords[0]).toMatch(/^must choose at least one language \(/);
    expect(view.decisions).toHaveLength(80);
    expect(view.fairness?.pupils).toBe(80);
    expect(view.categories).toContain('language');
    expect(view.settings).toEqual(view.defaultSettings);
  });

  it('names a scenario the plan does not have', async () => {
    await openPlan();
    const error = await refusal('getPathways', { scenarioName: 'Final blocks' });
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('Final blocks');
  });
});

describe('editing routes', () => {
  it('checks a draft live: a contradiction names the route and both rules', async () => {
    const view = await openPlan();
    const draft = supportedRoute(view);
    draft.rules.push({ kind: 'cannot-choose', from: { kind: 'courses', codes: ['SUP'] } });
    const check = await value<PathwayCheckView>('checkPathway', draft);
    expect(check.fieldProblems).toEqual([]);
    const contradiction = check.ruleSetProblems.find((problem) => problem.kind === 'contradiction');
    expect(contradiction?.message).toMatch(/^Supported route: .* contradict each other\.$/);
    expect(contradiction?.message).toContain('must include Supported Studies');
    expect(contradiction?.message).toContain('cannot choose Supported Studies');
    expect(check.ruleWords[1]).toMatch(/^cannot choose Supported Studies/);
  });

  it('refuses to save a contradictory route and keeps the saved one', async () => {
    const view = await openPlan();
    const draft = supportedRoute(view);
    draft.rules.push({ kind: 'cannot-choose', from: { kind: 'courses', codes: ['SUP'] } });
    const error = await refusal('savePathway', draft);
    expect(error.code).toBe('invalid-edit');
    expect(error.message).toMatch(/^Supported route \(SUPPORTED\) was not saved: no pupil could/);
    expect(error.message).toContain('cannot choose Supported Studies');
    const rules = await withClosedPlan(
      (db) => readPathways(db).find((pathway) => pathway.code === 'SUPPORTED')?.rules,
    );
    expect(rules).toEqual([{ kind: 'must-include', course: 'SUP' }]);
  });

  it('words field problems with the editor labels', async () => {
    const view = await openPlan();
    const draft = {
      ...supportedRoute(view),
      optionCount: 2,
      freeSlots: 3,
      rules: [{ kind: 'at-least', count: 0, from: { kind: 'category', category: 'language' } }],
    };
    const check = await value<PathwayCheckView>('checkPathway', draft);
    expect(check.fieldProblems).toEqual([
      'Rule 1: the number must be a whole number of at least 1.',
      'Free slots: must be no more than optionCount (2).',
    ]);
    const error = await refusal('savePathway', draft);
    expect(error.message).toContain('Rule 1: the number must be a whole number of at least 1.');
    const tooMany = await value<PathwayCheckView>('checkPathway', {
      ...draft,
      optionCount: 40,
      freeSlots: 0,
      rules: [],
    });
    expect(tooMany.fieldProblems).toEqual(['Option slots: must be no more than 10.']);
  });

  it('adds a new route and edits an existing one in its place', async () => {
    const view = await openPlan();
    await value('savePathway', {
      code: 'VOC',
      name: 'Vocational route',
      description: 'Two vocational courses.',
      optionCount: 4,
      freeSlots: 0,
      rules: [{ kind: 'at-least', count: 2, from: { kind: 'category', category: 'vocational' } }],
      eligibility: { bands: ['M'], note: 'Talk to the careers adviser.' },
    });
    await value('savePathway', { ...supportedRoute(view), name: 'Supported studies route' });
    const after = await value<PathwaysView>('getPathways', { scenarioName: null });
    expect(after.pathways.map((pathway) => [pathway.code, pathway.name])).toEqual([
      ['EBACC', 'EBacc route'],
      ['OPEN', 'Open route'],
      ['SUPPORTED', 'Supported studies route'],
      ['VOC', 'Vocational route'],
    ]);
    expect(after.pathways[3]?.ruleWords[0]).toMatch(/^must choose at least 2 vocational courses/);
  });

  it('refuses to delete a route pupils are on, naming them, and deletes one nobody is on', async () => {
    await withClosedPlan((db) => {
      const pupil = readPupils(db)[0] as Pupil;
      upsertPupils(db, [{ ...pupil, pathway: 'OPEN' }]);
    });
    const view = await openPlan();
    const onOpen = view.decisions.find((decision) => decision.agreedPathway === 'OPEN');
    const error = await refusal('deletePathway', { code: 'OPEN' });
    expect(error.code).toBe('invalid-edit');
    expect(error.message).toContain(`${onOpen?.name} (${onOpen?.upn})`);
    await value('deletePathway', { code: 'EBACC' });
    const after = await value<PathwaysView>('getPathways', { scenarioName: null });
    expect(after.pathways.map((pathway) => pathway.code)).toEqual(['OPEN', 'SUPPORTED']);
  });

  it('adds only the starter routes the plan lacks', async () => {
    await openPlan();
    const error = await refusal('addStarterPathways');
    expect(error.message).toContain('already has every starter route');
    await value('deletePathway', { code: 'OPEN' });
    expect(await value('addStarterPathways')).toEqual(['OPEN']);
  });
});

describe('recommendations and decisions', () => {
  it('recommends for everyone without changing an agreed route', async () => {
    await withClosedPlan((db) => {
      const pupil = readPupils(db)[0] as Pupil;
      upsertPupils(db, [{ ...pupil, pathway: 'SUPPORTED' }]);
    });
    const before = await openPlan();
    expect(before.decisions.every((decision) => decision.recommendation === null)).toBe(true);
    const saved = await value<{ pupils: number; needsReview: number }>('recommendPathways');
    expect(saved.pupils).toBe(80);
    const after = await value<PathwaysView>('getPathways', { scenarioName: null });
    expect(after.decisions.every((decision) => decision.recommendation !== null)).toBe(true);
    expect(after.decisions.filter((row) => row.recommendation?.needsReview)).toHaveLength(
      saved.needsReview,
    );
    const agreed = after.decisions.filter((decision) => decision.agreedPathway !== null);
    expect(agreed.map((decision) => decision.agreedPathway)).toEqual(['SUPPORTED']);
  });

  it('needs a reason to override, and saves the override with it', async () => {
    await openPlan();
    await value('recommendPathways');
    const view = await value<PathwaysView>('getPathways', { scenarioName: null });
    const pupil = view.decisions.find(
      (decision) => decision.recommendation?.pathway !== 'EBACC',
    ) as PupilDecisionView;
    const noReason = await refusal('overridePathway', {
      upn: pupil.upn,
      pathway: 'EBACC',
      reason: '  ',
    });
    expect(noReason.code).toBe('invalid-edit');
    expect(noReason.message).toContain(pupil.name);
    const decided = await value<PupilDecisionView>('overridePathway', {
      upn: pupil.upn,
      pathway: 'EBACC',
      reason: 'Keen linguist; agreed with parents.',
    });
    expect(decided.agreedPathway).toBe('EBACC');
    expect(decided.decision?.kind).toBe('overridden');
    const stored = await withClosedPlan((db) =>
      readPathwayDecisions(db).find((decision) => decision.upn === pupil.upn),
    );
    expect(stored?.agreedPathway).toBe('EBACC');
    expect(stored?.decision?.reason).toBe('Keen linguist; agreed with parents.');
  });

  it('confirms a recommendation, asking for a reason when it was flagged for review', async () => {
    // A pupil on the open route who chose Supported Studies and three vocational courses: only
    // the supported route fits them, and it is lower than the route they are on.
    const flaggedUpn = await withClosedPlan((db) => {
      const pupil = readPupils(db)[0] as Pupil;
      upsertPupils(db, [{ ...pupil, pathway: 'OPEN' }]);
      const lists = readChoices(db).map((list) =>
        list.upn === pupil.upn
          ? {
              ...list,
              choices: ['SUP', 'BTEC-Spt', 'BTEC-HSC', 'CD'],
              reserves: [],
            }
          : list,
      );
      replaceChoices(db, lists);
      return pupil.upn;
    });
    await openPlan();
    await value('recommendPathways');
    const view = await value<PathwaysView>('getPathways', { scenarioName: null });
    const plain = view.decisions.find(
      (row) => row.recommendation?.pathway && !row.recommendation.needsReview,
    ) as PupilDecisionView;
    const confirmed = await value<PupilDecisionView>('confirmPathway', { upn: plain.upn });
    expect(confirmed.agreedPathway).toBe(plain.recommendation?.pathway);
    expect(confirmed.decision?.kind).toBe('confirmed');
    const flagged = view.decisions.find((row) => row.upn === flaggedUpn) as PupilDecisionView;
    expect(flagged.recommendation?.pathway).toBe('SUPPORTED');
    expect(flagged.recommendation?.needsReview).toBe(true);
    const error = await refusal('confirmPathway', { upn: flagged.upn });
    expect(error.message).toContain('flagged for review');
    expect(error.message).toContain(flagged.name);
    const withReason = await value<PupilDecisionView>('confirmPathway', {
      upn: flagged.upn,
      reason: 'Agreed at the review with the SENCo.',
    });
    expect(withReason.decision?.reason).toBe('Agreed at the review with the SENCo.');
  });
});

describe('the fairness report', () => {
  it('flags disadvantaged pupils put on the supported route at equal prior attainment', async () => {
    await withClosedPlan((db) => {
      upsertPupils(
        db,
        readPupils(db).map((pupil) => ({
          ...pupil,
          pathway: pupil.disadvantaged ? 'SUPPORTED' : 'OPEN',
        })),
      );
    });
    const view = await openPlan();
    const flag = view.fairness?.flags.find((entry) => entry.kind === 'differential-ambition');
    expect(flag?.severity).toBe('concern');
    expect(flag?.message).toMatch(/disadvantaged/i);
  });

  it('saves thresholds, and refuses ones that make no sense, naming the setting', async () => {
    await openPlan();
    const error = await refusal('saveFairnessSettings', { ambitionGapPoints: 150 });
    expect(error.code).toBe('invalid-edit');
    expect(error.message).toContain('ambitionGapPoints');
    await value('saveFairnessSettings', { ambitionGapPoints: 10, minimumGroupSize: 8 });
    const view = await value<PathwaysView>('getPathways', { scenarioName: null });
    expect(view.settings.ambitionGapPoints).toBe(10);
    expect(view.settings.minimumGroupSize).toBe(8);
    expect(view.settings.genderGapPoints).toBe(view.defaultSettings.genderGapPoints);
  });
});

describe('pathways files', () => {
  it('exports through the dialog and imports a changed file back', async () => {
    await openPlan();
    expect(await value('exportPathways')).toBeNull();
    dialogAnswer = join(dir, 'routes');
    expect(await value('exportPathways')).toEqual({ fileName: 'routes.json', pathways: 3 });
    const file = JSON.parse(readFileSync(join(dir, 'routes.json'), 'utf8')) as {
      pathways: { code: string; name: string }[];
    };
    file.pathways[1] = {
      ...(file.pathways[1] as { code: string; name: string }),
      name: 'Free route',
    };
    writeFileSync(join(dir, 'routes.json'), JSON.stringify(file));
    dialogAnswer = join(dir, 'routes.json');
    const result = await value<{ replaced: string[]; added: string[] }>('importPathways');
    expect(result.replaced).toEqual(['EBACC', 'OPEN', 'SUPPORTED']);
    expect(result.added).toEqual([]);
    const view = await value<PathwaysView>('getPathways', { scenarioName: null });
    expect(view.pathways[1]?.name).toBe('Free route');
  });

  it('refuses a file that is not a pathways file and changes nothing', async () => {
    await openPlan();
    dialogAnswer = join(dir, 'notes.json');
    writeFileSync(dialogAnswer, '{"hello": 1}');
    const error = await refusal('importPathways');
    expect(error.code).toBe('import-failed');
    expect(error.message).toContain('notes.json cannot be used as a pathways file');
    const codes = await withClosedPlan((db) => readPathways(db).map((pathway) => pathway.code));
    expect(codes).toEqual(['EBACC', 'OPEN', 'SUPPORTED']);
  });
});

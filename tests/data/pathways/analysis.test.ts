import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDemoPlan } from '../../../src/data/demo-plan';
import { analysePathways, recommendAndSave } from '../../../src/data/pathways/analysis';
import { PathwayDataError } from '../../../src/data/pathways/pathway-errors';
import { readPathwayDecisions } from '../../../src/data/plan/pathway-decision-repository';
import { readPathways, replacePathways } from '../../../src/data/plan/pathway-repository';
import { openPlanFile, type PlanDatabase } from '../../../src/data/plan/plan-file';
import { saveScenario } from '../../../src/data/plan/scenario-repository';
import { makeTempDir } from '../plan/temp-plan';
import { EBACC, OPEN, openSmallPlan, setAgreedRoute, SUPPORTED } from './small-plan';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const FIGURES = {
  metrics: {
    pupils: 3,
    fullySatisfied: 0,
    choicesRequested: 11,
    choicesMet: 2,
    reservesUsed: 0,
    unresolved: 3,
    groupsPerBlock: {},
    groupSizes: {},
    teacherClashes: 0,
    unstaffedGroups: 0,
  },
  unresolved: [],
};

/** A scenario placing Ann in French and History only. */
function saveSmallScenario(db: PlanDatabase, name: string, now: Date): void {
  saveScenario(db, {
    name,
    now,
    solution: {
      groups: [
        { label: 'Fr1', course: 'Fr', blocks: ['A'], teacher: null },
        { label: 'Hi1', course: 'Hi', blocks: ['B'], teacher: null },
      ],
      placements: [
        { upn: 'A100000000001', course: 'Fr', group: 'Fr1', reserve: false },
        { upn: 'A100000000001', course: 'Hi', group: 'Hi1', reserve: false },
      ],
    },
    figures: FIGURES as never,
  });
}

describe('analysePathways on the demo plan', () => {
  it('checks every pupil against a route, recommends one for each and reports on fairness', () => {
    const path = join(dir, 'demo.ks4');
    writeDemoPlan(path, { pupils: 120, seed: 5 });
    const db = openPlanFile(path);
    try {
      const analysis = analysePathways(db);
      expect(analysis.pathways.map((pathway) => pathway.code)).toEqual([
        'EBACC',
        'OPEN',
        'SUPPORTED',
      ]);
      // The starter set names only courses and categories the demo catalogue has.
      expect(
        analysis.ruleSetProblems.filter((problem) => problem.kind.startsWith('unknown')),
      ).toEqual([]);
      expect(analysis.pupils).toHaveLength(120);
      expect(analysis.recommendations).toHaveLength(120);
      // Nobody has an agreed route yet: every route is the recommended one.
      for (const pupil of analysis.pupils) {
        const recommendation = analysis.recommendations.find((rec) => rec.upn === pupil.upn);
        expect(pupil.route).toEqual({ code: recommendation?.recommended, source: 'recommended' });
      }
      const brokenRules = analysis.pupils.reduce((sum, pupil) => sum + pupil.violations.length, 0);
      expect(analysis.violations).toHaveLength(brokenRules);
      expect(analysis.fairness?.pupils).toBe(120);
      expect(analysis.scenario).toBeNull();
    } finally {
      db.close();
    }
  });
});

describe('analysePathways on a plan with a planted violation', () => {
  it('names the pupil, their route, the rule in words and what is wrong with their choices', () => {
    const db = openSmallPlan(dir);
    try {
      replacePathways(db, [EBACC, OPEN, SUPPORTED]);
      setAgreedRoute(db, 'A100000000001', 'EBACC');
      setAgreedRoute(db, 'B100000000002', 'ebacc');
      const analysis = analysePathways(db);
      const ben = analysis.violations.filter((row) => row.upn === 'B100000000002');
      expect(ben).toHaveLength(1);
      expect(ben[0]).toMatchObject({
        name: 'Ben Baker',
        route: 'EBACC',
        routeName: 'EBacc route',
        source: 'agreed',
        problem: 'chose none of them',
      });
      expect(ben[0]?.rule).toMatch(/language \(French or Spanish\)/);
      // Ann's choices meet the EBacc route's rules.
      expect(analysis.violations.some((row) => row.upn === 'A100000000001')).toBe(false);
      expect(analysis.pupils.find((pupil) => pupil.upn === 'B100000000002')?.route).toEqual({
        code: 'EBACC',
        source: 'agreed',
      });
    } finally {
      db.close();
    }
  });

  it('lists pupils whose agreed route the plan has no pathway for', () => {
    const db = openSmallPlan(dir);
    try {
      replacePathways(db, [EBACC, OPEN]);
      setAgreedRoute(db, 'C100000000003', 'TECH');
      setAgreedRoute(db, 'B100000000002', 'tech');
      expect(analysePathways(db).unknownRoutes).toEqual([
        { code: 'tech', pupils: ['Ben Baker (B100000000002)', 'Cara Cole (C100000000003)'] },
      ]);
    } finally {
      db.close();
    }
  });

  it('reports rules naming courses the plan does not have', () => {
    const db = openSmallPlan(dir);
    try {
      replacePathways(db, [{ ...SUPPORTED, rules: [{ kind: 'must-include', course: 'SUP' }] }]);
      const problems = analysePathways(db).ruleSetProblems;
      expect(problems.some((p) => p.pathway === 'SUPPORTED' && p.kind === 'unknown-course')).toBe(
        true,
      );
    } finally {
      db.close();
    }
  });
});

describe('the scenario behind the fairness report', () => {
  it('is the named one, else the agreed one, else the latest', () => {
    const db = openSmallPlan(dir);
    try {
      replacePathways(db, [EBACC, OPEN]);
      expect(analysePathways(db).fairness?.breakdowns[0]?.groups[0]?.satisfaction).toBeNull();
      saveSmallScenario(db, 'Spring', new Date('2026-03-01T09:00:00Z'));
      saveSmallScenario(db, 'Summer', new Date('2026-06-01T09:00:00Z'));
      expect(analysePathways(db).scenario).toEqual({ name: 'Summer', basis: 'latest' });
      db.prepare("UPDATE scenarios SET is_agreed = 1 WHERE name = 'Spring'").run();
      expect(analysePathways(db).scenario).toEqual({ name: 'Spring', basis: 'agreed' });
      const named = analysePathways(db, { scenarioName: 'summer' });
      expect(named.scenario).toEqual({ name: 'Summer', basis: 'named' });
      expect(named.fairness?.breakdowns[0]?.groups[0]?.satisfaction).not.toBeNull();
      expect(() => analysePathways(db, { scenarioName: 'Autumn' })).toThrow(
        new PathwayDataError('unknown-scenario', 'The plan has no scenario called "Autumn".'),
      );
    } finally {
      db.close();
    }
  });
});

describe('saving recommendations', () => {
  it('records one for every pupil and leaves agreed routes alone', () => {
    const db = openSmallPlan(dir);
    try {
      replacePathways(db, [EBACC, OPEN, SUPPORTED]);
      setAgreedRoute(db, 'B100000000002', 'OPEN');
      const saved = recommendAndSave(db, new Date('2026-03-01T09:00:00Z'));
      expect(saved.pupils).toBe(3);
      const decisions = readPathwayDecisions(db);
      expect(decisions.every((pupil) => pupil.recommendation !== null)).toBe(true);
      expect(decisions.map((pupil) => pupil.agreedPathway)).toEqual([null, 'OPEN', null]);
      expect(readPathways(db)).toHaveLength(3);
    } finally {
      db.close();
    }
  });
});

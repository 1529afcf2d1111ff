import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SolverMetrics, UnresolvedChoice } from '../../src/core/solver/types';
import { makeTempDir } from '../data/plan/temp-plan';
import { ks4plan } from './run-cli';

let dir: string;
let cleanup: () => void;
let plan: string;
let solved: { scenario: string; metrics: SolverMetrics; unresolved: UnresolvedChoice[] };

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  plan = join(dir, 'plan.ks4');
  await ks4plan('demo', plan, '--pupils', '80', '--seed', '4');
  const run = await ks4plan('solve', plan, '--time-limit', '5', '--scenario', 'Spring', '--json');
  expect(run.err).toBe('');
  solved = JSON.parse(run.out);
});
afterAll(() => cleanup());

const readCsv = (path: string) =>
  parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];

describe('ks4plan solve', () => {
  it('prints the figures and saves the scenario', async () => {
    expect(solved.scenario).toBe('Spring');
    expect(solved.metrics.pupils).toBe(80);
    expect(solved.metrics.teacherClashes).toBe(0);
    expect(solved.metrics.fullySatisfied).toBe(80 - solved.metrics.unresolved);
    const info = JSON.parse((await ks4plan('info', plan, '--json')).out);
    expect(info.counts.scenarios).toBe(1);
  });

  it('prints a readable summary', async () => {
    const run = await ks4plan('solve', plan, '--time-limit', '2', '--scenario', 'Text');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Fully satisfied:\s+\d+ \(\d+\.\d%\)$/m);
    expect(run.out).toMatch(/^Teacher clashes:\s+0$/m);
    expect(run.out).toMatch(/^Groups per block:\s+A: \d+, B: \d+/m);
  });

  it('refuses to overwrite a scenario without --replace', async () => {
    const run = await ks4plan('solve', plan, '--time-limit', '1', '--scenario', 'spring');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/already a scenario called "spring".*--replace/);
  });

  it('explains a plan with no choices', async () => {
    const empty = join(dir, 'empty.ks4');
    const subjects = join(dir, 'subjects.csv');
    writeFileSync(subjects, 'code,name,max_group_size\nHi,History,30\n');
    await ks4plan('import', empty, '--subjects', subjects);
    const run = await ks4plan('solve', empty);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/no choices/);
  });
});

describe('ks4plan export', () => {
  it('writes allocations, groups and unresolved choices in the documented formats', async () => {
    const files = {
      allocations: join(dir, 'allocations.csv'),
      groups: join(dir, 'groups.csv'),
      unresolved: join(dir, 'unresolved.csv'),
    };
    const run = await ks4plan(
      'export',
      plan,
      '--scenario',
      'Spring',
      '--allocations',
      files.allocations,
      '--groups',
      files.groups,
      '--unresolved',
      files.unresolved,
    );
    expect(run.code).toBe(0);
    const allocations = readCsv(files.allocations);
    const groups = readCsv(files.groups);
    const unresolved = readCsv(files.unresolved);
    expect(groups.reduce((sum, group) => sum + Number(group.size), 0)).toBe(allocations.length);
    expect(unresolved).toHaveLength(solved.unresolved.length);
    const blockOf = new Map(groups.map((group) => [group.group, group.block]));
    for (const row of allocations) expect(row.block).toBe(blockOf.get(row.group ?? ''));
    // Each pupil's courses sit in different blocks.
    const blocksByPupil = new Map<string, string[]>();
    for (const row of allocations) {
      const blocks = blocksByPupil.get(row.upn ?? '') ?? [];
      blocks.push(...(row.block ?? '').split(';'));
      blocksByPupil.set(row.upn ?? '', blocks);
    }
    for (const blocks of blocksByPupil.values()) expect(new Set(blocks).size).toBe(blocks.length);
  });

  it('says when there is no such scenario', async () => {
    const run = await ks4plan(
      'export',
      plan,
      '--scenario',
      'Autumn',
      '--groups',
      join(dir, 'g.csv'),
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/no scenario called "Autumn"/);
  });
});

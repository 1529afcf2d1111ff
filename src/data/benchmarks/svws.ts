import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PlacedGroup } from '../../core/layout';
import type { ChoiceList, Cohort, Course, Pupil, StaffMember } from '../../core/model';
import { parseCsv } from '../import/csv-reader';

/**
 * Loads an SVWS Kursblockung test instance (a Kurs42 export) into a cohort.
 *
 * Mapping:
 *  - a course is Fach + Kursart kind (LK and GK of one subject are different courses); its
 *    groups are the Kurse with that Fach and kind, a fixed count; blocks_spanned is Schienenzahl;
 *  - a pupil is one Name + Vorname + GebDat of Fachwahlen; their choices are their Fachwahlen
 *    rows in file order (the export has no ranks and no reserves);
 *  - the block rules of an instance's notes become allowed blocks (blockung001 only: blockung002's
 *    rules pin single groups to a block, which the cohort cannot say);
 *  - the export has no size limits: every course gets maxGroupSize (30 by default), which the
 *    reference layouts respect;
 *  - with staff, each Lehrer can teach the courses of their Kurse, and max_groups is the number of
 *    blocks their Kurse take (a double group counts twice, so the reference workload fits whether
 *    max_groups is read as groups or as blocks taught). The reference layout of blockung001 gives
 *    one teacher two groups in a block three times, so with staff its optimum is not known.
 *    blockung002 names no teachers.
 */
export interface SvwsInstance {
  name: string;
  cohort: Cohort;
  /** The layout of Blockplan.txt, in which every pupil gets every choice. */
  referenceLayout: PlacedGroup[];
}

export interface SvwsOptions {
  maxGroupSize?: number;
  withStaff?: boolean;
}

interface InstanceFacts {
  blocks: number;
  allowedBlocks?: (fach: string, kind: string) => number[];
}

const between = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** What each instance's notes say beyond the files (block numbers from 1). */
const KNOWN: Readonly<Record<string, InstanceFacts>> = {
  blockung001: {
    blocks: 14,
    // Blocks 1-2 only LK, 12 only sport, 13 only the project course, 14 only I0/S0 (which
    // span two blocks, so they also take one ordinary block).
    allowedBlocks: (fach, kind) => {
      if (fach === 'I0' || fach === 'S0') return [...between(3, 11), 14];
      if (kind === 'PJK') return [13];
      if (fach === 'SP') return [12];
      if (kind === 'LK') return between(1, 11);
      return between(3, 11);
    },
  },
  blockung002: { blocks: 12 },
};

const DEFAULT_MAX_GROUP_SIZE = 30;

export function loadSvwsInstance(folder: string, options: SvwsOptions = {}): SvwsInstance {
  const name = basename(folder);
  const kurse = readRecords(join(folder, 'Kurse.txt'));
  const wahlen = readRecords(join(folder, 'Fachwahlen.txt'));
  const plan = readRecords(join(folder, 'Blockplan.txt'));
  const facts = KNOWN[name] ?? { blocks: Math.max(0, ...plan.map((r) => Number(r.Schiene))) + 1 };
  const blocks = between(1, facts.blocks).map(String);

  const courses = new Map<string, Course>();
  const groupCourse = new Map<string, string>();
  for (const kurs of kurse) {
    const kind = kindOf(field(kurs, 'Kursart'));
    const code = `${field(kurs, 'Fach')}-${kind}`;
    groupCourse.set(field(kurs, 'Name'), code);
    const course = courses.get(code) ?? {
      code,
      name: `${field(kurs, 'Fach')} ${kind}`,
      maxGroupSize: options.maxGroupSize ?? DEFAULT_MAX_GROUP_SIZE,
      minGroupSize: 1,
      groups: 0,
      blocksSpanned: 1,
      allowedBlocks: (facts.allowedBlocks?.(field(kurs, 'Fach'), kind) ?? []).map(String),
      qualification: null,
      category: null,
    };
    course.groups = (course.groups ?? 0) + 1;
    if (Number(kurs.Schienenzahl) === 2) course.blocksSpanned = 2;
    courses.set(code, course);
  }

  const { pupils, choices } = pupilsAndChoices(wahlen, courses);
  const teacherOf = new Map(kurse.map((k) => [field(k, 'Name'), teacherCode(k)]));
  return {
    name,
    cohort: {
      blocks,
      courses: [...courses.values()],
      pupils,
      choices,
      staff: options.withStaff ? staffOf(kurse, groupCourse) : [],
    },
    referenceLayout: referenceLayout(plan, groupCourse, (label) =>
      options.withStaff ? (teacherOf.get(label) ?? null) : null,
    ),
  };
}

/** GK1, GKM and GKS are all basic courses, LK1 and LK2 advanced ones; others keep their kind. */
function kindOf(kursart: string): string {
  if (kursart.startsWith('GK')) return 'GK';
  if (kursart.startsWith('LK')) return 'LK';
  return kursart;
}

function pupilsAndChoices(
  wahlen: readonly Record<string, string>[],
  courses: ReadonlyMap<string, Course>,
): { pupils: Pupil[]; choices: ChoiceList[] } {
  const byKey = new Map<string, { pupil: Pupil; choices: string[] }>();
  for (const wahl of wahlen) {
    const key = ['Name', 'Vorname', 'GebDat'].map((column) => field(wahl, column)).join('|');
    let entry = byKey.get(key);
    if (!entry) {
      const upn = `P${String(byKey.size + 1).padStart(4, '0')}`;
      entry = { pupil: pupil(upn, wahl), choices: [] };
      byKey.set(key, entry);
    }
    const code = `${field(wahl, 'Fachkrz')}-${kindOf(field(wahl, 'Kursart'))}`;
    if (!courses.has(code)) throw new Error(`${entry.pupil.upn} chose ${code}, which has no Kurs.`);
    if (!entry.choices.includes(code)) entry.choices.push(code);
  }
  const entries = [...byKey.values()];
  return {
    pupils: entries.map((entry) => entry.pupil),
    choices: entries.map((entry) => ({
      upn: entry.pupil.upn,
      choices: entry.choices,
      reserves: [],
    })),
  };
}

/** SVWS codes gender 3 for male and 4 for female. */
function pupil(upn: string, wahl: Record<string, string>): Pupil {
  const gender = wahl.Geschlecht === '3' ? 'M' : wahl.Geschlecht === '4' ? 'F' : null;
  return {
    upn,
    surname: field(wahl, 'Name'),
    forename: field(wahl, 'Vorname'),
    form: null,
    gender,
    disadvantaged: false,
    send: 'N',
    eal: false,
    priorAttainment: { score: null, band: null },
    pathway: null,
  };
}

function teacherCode(kurs: Record<string, string>): string | null {
  const code = kurs.Lehrer ?? '';
  return code === '' || code === '--' ? null : code;
}

function staffOf(
  kurse: readonly Record<string, string>[],
  groupCourse: ReadonlyMap<string, string>,
): StaffMember[] {
  const staff = new Map<string, StaffMember>();
  for (const kurs of kurse) {
    const code = teacherCode(kurs);
    const course = groupCourse.get(field(kurs, 'Name'));
    const blocks = Number(kurs.Schienenzahl) === 2 ? 2 : 1;
    if (code === null || course === undefined) continue;
    const member = staff.get(code) ?? {
      code,
      name: code,
      courses: [],
      maxGroups: 0,
      unavailableBlocks: [],
    };
    if (!member.courses.includes(course)) member.courses.push(course);
    member.maxGroups = (member.maxGroups ?? 0) + blocks;
    staff.set(code, member);
  }
  return [...staff.values()];
}

/** Blockplan.txt numbers blocks from 0 and lists a double group once per block. */
function referenceLayout(
  plan: readonly Record<string, string>[],
  groupCourse: ReadonlyMap<string, string>,
  teacherOf: (label: string) => string | null,
): PlacedGroup[] {
  const groups = new Map<string, PlacedGroup>();
  for (const row of plan) {
    const label = field(row, 'Kursbezeichnung');
    const course = groupCourse.get(label);
    if (course === undefined) throw new Error(`Blockplan.txt names ${label}, which is no Kurs.`);
    const group = groups.get(label) ?? { course, label, blocks: [], teacher: teacherOf(label) };
    group.blocks.push(String(Number(field(row, 'Schiene')) + 1));
    groups.set(label, group);
  }
  return [...groups.values()];
}

/** The rows of a Kurs42 table as records keyed by column heading. */
function readRecords(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`${basename(path)}: ${parsed.message}`);
  const [headings = [], ...rows] = parsed.rows.filter((cells) => cells.some((c) => c !== ''));
  return rows.map((cells) => Object.fromEntries(headings.map((h, i) => [h, cells[i] ?? ''])));
}

function field(record: Record<string, string>, column: string): string {
  const value = record[column];
  if (value === undefined) throw new Error(`The column ${column} is missing.`);
  return value;
}

import type { ScenarioExport } from './scenario-export';

/**
 * The option blocks as the options booklet shows them: which groups of each course sit in each
 * block, and each block as a list of the courses a pupil can pick there.
 */

export interface BookletCourseRow {
  code: string;
  name: string;
  /** Block name → the labels of the course's groups in that block. */
  groupsByBlock: Map<string, string[]>;
}

export interface BookletBlockEntry {
  code: string;
  name: string;
  /** Groups of the course in this block. */
  groups: number;
  /** The other blocks a double course's groups here also take; empty for most courses. */
  alsoIn: string[];
}

export interface BookletBlock {
  block: string;
  entries: BookletBlockEntry[];
}

export interface BookletGrid {
  blocks: string[];
  /** Courses that run in the scenario, in the plan's course order. */
  courses: BookletCourseRow[];
  byBlock: BookletBlock[];
}

export function bookletGrid(plan: ScenarioExport): BookletGrid {
  const running = plan.courses.filter((course) =>
    plan.solution.groups.some((group) => group.course === course.code),
  );
  const courses = running.map((course): BookletCourseRow => {
    const groupsByBlock = new Map(plan.blocks.map((block) => [block, [] as string[]]));
    for (const group of plan.solution.groups) {
      if (group.course !== course.code) continue;
      for (const block of group.blocks) groupsByBlock.get(block)?.push(group.label);
    }
    return { code: course.code, name: course.name, groupsByBlock };
  });
  const byBlock = plan.blocks.map((block): BookletBlock => {
    const entries: BookletBlockEntry[] = [];
    for (const course of running) {
      const here = plan.solution.groups.filter(
        (group) => group.course === course.code && group.blocks.includes(block),
      );
      if (here.length === 0) continue;
      const alsoIn = [...new Set(here.flatMap((group) => group.blocks))].filter(
        (other) => other !== block,
      );
      entries.push({ code: course.code, name: course.name, groups: here.length, alsoIn });
    }
    return { block, entries };
  });
  return { blocks: plan.blocks, courses, byBlock };
}

/** "2 groups", "1 group, a double course also in block D". */
export function groupCountText(entry: BookletBlockEntry): string {
  const groups = entry.groups === 1 ? '1 group' : `${entry.groups} groups`;
  if (entry.alsoIn.length === 0) return groups;
  const blocks = entry.alsoIn.length === 1 ? 'block' : 'blocks';
  return `${groups}, a double course also in ${blocks} ${entry.alsoIn.join(' and ')}`;
}

/** "History: 2 groups", one cell of the per-block listing. */
export function describeEntry(entry: BookletBlockEntry): string {
  return `${entry.name}: ${groupCountText(entry)}`;
}

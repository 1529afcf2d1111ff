import type { Instance } from './instance';
import { bucketsOf } from './allocation';
import { maskOfNames, namesOfMask } from './masks';
import type { LayoutState } from './state';
import type { PupilPlacement, Solution } from './types';

/** The layout, teachers and allocation of a state, in the cohort's own codes and labels. */
export function toSolution(state: LayoutState): Solution {
  const { instance, masks, allocation, staffing } = state;
  const groups = instance.groups.map((group, g) => {
    const teacher = staffing.teachers[g] ?? -1;
    return {
      label: group.label,
      course: instance.courses[group.course]?.code ?? '',
      blocks: namesOfMask(masks[g] ?? 0, instance.blocks),
      teacher: teacher >= 0 ? (instance.staff[teacher]?.code ?? null) : null,
    };
  });
  // Each group has a target size from the allocation; locked pupils first, then in order.
  const left = Int32Array.from(allocation.sizes);
  const bucket = bucketsOf(instance, masks);
  const membersOf = (b: number): number[] =>
    instance.courses[instance.groups[b]?.course ?? 0]?.groups.filter((g) => bucket[g] === b) ?? [];
  const groupFor = new Map<string, number>();
  instance.pupils.forEach((pupil, p) => {
    for (const [c, g] of pupil.locks) {
      if (!allocation.chosen[p]?.courses.includes(c)) continue;
      groupFor.set(`${p}:${c}`, g);
      left[g] = (left[g] ?? 0) - 1;
    }
  });
  const placements: PupilPlacement[] = [];
  instance.pupils.forEach((pupil, p) => {
    const option = allocation.chosen[p];
    if (!option) return;
    option.courses.forEach((c, i) => {
      let g = groupFor.get(`${p}:${c}`);
      if (g === undefined) {
        const members = membersOf(option.buckets[i] ?? 0);
        g = members.find((member) => (left[member] ?? 0) > 0) ?? members[0] ?? 0;
        left[g] = (left[g] ?? 0) - 1;
      }
      placements.push({
        upn: pupil.upn,
        course: instance.courses[c]?.code ?? '',
        group: instance.groups[g]?.label ?? '',
        reserve: pupil.reserves.includes(c),
      });
    });
  });
  return { groups, placements };
}

/** Each group's block mask in a solution; 0 for groups the solution does not have. */
export function masksFromSolution(instance: Instance, solution: Solution): Int32Array {
  const masks = new Int32Array(instance.groups.length);
  for (const group of solution.groups) {
    const g = instance.groupIndex.get(group.label);
    if (g !== undefined) masks[g] = maskOfNames(group.blocks, instance.blocks);
  }
  return masks;
}

/** Staff index per group from a solution, -1 where it names none. */
export function teachersFromSolution(instance: Instance, solution: Solution): Int32Array {
  const teachers = new Int32Array(instance.groups.length).fill(-1);
  for (const group of solution.groups) {
    const g = instance.groupIndex.get(group.label);
    const t = instance.staff.findIndex((member) => member.code === group.teacher);
    if (g !== undefined) teachers[g] = t;
  }
  return teachers;
}

import type { ChoiceList } from '../model';
import type { Layout } from './layout';
import { smallestClash, timetables } from './timetable';
import { bitNames, blocksText, listText } from './text';

/** Enough timetables to find the full groups in a pupil's way without listing thousands. */
const TIMETABLES_SEEN = 50;

export function courseName(layout: Layout, code: string): string {
  return layout.courses.get(code)?.name ?? code;
}

/** The blocks a course runs in, over all its groups. */
function runsIn(layout: Layout, code: string): number {
  return (layout.byCourse.get(code) ?? []).reduce((mask, group) => mask | group.mask, 0);
}

/**
 * Why the pupil does not have all their choices, in a deputy head's words: a course that is not
 * running, choices that only run in the same blocks, or full groups in the way.
 */
export function reasonFor(
  layout: Layout,
  list: ChoiceList,
  unmet: readonly string[],
  reservesGiven: readonly string[],
): string {
  const name = (code: string) => courseName(layout, code);
  const parts: string[] = [];
  const notRunning = unmet.filter((code) => (layout.byCourse.get(code) ?? []).length === 0);
  if (notRunning.length > 0) {
    const verb = notRunning.length === 1 ? 'is' : 'are';
    parts.push(`${listText(notRunning.map(name))} ${verb} not running (no groups)`);
  }
  const running = list.choices.filter((code) => !notRunning.includes(code));
  const stillUnmet = unmet.filter((code) => !notRunning.includes(code));
  // Each unmet choice is explained by the smallest clash it is part of (one that does not just
  // add to a clash already named); the others lost out to full groups.
  const clashes: string[][] = [];
  const explained = new Set<string>();
  for (const code of stillUnmet) {
    if (explained.has(code)) continue;
    const clash = smallestClash(layout, running, [code], list.upn, clashes);
    if (!clash) continue;
    clashes.push(clash);
    parts.push(clashText(layout, clash));
    clash.filter((c) => stillUnmet.includes(c)).forEach((c) => explained.add(c));
  }
  if (stillUnmet.some((code) => !explained.has(code))) {
    const rest = running.filter((code) => !explained.has(code));
    parts.push(crowdingText(layout, list.upn, rest));
  }
  const text = parts.join('; ');
  if (reservesGiven.length === 0) return text;
  const given = listText(reservesGiven.map(name));
  return `${text}; for now they have ${given} (${reservesGiven.length === 1 ? 'a reserve' : 'reserves'}) instead`;
}

function clashText(layout: Layout, clash: readonly string[]): string {
  const { blocks } = layout.cohort;
  const masks = clash.map((code) => runsIn(layout, code));
  const union = masks.reduce((all, mask) => all | mask, 0);
  const names = clash.map((code) => courseName(layout, code));
  const single = bitNames(union, blocks).length === 1;
  if (single && masks.every((mask) => mask === union)) {
    return `${listText(names)} only run in ${blocksText(bitNames(union, blocks))}`;
  }
  const described = clash.map((code, i) => {
    const double = layout.courses.get(code)?.blocksSpanned === 2 ? 'double, ' : '';
    return `${names[i] ?? code} (${double}${blocksText(bitNames(masks[i] ?? 0, blocks))})`;
  });
  const needed = clash.reduce(
    (sum, code) => sum + (layout.courses.get(code)?.blocksSpanned ?? 1),
    0,
  );
  const available = bitNames(union, blocks);
  const why =
    available.length < needed
      ? `they need ${needed} blocks but run only in ${blocksText(available)} between them`
      : 'no arrangement of their groups puts them in different blocks';
  return `${listText(described)} cannot all be taken: ${why}`;
}

/** Most courses named when full groups are in the way; the rest are counted. */
const CROWDED_SHOWN = 4;

function crowdingText(layout: Layout, upn: string, choices: readonly string[]): string {
  const mine = new Set((layout.placements.get(upn) ?? []).map((p) => p.group));
  // Course code to the blocks where its full groups stand in the pupil's way.
  const full = new Map<string, number>();
  const seen = timetables(layout, choices, { upn, seats: false }, TIMETABLES_SEEN);
  for (const timetable of seen) {
    for (const seat of timetable) {
      const group = layout.groups.get(seat.group);
      if (!group || mine.has(group.label) || group.size < group.max) continue;
      full.set(group.course, (full.get(group.course) ?? 0) | group.mask);
    }
  }
  if (full.size === 0) {
    return seen.length === 0
      ? 'their choices cannot all be timetabled together in this layout'
      : 'their choices fit this layout and there are free seats, but they have not been seated';
  }
  const texts = [...full].map(
    ([code, mask]) =>
      `${courseName(layout, code)} is full in ${blocksText(bitNames(mask, layout.cohort.blocks))}`,
  );
  const shown = texts.slice(0, CROWDED_SHOWN);
  if (texts.length > shown.length)
    shown.push(`${texts.length - shown.length} more courses are full`);
  return `their choices fit together only through full groups: ${listText(shown)}`;
}

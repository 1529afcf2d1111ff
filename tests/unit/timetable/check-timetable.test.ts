import { describe, expect, it } from 'vitest';
import type { Solution } from '../../../src/core/solver/types';
import { checkTimetable } from '../../../src/core/timetable';
import { frameWith, periods, smallCohort } from './fixtures';

/** Each block once a day on Monday to Friday of week 1, in its own period. */
function everyBlockPlaced() {
  const days = [1, 2, 3, 4, 5];
  return {
    A: days.flatMap((day) => periods(1, day, [1])),
    B: days.flatMap((day) => periods(1, day, [2])),
    C: days.flatMap((day) => periods(1, day, [3])),
    D: days.flatMap((day) => periods(1, day, [4])),
  };
}

const messages = (check: ReturnType<typeof checkTimetable>) =>
  check.problems.map((problem) => problem.message);

describe('checkTimetable', () => {
  it('reports every block unplaced in the default frame and nothing else', () => {
    const check = checkTimetable(smallCohort(), frameWith({}), null);
    expect(messages(check)).toEqual([
      'Block A has no periods in the cycle.',
      'Block B has no periods in the cycle.',
      'Block C has no periods in the cycle.',
      'Block D has no periods in the cycle.',
    ]);
    expect(check.blocks).toEqual([
      { block: 'A', periods: 0 },
      { block: 'B', periods: 0 },
      { block: 'C', periods: 0 },
      { block: 'D', periods: 0 },
    ]);
  });

  it('finds no problem when every block has its own periods and no time is asked for', () => {
    const check = checkTimetable(
      smallCohort(),
      frameWith({ blockPeriods: everyBlockPlaced() }),
      null,
    );
    expect(check.problems).toEqual([]);
    expect(check.blocks.map((block) => block.periods)).toEqual([5, 5, 5, 5]);
  });

  it('names the blocks that share a period and counts a period placed twice once', () => {
    const blockPeriods = {
      ...everyBlockPlaced(),
      C: [...periods(1, 1, [1, 3]), ...periods(1, 1, [3])],
    };
    const check = checkTimetable(smallCohort(), frameWith({ blockPeriods }), null);
    expect(check.problems).toEqual([
      {
        kind: 'period-clash',
        message: 'Blocks A and C are both placed in Week 1 Monday period 1.',
        action: 'Keep one block in Week 1 Monday period 1 and move the others to free periods.',
        blocks: ['A', 'C'],
        courses: [],
        staff: [],
        periods: [{ week: 1, day: 1, period: 1 }],
      },
    ]);
    expect(check.blocks.find((block) => block.block === 'C')?.periods).toBe(2);
  });

  it('reports periods outside a cycle made shorter and leaves them out of the time given', () => {
    const frame = frameWith({
      weeks: 1,
      periodsPerDay: 4,
      blockPeriods: { ...everyBlockPlaced(), A: [...periods(1, 1, [1, 5]), ...periods(2, 1, [1])] },
    });
    const check = checkTimetable(smallCohort(), frame, null);
    expect(messages(check)).toEqual([
      'Block A is placed in Monday period 5 and Week 2 Monday period 1, outside the cycle (one week of 5 days with 4 periods each).',
    ]);
    expect(check.blocks[0]).toEqual({ block: 'A', periods: 1 });
  });

  it('without a scenario, checks a course against each block it may sit in', () => {
    const frame = frameWith({
      blockPeriods: { ...everyBlockPlaced(), C: periods(1, 1, [3, 4]) },
      coursePeriods: { Hi: 4 },
    });
    frame.blockPeriods.D = periods(1, 2, [5]);
    const check = checkTimetable(smallCohort(), frame, null);
    expect(check.problems).toEqual([
      {
        kind: 'not-enough-time',
        message: 'History (Hi) needs 4 periods per cycle, but block C, where it may run, gives 2.',
        action: 'Give block C 2 periods more, keep History out of it, or lower the time it needs.',
        blocks: ['C'],
        courses: ['Hi'],
        staff: [],
        periods: [],
      },
    ]);
    expect(check.courses.find((course) => course.code === 'Hi')).toEqual({
      code: 'Hi',
      name: 'History',
      blocksSpanned: 1,
      needed: 4,
      given: 2,
      givenBy: 'block C',
    });
  });

  it('gives a double course the sum of its two blocks', () => {
    const blockPeriods = {
      A: periods(1, 1, [1, 2, 3]),
      B: periods(1, 2, [1, 2]),
      C: periods(1, 3, [1, 2, 3, 4]),
      D: periods(1, 4, [1]),
    };
    const solution: Solution = {
      groups: [{ label: 'TS1', course: 'TS', blocks: ['A', 'B'], teacher: null }],
      placements: [],
    };
    const enough = checkTimetable(
      smallCohort(),
      frameWith({ blockPeriods, coursePeriods: { TS: 5 } }),
      solution,
    );
    expect(enough.problems).toEqual([]);
    expect(enough.courses.find((course) => course.code === 'TS')).toMatchObject({
      needed: 5,
      given: 5,
      givenBy: 'group TS1 in blocks A and B',
    });

    const short = checkTimetable(
      smallCohort(),
      frameWith({ blockPeriods, coursePeriods: { TS: 6 } }),
      solution,
    );
    expect(messages(short)).toEqual([
      'Triple Science (TS) needs 6 periods per cycle, but group TS1 in blocks A and B gets 5 periods.',
    ]);
    expect(short.problems[0]?.action).toBe(
      'Give blocks A and B 1 period more, or lower the time Triple Science needs.',
    );

    // Without a scenario, the two shortest blocks it may sit in (B and A) are what it can count on.
    const unplaced = checkTimetable(
      smallCohort(),
      frameWith({ blockPeriods, coursePeriods: { TS: 6 } }),
      null,
    );
    expect(messages(unplaced)).toEqual([
      'Triple Science (TS) needs 6 periods per cycle, but blocks A and B, where it may run, together give 5.',
    ]);
  });

  it('names a part-time teacher whose group meets while they are away', () => {
    const solution: Solution = {
      groups: [
        { label: 'Fr1', course: 'Fr', blocks: ['B'], teacher: 'JSM' },
        { label: 'Fr2', course: 'Fr', blocks: ['C'], teacher: 'RPA' },
      ],
      placements: [],
    };
    const frame = frameWith({
      blockPeriods: everyBlockPlaced(),
      staffAway: {
        JSM: [...periods(1, 2, [1, 2]), ...periods(1, 4, [2])],
        RPA: periods(1, 1, [1]),
      },
    });
    const check = checkTimetable(smallCohort(), frame, solution);
    expect(check.problems).toEqual([
      {
        kind: 'teacher-away',
        message:
          'Jo Smith (JSM) teaches French (Fr) group Fr1 in block B, which meets in Week 1 Tuesday period 2 and Week 1 Thursday period 2, when Jo Smith (JSM) is not in school.',
        action: 'Move block B out of those periods, or give group Fr1 to a teacher who is in.',
        blocks: ['B'],
        courses: ['Fr'],
        staff: ['JSM'],
        periods: [
          { week: 1, day: 2, period: 2 },
          { week: 1, day: 4, period: 2 },
        ],
      },
    ]);
    // Without a scenario no one teaches anything yet, so nothing can clash.
    expect(checkTimetable(smallCohort(), frame, null).problems).toEqual([]);
  });

  it("names a partner course whose block meets off the partner's days", () => {
    const frame = frameWith({
      blockPeriods: { ...everyBlockPlaced(), D: [...periods(1, 3, [4, 5]), ...periods(2, 4, [1])] },
      partnerDays: { Con: [{ week: 1, day: 3 }] },
    });
    const check = checkTimetable(smallCohort(), frame, null);
    expect(check.problems).toEqual([
      {
        kind: 'partner-day',
        message:
          'Construction (Con) is taught by a partner on Week 1 Wednesday, but block D meets in Week 2 Thursday period 1.',
        action:
          "Move block D onto the partner's days, or place Construction in a block that meets only then.",
        blocks: ['D'],
        courses: ['Con'],
        staff: [],
        periods: [{ week: 2, day: 4, period: 1 }],
      },
    ]);
  });

  it('reports codes the plan does not have instead of failing', () => {
    const frame = frameWith({
      blockPeriods: { ...everyBlockPlaced(), Z: periods(1, 5, [5]) },
      coursePeriods: { Lat: 4 },
      staffAway: { XYZ: periods(1, 1, [1]) },
    });
    const check = checkTimetable(smallCohort(), frame, null);
    expect(messages(check)).toEqual([
      'The frame places block Z, which this plan does not have.',
      'The frame sets time or partner days for course Lat, which this plan does not have.',
      'The frame marks teacher XYZ as part-time, but this plan has no such teacher.',
    ]);
    expect(check.blocks.map((block) => block.block)).toEqual(['A', 'B', 'C', 'D']);
  });
});

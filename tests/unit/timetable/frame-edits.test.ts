import { describe, expect, it } from 'vitest';
import {
  blocksIn,
  changeCycle,
  clearPeriod,
  moveBlock,
  placeBlock,
  sameFrame,
  setCoursePeriods,
} from '../../../src/renderer/screens/timetable/frame-edits';
import { frameWith, periods } from './fixtures';

const monday1 = { week: 1, day: 1, period: 1 };
const tuesday2 = { week: 1, day: 2, period: 2 };

describe('editing a frame on the screen', () => {
  it('places a block once, moves it and clears a period', () => {
    let frame = placeBlock(frameWith({}), 'A', monday1);
    frame = placeBlock(frame, 'A', monday1);
    frame = placeBlock(frame, 'B', monday1);
    expect(blocksIn(frame, ['A', 'B', 'C'], monday1)).toEqual(['A', 'B']);

    frame = moveBlock(frame, 'A', monday1, tuesday2);
    expect(frame.blockPeriods.A).toEqual([tuesday2]);
    expect(blocksIn(frame, ['A', 'B'], monday1)).toEqual(['B']);

    frame = clearPeriod(frame, monday1);
    expect(blocksIn(frame, ['A', 'B'], monday1)).toEqual([]);
    expect(frame.blockPeriods.A).toEqual([tuesday2]);
  });

  it('clears what a shorter cycle no longer has and counts it', () => {
    const frame = frameWith({
      blockPeriods: { A: [...periods(1, 1, [1, 5]), ...periods(2, 3, [1])] },
      staffAway: { JSM: periods(1, 5, [5]) },
      partnerDays: {
        Con: [
          { week: 2, day: 1 },
          { week: 1, day: 4 },
        ],
      },
    });
    const change = changeCycle(frame, { weeks: 1, days: frame.days, periodsPerDay: 4 });
    expect(change.dropped).toBe(4);
    expect(change.frame.blockPeriods.A).toEqual([monday1]);
    expect(change.frame.staffAway.JSM).toEqual([]);
    expect(change.frame.partnerDays.Con).toEqual([{ week: 1, day: 4 }]);
    expect(change.frame.weeks).toBe(1);
  });

  it('sees no change in a frame with the same periods placed in another order', () => {
    const first = frameWith({ blockPeriods: { A: [monday1, tuesday2] } });
    const second = frameWith({ blockPeriods: { A: [tuesday2, monday1], B: [] } });
    expect(sameFrame(first, second)).toBe(true);
    expect(sameFrame(first, setCoursePeriods(first, 'Fr', 4))).toBe(false);
    expect(sameFrame(first, frameWith({ ...first, partnerDays: { Con: [] } }))).toBe(false);
  });
});

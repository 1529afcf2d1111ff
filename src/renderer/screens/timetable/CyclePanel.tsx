import { useState } from 'react';
import { DEFAULT_DAYS, type TimetableFrame } from '../../../core/timetable';
import { TIMETABLE_LIMITS } from '../../../shared/contract/timetable';
import { changeCycle } from './frame-edits';

const WEEKDAYS = [...DEFAULT_DAYS, 'Saturday', 'Sunday'];

/** The cycle's shape: one or two weeks, days per week and periods per day. */
export function CyclePanel({
  frame,
  edit,
}: {
  frame: TimetableFrame;
  edit: (change: (frame: TimetableFrame) => TimetableFrame) => void;
}) {
  const [note, setNote] = useState<string | null>(null);

  function reshape(shape: Partial<Pick<TimetableFrame, 'weeks' | 'days' | 'periodsPerDay'>>) {
    const change = changeCycle(frame, {
      weeks: shape.weeks ?? frame.weeks,
      days: shape.days ?? frame.days,
      periodsPerDay: shape.periodsPerDay ?? frame.periodsPerDay,
    });
    edit(() => change.frame);
    setNote(
      change.dropped === 0
        ? null
        : `${change.dropped} placed, away or partner ${change.dropped === 1 ? 'entry was' : 'entries were'} outside the new cycle and ${change.dropped === 1 ? 'was' : 'were'} cleared. Cancel puts them back.`,
    );
  }

  return (
    <div className="tt-panel tt-cycle">
      <fieldset className="tt-weeks-choice">
        <legend>Cycle</legend>
        {([1, 2] as const).map((weeks) => (
          <label key={weeks}>
            <input
              type="radio"
              name="tt-weeks"
              checked={frame.weeks === weeks}
              onChange={() => reshape({ weeks })}
            />{' '}
            {weeks === 1 ? 'One week' : 'Two weeks (fortnightly)'}
          </label>
        ))}
      </fieldset>
      <label className="tt-field">
        Days per week
        <select
          value={frame.days.length}
          onChange={(event) => {
            const count = Number(event.target.value);
            reshape({
              days: Array.from(
                { length: count },
                (_, index) => frame.days[index] ?? WEEKDAYS[index] ?? `Day ${index + 1}`,
              ),
            });
          }}
        >
          {Array.from({ length: TIMETABLE_LIMITS.maxDays }, (_, index) => index + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="tt-field">
        Periods per day
        <select
          value={frame.periodsPerDay}
          onChange={(event) => reshape({ periodsPerDay: Number(event.target.value) })}
        >
          {Array.from({ length: TIMETABLE_LIMITS.maxPeriodsPerDay }, (_, index) => index + 1).map(
            (n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ),
          )}
        </select>
      </label>
      <p className="tt-muted">
        {frame.weeks * frame.days.length * frame.periodsPerDay} periods in the cycle.
      </p>
      {note && (
        <p className="tt-note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}

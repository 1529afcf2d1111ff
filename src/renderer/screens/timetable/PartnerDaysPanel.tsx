import { dayLabel, type TimetableFrame } from '../../../core/timetable';
import type { TimetableView } from '../../../shared/contract/timetable';
import { togglePartnerDay, withEntry, withoutEntry } from './frame-edits';
import { AddEntrySelect } from './AddEntrySelect';

type Edit = (change: (frame: TimetableFrame) => TimetableFrame) => void;

/** Courses taught by a partner school or college, and the days the partner teaches them. */
export function PartnerDaysPanel({
  frame,
  view,
  edit,
}: {
  frame: TimetableFrame;
  view: TimetableView;
  edit: Edit;
}) {
  const names = new Map(view.courses.map((course) => [course.code, course.name]));
  const listed = Object.keys(frame.partnerDays).filter((code) => names.has(code));
  const others = view.courses.filter((course) => !Object.hasOwn(frame.partnerDays, course.code));
  const weeks = Array.from({ length: frame.weeks }, (_, index) => index + 1);
  return (
    <div className="tt-panel">
      <p className="tt-muted">
        A partner or college course must sit in a block that meets only on the partner’s days.
      </p>
      <AddEntrySelect
        label="Add a partner course"
        options={others}
        onAdd={(code) => edit((current) => withEntry(current, 'partnerDays', code))}
      />
      {listed.length === 0 && <p className="tt-muted">No partner courses yet.</p>}
      {listed.map((code) => {
        const name = names.get(code) ?? code;
        const days = frame.partnerDays[code] ?? [];
        return (
          <section key={code} className="tt-entry" aria-label={`${name} partner days`}>
            <div className="tt-entry-head">
              <h3>{name}</h3>
              <button
                type="button"
                className="button subtle tt-small"
                onClick={() => edit((current) => withoutEntry(current, 'partnerDays', code))}
              >
                Remove
              </button>
            </div>
            {weeks.map((week) => (
              <fieldset key={week} className="tt-day-ticks">
                <legend>{frame.weeks === 2 ? `Week ${week}` : 'Days'}</legend>
                {frame.days.map((day, index) => {
                  const at = { week, day: index + 1 };
                  const ticked = days.some((entry) => entry.week === week && entry.day === at.day);
                  return (
                    <label key={day} title={dayLabel(frame, at)}>
                      <input
                        type="checkbox"
                        aria-label={`${name} on ${dayLabel(frame, at)}`}
                        checked={ticked}
                        onChange={() => edit((current) => togglePartnerDay(current, code, at))}
                      />
                      {day.slice(0, 3)}
                    </label>
                  );
                })}
              </fieldset>
            ))}
          </section>
        );
      })}
    </div>
  );
}

import { periodLabel, samePeriod, type Period, type TimetableFrame } from '../../../core/timetable';
import type { TimetableView } from '../../../shared/contract/timetable';
import { toggleAway, withEntry, withoutEntry } from './frame-edits';
import { AddEntrySelect } from './AddEntrySelect';

type Edit = (change: (frame: TimetableFrame) => TimetableFrame) => void;

/** Part-time teachers and the periods they are not in school, ticked on a small cycle grid. */
export function StaffAwayPanel({
  frame,
  view,
  edit,
}: {
  frame: TimetableFrame;
  view: TimetableView;
  edit: Edit;
}) {
  const names = new Map(view.staff.map((member) => [member.code, member.name]));
  const listed = Object.keys(frame.staffAway).filter((code) => names.has(code));
  const others = view.staff.filter((member) => !Object.hasOwn(frame.staffAway, member.code));
  return (
    <div className="tt-panel">
      <p className="tt-muted">
        Tick the periods a part-time teacher is not in school. With a scenario, their groups are
        checked against the blocks’ periods.
      </p>
      <AddEntrySelect
        label="Add a part-time teacher"
        options={others}
        onAdd={(code) => edit((current) => withEntry(current, 'staffAway', code))}
      />
      {listed.length === 0 && <p className="tt-muted">No part-time teachers yet.</p>}
      {listed.map((code) => {
        const name = `${names.get(code) ?? code} (${code})`;
        const away = frame.staffAway[code] ?? [];
        return (
          <section key={code} className="tt-entry" aria-label={`${name} away`}>
            <div className="tt-entry-head">
              <h3>{name}</h3>
              <span className="tt-muted">{away.length} away</span>
              <button
                type="button"
                className="button subtle tt-small"
                onClick={() => edit((current) => withoutEntry(current, 'staffAway', code))}
              >
                Remove
              </button>
            </div>
            <TickGrid
              frame={frame}
              isTicked={(at) => away.some((period) => samePeriod(period, at))}
              label={(at) => `${name} away ${periodLabel(frame, at)}`}
              onToggle={(at) => edit((current) => toggleAway(current, code, at))}
            />
          </section>
        );
      })}
    </div>
  );
}

/** Weeks side by side, days across and periods down, one tick box per period. */
function TickGrid(props: {
  frame: TimetableFrame;
  isTicked: (at: Period) => boolean;
  label: (at: Period) => string;
  onToggle: (at: Period) => void;
}) {
  const { frame } = props;
  const weeks = Array.from({ length: frame.weeks }, (_, index) => index + 1);
  const periods = Array.from({ length: frame.periodsPerDay }, (_, index) => index + 1);
  return (
    <div className="tt-ticks">
      {weeks.map((week) => (
        <table key={week} className="tt-tick-week">
          <thead>
            <tr>
              <th scope="col">{frame.weeks === 2 ? `W${week}` : ''}</th>
              {frame.days.map((day) => (
                <th key={day} scope="col" title={day}>
                  {day.slice(0, 2)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                {frame.days.map((day, index) => {
                  const at = { week, day: index + 1, period };
                  return (
                    <td key={day}>
                      <input
                        type="checkbox"
                        aria-label={props.label(at)}
                        checked={props.isTicked(at)}
                        onChange={() => props.onToggle(at)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

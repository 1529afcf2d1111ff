import type { TimetableFrame } from '../../../core/timetable';
import { TIMETABLE_LIMITS, type TimetableView } from '../../../shared/contract/timetable';
import { setCoursePeriods } from './frame-edits';

/** Periods each course needs per cycle (blank: not checked), against what its blocks give. */
export function CourseTimePanel({
  frame,
  view,
  edit,
}: {
  frame: TimetableFrame;
  view: TimetableView;
  edit: (change: (frame: TimetableFrame) => TimetableFrame) => void;
}) {
  function change(code: string, text: string) {
    if (text.trim() === '') {
      edit((current) => setCoursePeriods(current, code, null));
      return;
    }
    const needed = Number(text);
    if (!Number.isInteger(needed) || needed < 0 || needed > TIMETABLE_LIMITS.maxPeriodsNeeded) {
      return;
    }
    edit((current) => setCoursePeriods(current, code, needed));
  }

  return (
    <div className="tt-panel">
      <p className="tt-muted">
        Periods each course needs per cycle. A double course’s time is its two blocks together.
      </p>
      <table className="tt-course-table">
        <thead>
          <tr>
            <th scope="col">Course</th>
            <th scope="col">Needs</th>
            <th scope="col">Gets</th>
          </tr>
        </thead>
        <tbody>
          {view.courseTimes.map((course) => {
            const needed = frame.coursePeriods[course.code];
            const short = needed !== undefined && course.given !== null && course.given < needed;
            return (
              <tr key={course.code} data-course={course.code} data-short={short || undefined}>
                <th scope="row">
                  {course.name}
                  {course.blocksSpanned === 2 && <span className="tt-tag">double</span>}
                </th>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={TIMETABLE_LIMITS.maxPeriodsNeeded}
                    className="tt-number"
                    aria-label={`Periods per cycle ${course.name} needs`}
                    value={needed ?? ''}
                    onChange={(event) => change(course.code, event.target.value)}
                  />
                </td>
                <td title={course.givenBy ?? undefined}>
                  {course.given === null ? '–' : course.given}
                  {short && <span className="visually-hidden">, short of time</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { CourseStaffingView, CoursesAndStaffView } from '../../../shared/contract/courses';

const STATUS: Record<CourseStaffingView['status'], { label: string; tone: string; rank: number }> =
  {
    'no-teacher': { label: 'No teacher', tone: 'bad', rank: 0 },
    shortage: { label: 'Short of time', tone: 'bad', rank: 1 },
    'shared-shortage': { label: 'Short when shared', tone: 'bad', rank: 2 },
    'relies-on-shared': { label: 'Relies on a shared teacher', tone: 'warn', rank: 3 },
    ok: { label: 'Enough time', tone: 'good', rank: 4 },
    'no-groups': { label: 'No groups needed', tone: 'quiet', rank: 5 },
  };

/** Groups needed per course against the teaching time of the staff who can teach it. */
export function StaffingCheck({ data }: { data: CoursesAndStaffView }) {
  const { staffing } = data;
  // Problems first, then the plan's own order.
  const courses = [...staffing.courses].sort(
    (a, b) => STATUS[a.status].rank - STATUS[b.status].rank,
  );
  return (
    <section aria-labelledby="staffing-heading" className="courses-panel">
      <h2 id="staffing-heading">Staffing check</h2>
      <div className="promise">
        <p>
          For each course: the groups it needs (the fixed number, or enough to seat its demand at
          the maximum size) against the time of the teachers who can teach it: one group per block
          they are free in and the course may use, within their most groups, shared between all the
          courses they teach.
        </p>
        <p>
          <strong>No teacher, Short of time and Short when shared are certain:</strong> no layout of
          the blocks can staff those groups. <strong>Relies on a shared teacher</strong> can work,
          but only if that teacher’s time goes exactly where it is needed.{' '}
          <strong>No warning is not a promise:</strong> the check does not know which block each
          group will sit in, so two groups one teacher could take may still land in the same block.
          The blocking engine decides the real allocation.
        </p>
      </div>
      {!staffing.staffingPlanned ? (
        <p className="empty">
          This plan has no staff yet, so there is nothing to check. Import a staff file first.
        </p>
      ) : (
        <>
          {staffing.sharedShortages.length > 0 && (
            <ul className="shared-shortages" aria-label="Courses short of teachers together">
              {staffing.sharedShortages.map((shortage) => (
                <li key={shortage.courses.join(' ')}>{shortage.message}</li>
              ))}
            </ul>
          )}
          <div className="table-scroll">
            <table className="edit-table staffing-table">
              <thead>
                <tr>
                  <th scope="col">Course</th>
                  <th scope="col" className="number">
                    Pupils
                  </th>
                  <th scope="col" className="number">
                    Groups needed
                  </th>
                  <th scope="col">Teachers (groups each could take)</th>
                  <th scope="col" className="number">
                    Time between them
                  </th>
                  <th scope="col">Check</th>
                </tr>
              </thead>
              <tbody>
                {courses.map((course) => (
                  <tr key={course.code} data-course={course.code}>
                    <th scope="row">
                      {course.name} <span className="code">{course.code}</span>
                    </th>
                    <td className="number">{course.demand}</td>
                    <td className="number">
                      {course.groupsNeeded}
                      {course.fixedGroups && <span className="muted"> fixed</span>}
                    </td>
                    <td>
                      {course.teachers.length === 0 ? (
                        <span className="muted">Nobody</span>
                      ) : (
                        <span className="chips">
                          {course.teachers.map((teacher) => (
                            <abbr
                              key={teacher.code}
                              className="chip"
                              title={
                                teacher.alsoNeededFor.length === 0
                                  ? teacher.name
                                  : `${teacher.name}, also a teacher for ${teacher.alsoNeededFor.join(', ')}`
                              }
                            >
                              {teacher.code} {teacher.capacity}
                            </abbr>
                          ))}
                        </span>
                      )}
                    </td>
                    <td className="number">{course.capacity}</td>
                    <td data-field="check">
                      <div className="check-cell">
                        <span className={`status ${STATUS[course.status].tone}`}>
                          {STATUS[course.status].label}
                        </span>
                        {course.warning && <span className="status-warning">{course.warning}</span>}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

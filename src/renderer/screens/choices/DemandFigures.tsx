import type { AnalysedCourseView } from '../../../shared/contract/analysis';

/** The chart's figures as a table: every number the chart shows, and the groups needed. */
export function DemandFigures({ courses }: { courses: AnalysedCourseView[] }) {
  return (
    <div className="table-scroll">
      <table className="demand-table">
        <caption className="visually-hidden">
          Pupils choosing each course, first choices, reserves and the groups needed
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Course</th>
            <th scope="col" className="number">
              First choices
            </th>
            <th scope="col" className="number">
              Other choices
            </th>
            <th scope="col" className="number">
              All choices
            </th>
            <th scope="col" className="number">
              Reserves
            </th>
            <th scope="col" className="number">
              Max group size
            </th>
            <th scope="col" className="number">
              Groups needed
            </th>
          </tr>
        </thead>
        <tbody>
          {courses.map((course) => (
            <tr key={course.code}>
              <td className="code">{course.code}</td>
              <th scope="row">{course.name}</th>
              <td className="number">{course.firstChoice}</td>
              <td className="number">{course.total - course.firstChoice}</td>
              <td className="number">{course.total}</td>
              <td className="number">{course.reserve}</td>
              <td className="number">{course.maxGroupSize}</td>
              <td className="number">
                {course.groupsNeeded}
                {course.fixedGroups !== null && course.fixedGroups !== course.groupsNeeded && (
                  <span className="fixed-note"> (fixed at {course.fixedGroups})</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { Fragment, useCallback, useState } from 'react';
import type {
  CourseChangesInput,
  CourseRowView,
  CoursesAndStaffView,
} from '../../../shared/contract/courses';
import { CourseEditor } from './CourseEditor';
import type { SaveEdit } from './CoursesScreen';
import { useEditFocus } from './use-edit-focus';

const COLUMNS = 11;
const editButtonId = (code: string) => `edit-course-${code}`;

/** The courses with their limits and blocks; one row at a time opens in an editor below it. */
export function CoursesTable({
  data,
  onSave,
}: {
  data: CoursesAndStaffView;
  onSave: SaveEdit<CourseChangesInput>;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  useEditFocus(editing, editButtonId);
  const categories = [
    ...new Set(data.courses.flatMap((course) => (course.category ? [course.category] : []))),
  ].sort();
  const close = useCallback(() => setEditing(null), []);

  return (
    <section aria-labelledby="courses-heading" className="courses-panel">
      <h2 id="courses-heading">Courses</h2>
      <p className="panel-note">
        Groups: a fixed number, or blank for the blocking engine to decide from the demand. Groups
        needed: the fixed number, else enough groups to seat every pupil who chose the course at its
        maximum size.
      </p>
      <div className="table-scroll">
        <table className="edit-table courses-table">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Course</th>
              <th scope="col">Category</th>
              <th scope="col">Qualification</th>
              <th scope="col" className="number">
                Pupils
              </th>
              <th scope="col" className="number">
                Group size
              </th>
              <th scope="col" className="number">
                Groups
              </th>
              <th scope="col" className="number">
                Groups needed
              </th>
              <th scope="col">Spans</th>
              <th scope="col">Allowed blocks</th>
              <th scope="col">
                <span className="visually-hidden">Edit</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.courses.map((course) => (
              <Fragment key={course.code}>
                <CourseRow
                  course={course}
                  editing={editing === course.code}
                  onEdit={() => setEditing(course.code)}
                />
                {editing === course.code && (
                  <tr className="editor-row">
                    <td colSpan={COLUMNS}>
                      <CourseEditor
                        course={course}
                        blocks={data.blocks}
                        categories={categories}
                        onSave={onSave}
                        onClose={close}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CourseRow({
  course,
  editing,
  onEdit,
}: {
  course: CourseRowView;
  editing: boolean;
  onEdit: () => void;
}) {
  return (
    <tr className={editing ? 'editing' : undefined} data-course={course.code}>
      <td className="code">{course.code}</td>
      <th scope="row">{course.name}</th>
      <td>{course.category ?? <span className="muted">None</span>}</td>
      <td>{course.qualification ?? <span className="muted">None</span>}</td>
      <td className="number">{course.demand}</td>
      <td className="number" data-field="size">
        {course.minGroupSize}–{course.maxGroupSize}
      </td>
      <td className="number" data-field="groups">
        {course.groups ?? <span className="muted">Solver decides</span>}
      </td>
      <td className="number" data-field="groups-needed">
        {course.groupsNeeded}
      </td>
      <td className="nowrap">{course.blocksSpanned === 2 ? 'Two blocks' : 'One block'}</td>
      <td>{course.allowedBlocks.length === 0 ? 'Any' : course.allowedBlocks.join(', ')}</td>
      <td className="row-action">
        <button
          id={editButtonId(course.code)}
          type="button"
          className="button small"
          onClick={onEdit}
          disabled={editing}
          aria-label={`Edit ${course.name}`}
        >
          Edit
        </button>
      </td>
    </tr>
  );
}

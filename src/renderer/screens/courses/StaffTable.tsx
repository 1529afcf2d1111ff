import { Fragment, useCallback, useState } from 'react';
import type {
  CoursesAndStaffView,
  StaffChangesInput,
  StaffRowView,
} from '../../../shared/contract/courses';
import type { SaveEdit } from './CoursesScreen';
import { StaffEditor } from './StaffEditor';
import { useEditFocus } from './use-edit-focus';

const COLUMNS = 8;
const editButtonId = (code: string) => `edit-staff-${code}`;

/** Who teaches what, how much and when; one teacher at a time opens in an editor below. */
export function StaffTable({
  data,
  onSave,
}: {
  data: CoursesAndStaffView;
  onSave: SaveEdit<StaffChangesInput>;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  useEditFocus(editing, editButtonId);
  const close = useCallback(() => setEditing(null), []);
  const nameOf = new Map(data.courses.map((course) => [course.code, course.name]));

  if (data.staff.length === 0) {
    return (
      <p className="empty">
        This plan has no staff yet. Import a staff file to plan who teaches each group.
      </p>
    );
  }
  return (
    <section aria-labelledby="staff-heading" className="courses-panel">
      <h2 id="staff-heading">Staff</h2>
      <p className="panel-note">
        Most groups: the most option groups the teacher can take (blank: one per block they are free
        in). Teaching time: the groups they could take in all.{' '}
        {data.loadScenario === null
          ? 'Loads appear once the blocks have been built.'
          : `Load: the groups they teach in the scenario “${data.loadScenario}”.`}
      </p>
      <div className="table-scroll">
        <table className="edit-table staff-table">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Name</th>
              <th scope="col">Can teach</th>
              <th scope="col">Most groups</th>
              <th scope="col">Away in blocks</th>
              <th scope="col" className="number">
                Teaching time
              </th>
              <th scope="col">Load</th>
              <th scope="col">
                <span className="visually-hidden">Edit</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.staff.map((member) => (
              <Fragment key={member.code}>
                <StaffRow
                  member={member}
                  nameOf={nameOf}
                  editing={editing === member.code}
                  onEdit={() => setEditing(member.code)}
                />
                {editing === member.code && (
                  <tr className="editor-row">
                    <td colSpan={COLUMNS}>
                      <StaffEditor
                        member={member}
                        blocks={data.blocks}
                        courses={data.courses}
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

function StaffRow({
  member,
  nameOf,
  editing,
  onEdit,
}: {
  member: StaffRowView;
  nameOf: ReadonlyMap<string, string>;
  editing: boolean;
  onEdit: () => void;
}) {
  const overloaded = member.load !== null && member.load > member.teachingTime;
  return (
    <tr className={editing ? 'editing' : undefined} data-staff={member.code}>
      <td className="code">{member.code}</td>
      <th scope="row">{member.name}</th>
      <td data-field="courses">
        {member.courses.length === 0 ? (
          <span className="muted">Nothing yet</span>
        ) : (
          <span className="chips">
            {member.courses.map((code) => (
              <abbr key={code} className="chip" title={nameOf.get(code)}>
                {code}
              </abbr>
            ))}
          </span>
        )}
      </td>
      <td>{member.maxGroups ?? <span className="muted">One per block</span>}</td>
      <td>
        {member.unavailableBlocks.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          member.unavailableBlocks.join(', ')
        )}
      </td>
      <td className="number">{member.teachingTime}</td>
      <td className={overloaded ? 'load over' : 'load'} data-field="load">
        {member.load === null ? (
          <span className="muted">Not built</span>
        ) : (
          <>
            <meter
              min={0}
              max={Math.max(1, member.teachingTime)}
              value={member.load}
              aria-hidden="true"
            />
            {member.load} of {member.teachingTime}
          </>
        )}
      </td>
      <td className="row-action">
        <button
          id={editButtonId(member.code)}
          type="button"
          className="button small"
          onClick={onEdit}
          disabled={editing}
          aria-label={`Edit ${member.name}`}
        >
          Edit
        </button>
      </td>
    </tr>
  );
}

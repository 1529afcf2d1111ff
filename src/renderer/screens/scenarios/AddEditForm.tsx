import { useState } from 'react';
import type { WhatIfEditView } from '../../../shared/contract/scenarios';
import { BlocksEditFields } from './BlocksEditFields';
import { CourseEditFields } from './CourseEditFields';
import { PupilChoicesFields } from './PupilChoicesFields';
import { AddTeacherFields, RemoveTeacherFields } from './TeacherEditFields';
import { useCoursesAndStaff } from './use-plan-lookups';
import { Field } from './Field';

type Kind = WhatIfEditView['kind'];

const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'drop-course', label: 'Drop a course' },
  { kind: 'set-groups', label: 'Set a course’s number of groups' },
  { kind: 'set-size-limit', label: 'Change a course’s size limit' },
  { kind: 'remove-teacher', label: 'Remove a teacher' },
  { kind: 'add-teacher', label: 'Add a teacher' },
  { kind: 'set-blocks', label: 'Change the blocks' },
  { kind: 'change-choices', label: 'Change a pupil’s choices' },
];

/** Picks one kind of change and asks only for what that kind needs. */
export function AddEditForm({ onAdd }: { onAdd(edit: WhatIfEditView): void }) {
  const plan = useCoursesAndStaff();
  const [kind, setKind] = useState<Kind>('drop-course');

  return (
    <form
      className="add-edit"
      aria-labelledby="add-edit-heading"
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <h3 id="add-edit-heading">Add a change</h3>
      <Field label="Kind of change">
        {(id) => (
          <select id={id} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            {KINDS.map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {entry.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!plan ? (
        <p className="muted">Loading the courses and staff…</p>
      ) : (
        <KindFields key={kind} kind={kind} plan={plan} onAdd={onAdd} />
      )}
    </form>
  );
}

function KindFields({
  kind,
  plan,
  onAdd,
}: {
  kind: Kind;
  plan: NonNullable<ReturnType<typeof useCoursesAndStaff>>;
  onAdd(edit: WhatIfEditView): void;
}) {
  switch (kind) {
    case 'drop-course':
    case 'set-groups':
    case 'set-size-limit':
      return <CourseEditFields kind={kind} courses={plan.courses} onAdd={onAdd} />;
    case 'remove-teacher':
      return <RemoveTeacherFields staff={plan.staff} onAdd={onAdd} />;
    case 'add-teacher':
      return <AddTeacherFields staff={plan.staff} courses={plan.courses} onAdd={onAdd} />;
    case 'set-blocks':
      return <BlocksEditFields blocks={plan.blocks} onAdd={onAdd} />;
    case 'change-choices':
      return <PupilChoicesFields onAdd={onAdd} />;
  }
}

import { useState } from 'react';
import type { CourseRowView, StaffRowView } from '../../../shared/contract/courses';
import type { WhatIfEditView } from '../../../shared/contract/scenarios';
import { AddButton } from './CourseEditFields';
import { wholeNumberIn } from './edit-fields';
import { Field } from './Field';

const CODE_MAX = 40;
const NAME_MAX = 120;
const MAX_GROUPS = { min: 0, max: 60 };

/** Remove a teacher: "the head of languages leaves". */
export function RemoveTeacherFields(props: {
  staff: StaffRowView[];
  onAdd(edit: WhatIfEditView): void;
}) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function add(): void {
    if (code === '') {
      setProblem('Choose a teacher first.');
      return;
    }
    props.onAdd({ kind: 'remove-teacher', staff: code });
    setCode('');
    setProblem(null);
  }

  return (
    <div className="edit-fields">
      <Field label="Teacher">
        {(id) => (
          <select id={id} value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">Choose a teacher…</option>
            {props.staff.map((member) => (
              <option key={member.code} value={member.code}>
                {member.name} ({member.code}): {member.courses.join(', ')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <AddButton problem={problem} onAdd={add} />
    </div>
  );
}

/** Add a teacher: "a new PE teacher is appointed", with what they can teach. */
export function AddTeacherFields(props: {
  staff: StaffRowView[];
  courses: CourseRowView[];
  onAdd(edit: WhatIfEditView): void;
}) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [courses, setCourses] = useState<string[]>([]);
  const [maxGroups, setMaxGroups] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function problemWith(): string | null {
    const trimmedCode = code.trim();
    if (trimmedCode === '' || trimmedCode.length > CODE_MAX)
      return `Give the new teacher a staff code of 1 to ${CODE_MAX} characters.`;
    const taken = props.staff.find(
      (member) => member.code.toUpperCase() === trimmedCode.toUpperCase(),
    );
    if (taken) return `${taken.name} already has the staff code ${taken.code}.`;
    if (name.trim() === '' || name.trim().length > NAME_MAX)
      return `Give the new teacher a name of 1 to ${NAME_MAX} characters.`;
    if (courses.length === 0) return `Tick at least one course ${name.trim()} can teach.`;
    return null;
  }

  function add(): void {
    const found = problemWith();
    const limit =
      maxGroups.trim() === ''
        ? ({ ok: true, value: null } as const)
        : wholeNumberIn(maxGroups, MAX_GROUPS, `${name.trim() || 'The new teacher'}’s most groups`);
    if (found || !limit.ok) {
      setProblem(found ?? (limit.ok ? null : limit.problem));
      return;
    }
    props.onAdd({
      kind: 'add-teacher',
      staff: code.trim(),
      name: name.trim(),
      courses,
      maxGroups: limit.value,
    });
    setCode('');
    setName('');
    setCourses([]);
    setMaxGroups('');
    setProblem(null);
  }

  return (
    <div className="edit-fields">
      <div className="edit-fields-row">
        <Field label="Staff code">
          {(id) => (
            <input
              id={id}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              size={8}
            />
          )}
        </Field>
        <Field label="Name" className="grow">
          {(id) => <input id={id} value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label="Most groups">
          {(id) => (
            <input
              id={id}
              inputMode="numeric"
              value={maxGroups}
              placeholder="One a block"
              onChange={(event) => setMaxGroups(event.target.value)}
              size={10}
            />
          )}
        </Field>
      </div>
      <fieldset className="course-ticks">
        <legend>Can teach</legend>
        <div className="course-ticks-list">
          {props.courses.map((course) => (
            <label key={course.code} className="check">
              <input
                type="checkbox"
                checked={courses.includes(course.code)}
                onChange={(event) =>
                  setCourses(
                    event.target.checked
                      ? [...courses, course.code]
                      : courses.filter((entry) => entry !== course.code),
                  )
                }
              />
              {course.name}
            </label>
          ))}
        </div>
      </fieldset>
      <AddButton problem={problem} onAdd={add} />
    </div>
  );
}

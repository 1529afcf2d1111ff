import { useState } from 'react';
import type { CourseRowView } from '../../../shared/contract/courses';
import type { WhatIfEditView } from '../../../shared/contract/scenarios';
import { countOf } from '../pathways/words';
import { possessive, wholeNumberIn } from './edit-fields';
import { Field } from './Field';

type CourseKind = 'drop-course' | 'set-groups' | 'set-size-limit';

const RANGES = {
  'set-groups': { min: 0, max: 30 },
  'set-size-limit': { min: 1, max: 200 },
} as const;

interface CourseEditFieldsProps {
  kind: CourseKind;
  courses: CourseRowView[];
  onAdd(edit: WhatIfEditView): void;
}

/** Drop a course, set its number of groups or its size limit: a course, then a number. */
export function CourseEditFields({ kind, courses, onAdd }: CourseEditFieldsProps) {
  const [code, setCode] = useState('');
  const [number, setNumber] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const course = courses.find((entry) => entry.code === code);

  function choose(nextCode: string): void {
    setCode(nextCode);
    setProblem(null);
    const next = courses.find((entry) => entry.code === nextCode);
    // Start from the course's own figure, which is what the user changes.
    if (next && kind === 'set-groups') setNumber(String(next.groupsNeeded));
    if (next && kind === 'set-size-limit') setNumber(String(next.maxGroupSize));
  }

  function add(): void {
    if (!course) {
      setProblem('Choose a course first.');
      return;
    }
    if (kind === 'drop-course') {
      onAdd({ kind, course: course.code });
    } else {
      const what =
        kind === 'set-groups'
          ? `${possessive(course.name)} number of groups`
          : `${possessive(course.name)} largest group size`;
      const checked = wholeNumberIn(number, RANGES[kind], what);
      if (!checked.ok) {
        setProblem(checked.problem);
        return;
      }
      onAdd(
        kind === 'set-groups'
          ? { kind, course: course.code, groups: checked.value }
          : { kind, course: course.code, maxGroupSize: checked.value },
      );
    }
    setCode('');
    setNumber('');
    setProblem(null);
  }

  return (
    <div className="edit-fields">
      <Field label="Course">
        {(id) => (
          <select id={id} value={code} onChange={(event) => choose(event.target.value)}>
            <option value="">Choose a course…</option>
            {courses.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.name} ({entry.code}): {countOf(entry.demand, 'pupil')}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind !== 'drop-course' && (
        <Field
          label={kind === 'set-groups' ? 'Number of groups' : 'Largest group size'}
          note={course && `Now ${nowText(kind, course)}`}
        >
          {(id) => (
            <input
              id={id}
              inputMode="numeric"
              value={number}
              onChange={(event) => setNumber(event.target.value)}
              aria-invalid={problem !== null && course !== undefined ? true : undefined}
            />
          )}
        </Field>
      )}
      <AddButton problem={problem} onAdd={add} />
    </div>
  );
}

/** The course's figure before the change, e.g. "2 groups (from demand)". */
function nowText(kind: 'set-groups' | 'set-size-limit', course: CourseRowView): string {
  if (kind === 'set-size-limit') return `at most ${countOf(course.maxGroupSize, 'pupil')} a group`;
  return `${countOf(course.groupsNeeded, 'group')}${course.groups === null ? ' (from demand)' : ''}`;
}

/** "Add this change", with why the last try was refused under it. */
export function AddButton({ problem, onAdd }: { problem: string | null; onAdd(): void }) {
  return (
    <>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="edit-fields-actions">
        <button type="submit" className="button small primary" onClick={onAdd}>
          Add this change
        </button>
      </div>
    </>
  );
}

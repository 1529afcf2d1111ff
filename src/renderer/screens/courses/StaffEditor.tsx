import { useState, type FormEvent } from 'react';
import type {
  CourseRowView,
  StaffChangesInput,
  StaffRowView,
} from '../../../shared/contract/courses';
import { EditorFooter } from './EditorFooter';
import type { SaveEdit } from './CoursesScreen';
import { optionalWholeNumber, toggled } from './fields';

/** The form for one teacher's courses, most groups and blocks away; saved only on Save. */
export function StaffEditor({
  member,
  blocks,
  courses,
  onSave,
  onClose,
}: {
  member: StaffRowView;
  blocks: string[];
  courses: CourseRowView[];
  onSave: SaveEdit<StaffChangesInput>;
  onClose: () => void;
}) {
  const [teaches, setTeaches] = useState<string[]>(member.courses);
  const [maxGroups, setMaxGroups] = useState(
    member.maxGroups === null ? '' : String(member.maxGroups),
  );
  const [away, setAway] = useState<string[]>(member.unavailableBlocks);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const most = optionalWholeNumber(maxGroups, `the most groups ${member.name} can take`);
    if (!most.ok) {
      setProblem(most.message);
      return;
    }
    setSaving(true);
    const message = await onSave(member.code, {
      courses: courses.map((course) => course.code).filter((code) => teaches.includes(code)),
      maxGroups: most.value,
      unavailableBlocks: blocks.filter((block) => away.includes(block)),
    });
    setSaving(false);
    if (message === null) onClose();
    else setProblem(message);
  }

  return (
    <form className="row-editor" aria-label={`Edit ${member.name}`} onSubmit={submit} noValidate>
      <fieldset className="course-boxes">
        <legend>Courses {member.name} can teach</legend>
        {courses.map((course) => (
          <label key={course.code} className="check" title={course.name}>
            <input
              type="checkbox"
              checked={teaches.includes(course.code)}
              onChange={(event) => setTeaches(toggled(teaches, course.code, event.target.checked))}
            />
            <span className="check-code">{course.code}</span>
            <span className="check-name">{course.name}</span>
          </label>
        ))}
      </fieldset>
      <div className="editor-fields">
        <label>
          Most groups
          <input
            inputMode="numeric"
            value={maxGroups}
            placeholder="One per block"
            onChange={(event) => setMaxGroups(event.target.value)}
          />
        </label>
        <fieldset className="block-boxes">
          <legend>Away in blocks</legend>
          {blocks.map((block) => (
            <label key={block} className="check">
              <input
                type="checkbox"
                checked={away.includes(block)}
                onChange={(event) => setAway(toggled(away, block, event.target.checked))}
              />
              {block}
            </label>
          ))}
        </fieldset>
      </div>
      <EditorFooter problem={problem} saving={saving} onClose={onClose} />
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { CourseChangesInput, CourseRowView } from '../../../shared/contract/courses';
import { EditorFooter } from './EditorFooter';
import type { SaveEdit } from './CoursesScreen';
import { firstProblem, optionalWholeNumber, toggled, wholeNumber } from './fields';

/** The form for one course's limits, blocks and labels; nothing is saved until Save. */
export function CourseEditor({
  course,
  blocks,
  categories,
  onSave,
  onClose,
}: {
  course: CourseRowView;
  blocks: string[];
  categories: string[];
  onSave: SaveEdit<CourseChangesInput>;
  onClose: () => void;
}) {
  const id = useId();
  const [maxSize, setMaxSize] = useState(String(course.maxGroupSize));
  const [minSize, setMinSize] = useState(String(course.minGroupSize));
  const [groups, setGroups] = useState(course.groups === null ? '' : String(course.groups));
  const [spanned, setSpanned] = useState<number>(course.blocksSpanned);
  const [allowed, setAllowed] = useState<string[]>(course.allowedBlocks);
  const [qualification, setQualification] = useState(course.qualification ?? '');
  const [category, setCategory] = useState(course.category ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const max = wholeNumber(maxSize, `${course.name}’s maximum group size`);
    const min = wholeNumber(minSize, `${course.name}’s minimum group size`);
    const fixed = optionalWholeNumber(groups, `${course.name}’s number of groups`);
    if (!max.ok || !min.ok || !fixed.ok) {
      setProblem(firstProblem(max, min, fixed));
      return;
    }
    setSaving(true);
    const message = await onSave(course.code, {
      maxGroupSize: max.value,
      minGroupSize: min.value,
      groups: fixed.value,
      blocksSpanned: spanned,
      allowedBlocks: blocks.filter((block) => allowed.includes(block)),
      qualification,
      category,
    });
    setSaving(false);
    if (message === null) onClose();
    else setProblem(message);
  }

  return (
    <form className="row-editor" aria-label={`Edit ${course.name}`} onSubmit={submit} noValidate>
      <div className="editor-fields">
        <label>
          Max group size
          <input
            inputMode="numeric"
            value={maxSize}
            onChange={(event) => setMaxSize(event.target.value)}
            autoFocus
          />
        </label>
        <label>
          Min group size
          <input
            inputMode="numeric"
            value={minSize}
            onChange={(event) => setMinSize(event.target.value)}
          />
        </label>
        <label>
          Groups
          <input
            inputMode="numeric"
            value={groups}
            placeholder="Solver decides"
            onChange={(event) => setGroups(event.target.value)}
          />
        </label>
        <label>
          Spans
          <select value={spanned} onChange={(event) => setSpanned(Number(event.target.value))}>
            <option value={1}>One block</option>
            <option value={2}>Two blocks (double)</option>
          </select>
        </label>
        <fieldset className="block-boxes">
          <legend>Allowed blocks (none ticked: any)</legend>
          {blocks.map((block) => (
            <label key={block} className="check">
              <input
                type="checkbox"
                checked={allowed.includes(block)}
                onChange={(event) => setAllowed(toggled(allowed, block, event.target.checked))}
              />
              {block}
            </label>
          ))}
        </fieldset>
        <label>
          Qualification
          <input value={qualification} onChange={(event) => setQualification(event.target.value)} />
        </label>
        <label>
          Category
          <input
            value={category}
            list={`${id}-categories`}
            onChange={(event) => setCategory(event.target.value)}
          />
          <datalist id={`${id}-categories`}>
            {categories.map((entry) => (
              <option key={entry} value={entry} />
            ))}
          </datalist>
        </label>
      </div>
      <EditorFooter problem={problem} saving={saving} onClose={onClose} />
    </form>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CohortPupilView, CourseRef } from '../../../shared/contract/cohort';
import { usePlannerApi } from '../../api-context';
import { pupilName } from './PupilFlags';

interface ChoicesEditorProps {
  pupil: CohortPupilView;
  courses: readonly CourseRef[];
  onSaved(pupil: CohortPupilView): void;
  onCancel(): void;
}

type ListName = 'choices' | 'reserves';

const WORDS: Record<ListName, { heading: string; one: string }> = {
  choices: { heading: 'Choices, most wanted first', one: 'choice' },
  reserves: { heading: 'Reserves, in order', one: 'reserve' },
};

/**
 * Edits one pupil's ranked choices and reserves: a course per line, moved up or down, added or
 * removed. The planner checks the lists when they are saved; its message appears beside them.
 */
export function ChoicesEditor({ pupil, courses, onSaved, onCancel }: ChoicesEditorProps) {
  const api = usePlannerApi();
  const [lists, setLists] = useState<Record<ListName, string[]>>({
    choices: pupil.choices,
    reserves: pupil.reserves,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const problemId = useId();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => form.current?.querySelector('select')?.focus(), []);

  const repeated = repeatedCodes([...lists.choices, ...lists.reserves]);

  function change(list: ListName, update: (codes: string[]) => string[]): void {
    setLists((current) => ({ ...current, [list]: update([...current[list]]) }));
    setProblem(null);
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSaving(true);
    const result = await api.updatePupilChoices({ upn: pupil.upn, ...lists });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setProblem(result.error.message);
  }

  return (
    <form
      ref={form}
      className="choices-editor"
      aria-label={`Edit ${pupilName(pupil)}’s choices`}
      onSubmit={(event) => void save(event)}
    >
      {(['choices', 'reserves'] as const).map((list) => (
        <fieldset key={list} aria-describedby={problem ? problemId : undefined}>
          <legend>{WORDS[list].heading}</legend>
          <ol>
            {lists[list].map((code, index) => {
              const label = `${capitalised(WORDS[list].one)} ${index + 1}`;
              const name = courses.find((course) => course.code === code)?.name ?? code;
              return (
                <li key={`${list}-${index}`} className="choice-line">
                  <select
                    aria-label={label}
                    value={code}
                    aria-invalid={code === '' || repeated.has(code) || undefined}
                    onChange={(event) =>
                      change(list, (codes) => codes.with(index, event.target.value))
                    }
                  >
                    <option value="">Choose a course…</option>
                    {courses.map((course) => (
                      <option key={course.code} value={course.code}>
                        {course.name} ({course.code})
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${name} up`}
                    disabled={index === 0}
                    onClick={() => change(list, (codes) => swap(codes, index, index - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${name} down`}
                    disabled={index === lists[list].length - 1}
                    onClick={() => change(list, (codes) => swap(codes, index, index + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${name}`}
                    onClick={() => change(list, (codes) => codes.toSpliced(index, 1))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ol>
          {lists[list].length === 0 && <p className="muted">None.</p>}
          <button
            type="button"
            className="button subtle small"
            onClick={() => change(list, (codes) => [...codes, ''])}
          >
            Add a {WORDS[list].one}
          </button>
        </fieldset>
      ))}
      {problem && (
        <p id={problemId} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save choices'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function swap(codes: string[], from: number, to: number): string[] {
  const moved = codes[from];
  const other = codes[to];
  if (moved === undefined || other === undefined) return codes;
  return codes.with(from, other).with(to, moved);
}

/** Codes that appear more than once across both lists, to mark them before saving. */
function repeatedCodes(codes: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const code of codes) {
    if (code === '') continue;
    if (seen.has(code)) repeated.add(code);
    seen.add(code);
  }
  return repeated;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

import { useState } from 'react';
import type { ExportsView, TemplateField as FieldName } from '../../../shared/contract/exports';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { LogoControls } from './LogoControls';
import { TemplateField } from './TemplateField';
import { changesOf, draftOf, groupProblems, type TemplateDraft } from './template-draft';

interface TemplateFormProps {
  view: ExportsView;
  /** Reads the view again after a save, so the counts and problems follow. */
  reload(): Promise<void>;
}

const LINE_FIELDS: { name: FieldName; label: string }[] = [
  { name: 'schoolName', label: "School's name" },
  { name: 'signatoryName', label: 'Signed by (name)' },
  { name: 'signatoryRole', label: 'Their role' },
];

const PARAGRAPHS: { name: 'intro' | 'howToChange'; label: string }[] = [
  { name: 'intro', label: 'Opening paragraph' },
  { name: 'howToChange', label: '"How to change" paragraph' },
];

/** The offer letter template: every field with its own problems, saved all at once. */
export function TemplateForm({ view, reload }: TemplateFormProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(view.template));
  const [problems, setProblems] = useState(() => groupProblems(view.templateProblems));
  const [saving, setSaving] = useState(false);
  const [savedNote, setSavedNote] = useState(false);

  const edit = (name: FieldName, text: string) => {
    setDraft((current) => ({ ...current, [name]: text }));
    setSavedNote(false);
  };

  const save = async () => {
    setSaving(true);
    try {
      const result = await api.saveLetterTemplate(changesOf(draft));
      if (!result.ok) {
        showError(result.error);
        return;
      }
      setProblems(groupProblems(result.value.problems));
      setSavedNote(result.value.saved);
      if (result.value.saved) await reload();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="template-form"
      aria-label="Letter template"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {problems.general.length > 0 && (
        <ul className="field-problems" role="alert">
          {problems.general.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="template-lines">
        {LINE_FIELDS.map(({ name, label }) => (
          <TemplateField key={name} name={name} label={label} problems={problems.byField[name]}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="text"
                value={draft[name]}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(event) => edit(name, event.target.value)}
              />
            )}
          </TemplateField>
        ))}
        <TemplateField
          name="replyBy"
          label="Reply slip back by"
          problems={problems.byField.replyBy}
          hint={draft.replyBy === '' ? 'Blank: two weeks after the letter is printed.' : null}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="date"
              value={draft.replyBy}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => edit('replyBy', event.target.value)}
            />
          )}
        </TemplateField>
      </div>
      {PARAGRAPHS.map(({ name, label }) => {
        const limit = view.limits[name] ?? 0;
        const length = draft[name].length;
        return (
          <TemplateField
            key={name}
            name={name}
            label={label}
            problems={problems.byField[name]}
            hint={
              <span className={length > limit ? 'over-limit' : undefined}>
                {length} of {limit} characters
              </span>
            }
          >
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                rows={4}
                value={draft[name]}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(event) => edit(name, event.target.value)}
              />
            )}
          </TemplateField>
        );
      })}
      <p className="placeholders">
        The paragraphs may use{' '}
        {view.placeholders.map((placeholder, index) => (
          <span key={placeholder}>
            <code>{placeholder}</code>
            {index < view.placeholders.length - 1 ? ' ' : ''}
          </span>
        ))}
        ; each becomes the pupil&apos;s or school&apos;s own words on every letter.
      </p>
      <div className="template-footer">
        <LogoControls logo={view.template.logo} reload={reload} />
        <div className="template-save">
          {savedNote && (
            <span className="saved-note" role="status">
              Template saved.
            </span>
          )}
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save template'}
          </button>
        </div>
      </div>
    </form>
  );
}

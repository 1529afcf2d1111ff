import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PUPIL_TEXT_MAX_LENGTH, type CohortPupilView } from '../../../shared/contract/cohort';
import { usePlannerApi } from '../../api-context';
import { BAND_WORDS, pupilName, SEND_WORDS } from './PupilFlags';

interface RecordEditorProps {
  pupil: CohortPupilView;
  forms: readonly string[];
  onSaved(pupil: CohortPupilView): void;
  onCancel(): void;
}

type Band = 'L' | 'M' | 'H';

/**
 * Edits one pupil's form, gender, flags and prior attainment (not name or UPN). The route is
 * agreed on the Pathways screen, where every change records who decided and why.
 */
export function RecordEditor({ pupil, forms, onSaved, onCancel }: RecordEditorProps) {
  const api = usePlannerApi();
  const [form, setForm] = useState(pupil.form ?? '');
  const [gender, setGender] = useState(pupil.gender ?? '');
  const [disadvantaged, setDisadvantaged] = useState(pupil.disadvantaged);
  const [send, setSend] = useState(pupil.send);
  const [eal, setEal] = useState(pupil.eal);
  const [score, setScore] = useState(pupil.priorAttainment.score?.toString() ?? '');
  // A band the pupil has without a score was given directly; with a score it follows from it.
  const [band, setBand] = useState<Band | ''>(
    pupil.priorAttainment.score === null ? (pupil.priorAttainment.band ?? '') : '',
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { forms: useId(), problem: useId() };
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const scoreValue = score.trim() === '' ? null : Number(score);
    if (scoreValue !== null && !Number.isFinite(scoreValue)) {
      setProblem(`“${score}” is not a number: give a KS2 scaled score, such as 104.5.`);
      return;
    }
    setSaving(true);
    const result = await api.updatePupil({
      upn: pupil.upn,
      form: form.trim() === '' ? null : form,
      gender: gender.trim() === '' ? null : gender,
      disadvantaged,
      send,
      eal,
      priorAttainmentScore: scoreValue,
      priorAttainmentBand: band === '' ? null : band,
    });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setProblem(result.error.message);
  }

  const described = problem ? ids.problem : undefined;
  return (
    <form
      className="record-editor"
      aria-label={`Edit ${pupilName(pupil)}’s record`}
      onSubmit={(event) => void save(event)}
    >
      <div className="record-fields">
        <label>
          Form
          <input
            ref={first}
            value={form}
            list={ids.forms}
            maxLength={PUPIL_TEXT_MAX_LENGTH}
            onChange={(event) => setForm(event.target.value)}
          />
          <datalist id={ids.forms}>
            {forms.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <label>
          Gender
          <input
            value={gender}
            maxLength={PUPIL_TEXT_MAX_LENGTH}
            onChange={(event) => setGender(event.target.value)}
          />
        </label>
        <label>
          SEND
          <select
            value={send}
            onChange={(event) => setSend(event.target.value as CohortPupilView['send'])}
          >
            {(['N', 'K', 'E'] as const).map((value) => (
              <option key={value} value={value}>
                {SEND_WORDS[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          KS2 score
          <input
            value={score}
            inputMode="decimal"
            aria-describedby={described}
            onChange={(event) => setScore(event.target.value)}
          />
        </label>
        <label>
          Band
          <select value={band} onChange={(event) => setBand(event.target.value as Band | '')}>
            <option value="">From the score</option>
            {(['L', 'M', 'H'] as const).map((value) => (
              <option key={value} value={value}>
                {BAND_WORDS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="record-checks">
        <label>
          <input
            type="checkbox"
            checked={disadvantaged}
            onChange={(event) => setDisadvantaged(event.target.checked)}
          />
          Disadvantaged
        </label>
        <label>
          <input type="checkbox" checked={eal} onChange={(event) => setEal(event.target.checked)} />
          EAL
        </label>
      </div>
      {problem && (
        <p id={ids.problem} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save record'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

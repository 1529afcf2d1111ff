import { useState } from 'react';
import type { FairnessSettingsView } from '../../../shared/contract/pathways';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { ProgressionChecks, type ProgressionCheck } from './ProgressionChecks';

type NumberSetting =
  'ambitionGapPoints' | 'genderGapPoints' | 'minimumGroupSize' | 'significanceLevel';

const NUMBER_SETTINGS: {
  key: NumberSetting;
  label: string;
  explain(s: FairnessSettingsView): string;
}[] = [
  {
    key: 'ambitionGapPoints',
    label: 'Gap in lower routes (percentage points)',
    explain: (s) =>
      `A gap of ${s.ambitionGapPoints} percentage points or more between a group and the rest of the same prior-attainment band is flagged, if the group has at least ${s.minimumGroupSize} pupils and the gap is unlikely to be chance (p < ${s.significanceLevel}).`,
  },
  {
    key: 'genderGapPoints',
    label: 'Gender gap on a route (percentage points)',
    explain: (s) =>
      `A route whose share of one gender differs from the year group's by ${s.genderGapPoints} percentage points or more is flagged, on the same conditions.`,
  },
  {
    key: 'minimumGroupSize',
    label: 'Smallest group to flag (pupils)',
    explain: (s) =>
      `Groups of fewer than ${s.minimumGroupSize} pupils are shown but never flagged: too few to tell a pattern from chance.`,
  },
  {
    key: 'significanceLevel',
    label: 'Chance level (p)',
    explain: (s) =>
      `A difference is flagged only if chance alone would give one this large less than ${Math.round(s.significanceLevel * 1000) / 10}% of the time.`,
  },
];

interface FairnessSettingsFormProps {
  settings: FairnessSettingsView;
  defaults: FairnessSettingsView;
  /** The plan's course categories, for the progression checks. */
  categories: readonly string[];
  onSaved(): Promise<void>;
}

/** The report's thresholds, each explained in a sentence, with their defaults. */
export function FairnessSettingsForm({
  settings,
  defaults,
  categories,
  onSaved,
}: FairnessSettingsFormProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [values, setValues] = useState(() => textValues(settings));
  const [progression, setProgression] = useState<ProgressionCheck[]>(
    settings.progressionCategories,
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const parsed = NUMBER_SETTINGS.map(({ key }) => [key, Number(values[key])] as const);
  const badNumber = parsed.find(
    ([key, value]) => values[key].trim() === '' || !Number.isFinite(value),
  );
  const preview: FairnessSettingsView = {
    ...settings,
    ...(badNumber ? {} : Object.fromEntries(parsed)),
  };

  async function save() {
    if (badNumber) return;
    setSaving(true);
    try {
      const result = await api.saveFairnessSettings({
        ...Object.fromEntries(parsed),
        lowerTariffQualifications: values.lowerTariff
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
        progressionCategories: progression,
      });
      if (result.ok) {
        setValues(textValues(result.value));
        setProgression(result.value.progressionCategories);
        setSaved(true);
        await onSaved();
      } else if (result.error.code === 'invalid-edit') setRefusal(result.error.message);
      else showError(result.error);
    } finally {
      setSaving(false);
    }
  }

  const change = (key: keyof typeof values, text: string) => {
    setSaved(false);
    setRefusal(null);
    setValues((previous) => ({ ...previous, [key]: text }));
  };

  return (
    <form
      className="fairness-settings"
      aria-labelledby="fairness-settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="fairness-settings-heading">What the report flags</h2>
      <div className="settings-grid">
        {NUMBER_SETTINGS.map(({ key, label, explain }) => (
          <div className="setting" key={key}>
            <label htmlFor={`setting-${key}`}>{label}</label>
            <input
              id={`setting-${key}`}
              type="number"
              step={key === 'significanceLevel' ? 0.01 : 1}
              value={values[key]}
              aria-describedby={`setting-${key}-explained`}
              onChange={(event) => change(key, event.target.value)}
            />
            <p id={`setting-${key}-explained`} className="hint">
              {explain(preview)} Default: {defaults[key]}.
            </p>
          </div>
        ))}
        <div className="setting wide">
          <label htmlFor="setting-lower-tariff">Lower-tariff qualifications</label>
          <input
            id="setting-lower-tariff"
            value={values.lowerTariff}
            aria-describedby="setting-lower-tariff-explained"
            onChange={(event) => change('lowerTariff', event.target.value)}
          />
          <p id="setting-lower-tariff-explained" className="hint">
            A route whose courses lead to these qualifications (separated by commas) counts as a
            lower route than one without them. Default:{' '}
            {defaults.lowerTariffQualifications.join(', ')}.
          </p>
        </div>
        <div className="setting wide">
          <ProgressionChecks
            checks={progression}
            categories={categories}
            onChange={(checks) => {
              setSaved(false);
              setRefusal(null);
              setProgression(checks);
            }}
          />
        </div>
      </div>
      {badNumber && (
        <p className="editor-refusal" role="alert">
          Each threshold needs a number.
        </p>
      )}
      {refusal && (
        <p className="editor-refusal" role="alert">
          {refusal}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="button primary" disabled={saving || Boolean(badNumber)}>
          Save the thresholds
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setSaved(false);
            setRefusal(null);
            setValues(textValues(defaults));
            setProgression(defaults.progressionCategories);
          }}
        >
          Use the defaults
        </button>
        {saved && (
          <span className="saved-note" role="status">
            Saved; the report above uses them.
          </span>
        )}
      </div>
    </form>
  );
}

function textValues(settings: FairnessSettingsView) {
  return {
    ambitionGapPoints: String(settings.ambitionGapPoints),
    genderGapPoints: String(settings.genderGapPoints),
    minimumGroupSize: String(settings.minimumGroupSize),
    significanceLevel: String(settings.significanceLevel),
    lowerTariff: settings.lowerTariffQualifications.join(', '),
  };
}

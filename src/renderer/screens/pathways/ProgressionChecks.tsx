import type { FairnessSettingsView } from '../../../shared/contract/pathways';
import { BAND_NAMES } from './words';

export type ProgressionCheck = FairnessSettingsView['progressionCategories'][number];

const BANDS = ['L', 'M', 'H'] as const;

/**
 * The progression checks as rows a curriculum lead edits: which category a pupil's offer should
 * include, how it reads in the report, and for which prior-attainment bands.
 */
export function ProgressionChecks(props: {
  checks: readonly ProgressionCheck[];
  categories: readonly string[];
  onChange: (checks: ProgressionCheck[]) => void;
}) {
  const { checks, categories, onChange } = props;
  const replace = (index: number, check: ProgressionCheck) =>
    onChange(checks.map((existing, at) => (at === index ? check : existing)));

  return (
    <fieldset className="progression-checks">
      <legend>Progression checks</legend>
      <p className="hint">
        Pupils in the chosen bands whose offer has no course of the category are listed, with the
        reason (not chosen, not given by the blocks, or ruled out by their route).
      </p>
      {checks.length === 0 && <p className="hint">No progression checks are set.</p>}
      {checks.map((check, index) => (
        <div
          className="progression-check"
          role="group"
          aria-label={`Check ${index + 1}`}
          key={index}
        >
          <label>
            Category
            <select
              value={check.category}
              onChange={(event) => replace(index, { ...check, category: event.target.value })}
            >
              {[...new Set([check.category, ...categories])].map((category) => (
                <option key={category} value={category}>
                  {category}
                </option>
              ))}
            </select>
          </label>
          <label>
            Called in the report
            <input
              value={check.label}
              maxLength={120}
              onChange={(event) => replace(index, { ...check, label: event.target.value })}
            />
          </label>
          <span className="progression-bands">
            {BANDS.map((band) => (
              <label key={band}>
                <input
                  type="checkbox"
                  checked={check.bands.includes(band)}
                  onChange={(event) =>
                    replace(index, {
                      ...check,
                      bands: event.target.checked
                        ? BANDS.filter((each) => each === band || check.bands.includes(each))
                        : check.bands.filter((each) => each !== band),
                    })
                  }
                />
                {BAND_NAMES[band]}
              </label>
            ))}
          </span>
          <button
            type="button"
            className="button small"
            onClick={() => onChange(checks.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        disabled={categories.length === 0}
        onClick={() =>
          onChange([...checks, { category: categories[0] ?? '', label: '', bands: ['H'] }])
        }
      >
        Add a progression check
      </button>
    </fieldset>
  );
}

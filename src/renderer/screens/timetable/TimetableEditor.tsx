import { defaultTimetableFrame } from '../../../core/timetable';
import type { TimetableView } from '../../../shared/contract/timetable';
import { ViewSwitch } from '../../components/ViewSwitch';
import { CourseTimePanel } from './CourseTimePanel';
import { CycleGrid } from './CycleGrid';
import { CyclePanel } from './CyclePanel';
import { PartnerDaysPanel } from './PartnerDaysPanel';
import { ProblemList } from './ProblemList';
import { StaffAwayPanel } from './StaffAwayPanel';
import { useTimetableDraft } from './use-timetable-draft';

export type Panel = 'cycle' | 'courses' | 'staff' | 'partners';

const PANELS: { id: Panel; label: string }[] = [
  { id: 'cycle', label: 'Cycle' },
  { id: 'courses', label: 'Course time' },
  { id: 'staff', label: 'Part-time staff' },
  { id: 'partners', label: 'Partner courses' },
];

interface EditorProps {
  saved: TimetableView;
  onSaved: (view: TimetableView) => void;
  /** The scenario chosen to check against; undefined for the default. */
  scenario: string | undefined;
  setScenario: (name: string) => void;
  panel: Panel;
  setPanel: (panel: Panel) => void;
}

/** The grid, the side panels and Save/Cancel for one saved view of the frame. */
export function TimetableEditor({
  saved,
  onSaved,
  scenario,
  setScenario,
  panel,
  setPanel,
}: EditorProps) {
  const draft = useTimetableDraft(saved, scenario, onSaved);
  const { frame, view, edit } = draft;
  const checkedAgainst = view.scenario;

  return (
    <div className="timetable-screen">
      {saved.damaged && (
        <div className="tt-damaged" role="alert">
          <p>
            {saved.damaged} The grid shows an empty frame. Nothing else in the plan is affected.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void draft.save(defaultTimetableFrame())}
          >
            Start again with an empty frame
          </button>
        </div>
      )}
      <div className="tt-header">
        <p className="tt-lead">
          {checkedAgainst === null
            ? 'No scenario yet: courses are checked against every block they may sit in.'
            : 'Groups and teachers are checked as placed in the scenario shown.'}
        </p>
        {view.scenarios.length > 0 && (
          <label className="tt-field tt-scenario">
            Scenario
            <select
              value={checkedAgainst ?? ''}
              onChange={(event) => setScenario(event.target.value)}
            >
              {view.scenarios.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.name}
                  {entry.isAgreed ? ' (agreed)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="tt-save">
          <span className="tt-muted" role="status">
            {draft.saving
              ? 'Saving…'
              : draft.changed
                ? 'Unsaved changes'
                : saved.saved
                  ? 'Saved'
                  : 'Not saved yet'}
          </span>
          <button
            type="button"
            className="button"
            disabled={!draft.changed || draft.saving}
            onClick={draft.cancel}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            disabled={(!draft.changed && saved.saved) || draft.saving}
            onClick={() => void draft.save()}
          >
            Save frame
          </button>
        </div>
      </div>
      {draft.refusal && (
        <p className="tt-refusal" role="alert">
          Not saved: {draft.refusal} Your changes are still here.
        </p>
      )}
      <div className="tt-layout">
        <div className="tt-main">
          <CycleGrid frame={frame} view={view} edit={edit} />
          <ProblemList problems={view.problems} />
        </div>
        <aside className="tt-side" aria-label="Frame settings">
          <ViewSwitch label="Settings" options={PANELS} value={panel} onChange={setPanel} />
          {panel === 'cycle' && <CyclePanel frame={frame} edit={edit} />}
          {panel === 'courses' && <CourseTimePanel frame={frame} view={view} edit={edit} />}
          {panel === 'staff' && <StaffAwayPanel frame={frame} view={view} edit={edit} />}
          {panel === 'partners' && <PartnerDaysPanel frame={frame} view={view} edit={edit} />}
        </aside>
      </div>
    </div>
  );
}

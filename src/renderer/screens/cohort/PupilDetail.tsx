import { useEffect, useRef, useState } from 'react';
import type { CohortPupilView, CohortView } from '../../../shared/contract/cohort';
import { ChoicesEditor } from './ChoicesEditor';
import { courseName, type CourseNames } from './course-names';
import { priorAttainmentText, PupilFlags, pupilName, SEND_WORDS } from './PupilFlags';
import { RecordEditor } from './RecordEditor';

interface PupilDetailProps {
  pupil: CohortPupilView;
  cohort: CohortView;
  courseNames: CourseNames;
  onSaved(pupil: CohortPupilView): void;
  onClose(): void;
}

type Editing = 'record' | 'choices' | null;

/** One pupil: their record, choices and reserves (each editable), and why any choice was missed. */
export function PupilDetail({ pupil, cohort, courseNames, onSaved, onClose }: PupilDetailProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening a pupil lands on their name (the panel is keyed by pupil, so edits start closed).
  useEffect(() => heading.current?.focus(), [pupil.upn]);

  const recordButton = useRef<HTMLButtonElement>(null);
  const choicesButton = useRef<HTMLButtonElement>(null);
  const finished = useRef<Editing>(null);

  // Back from a form, the keyboard returns to the button that opened it.
  useEffect(() => {
    if (editing !== null || finished.current === null) return;
    (finished.current === 'record' ? recordButton : choicesButton).current?.focus();
    finished.current = null;
  });

  const stopEditing = () => {
    finished.current = editing;
    setEditing(null);
  };
  const saved = (updated: CohortPupilView) => {
    stopEditing();
    onSaved(updated);
  };

  return (
    <aside
      className="pupil-detail"
      aria-labelledby="pupil-detail-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && editing === null) onClose();
      }}
    >
      <div className="detail-header">
        <div>
          <h2 id="pupil-detail-heading" ref={heading} tabIndex={-1}>
            {pupilName(pupil)}
          </h2>
          <p className="muted">
            UPN {pupil.upn}
            {pupil.form && ` · Form ${pupil.form}`}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>

      <ScenarioOutcome pupil={pupil} scenario={cohort.scenario} />

      <section aria-labelledby="pupil-record-heading">
        <div className="section-heading">
          <h3 id="pupil-record-heading">Record</h3>
          {editing !== 'record' && (
            <button
              type="button"
              className="button subtle small"
              ref={recordButton}
              onClick={() => setEditing('record')}
              disabled={editing !== null}
            >
              Edit record
            </button>
          )}
        </div>
        {editing === 'record' ? (
          <RecordEditor pupil={pupil} forms={cohort.forms} onSaved={saved} onCancel={stopEditing} />
        ) : (
          <dl className="record">
            <dt>Form</dt>
            <dd>{pupil.form ?? 'None'}</dd>
            <dt>Gender</dt>
            <dd>{pupil.gender ?? 'Not recorded'}</dd>
            <dt>Flags</dt>
            <dd>
              <PupilFlags pupil={pupil} />
              {!pupil.disadvantaged && pupil.send === 'N' && !pupil.eal && 'None'}
            </dd>
            <dt>SEND</dt>
            <dd>{SEND_WORDS[pupil.send]}</dd>
            <dt>Prior attainment</dt>
            <dd>{priorAttainmentText(pupil)}</dd>
            <dt>Pathway</dt>
            <dd>
              {pupil.pathway ?? 'None agreed'}
              <span className="cohort-note">Agreed on the Pathways screen, with a reason.</span>
            </dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="pupil-choices-heading">
        <div className="section-heading">
          <h3 id="pupil-choices-heading">Choices and reserves</h3>
          {editing !== 'choices' && (
            <button
              type="button"
              className="button subtle small"
              ref={choicesButton}
              onClick={() => setEditing('choices')}
              disabled={editing !== null}
            >
              Edit choices
            </button>
          )}
        </div>
        {editing === 'choices' ? (
          <ChoicesEditor
            pupil={pupil}
            courses={cohort.courses}
            onSaved={saved}
            onCancel={stopEditing}
          />
        ) : (
          <ChoiceLists pupil={pupil} names={courseNames} />
        )}
      </section>
    </aside>
  );
}

function ChoiceLists({ pupil, names }: { pupil: CohortPupilView; names: CourseNames }) {
  const missed = new Set(pupil.unresolved.map((entry) => entry.course));
  return (
    <div className="choice-lists">
      <h4>Choices</h4>
      {pupil.choices.length > 0 ? (
        <ol aria-label="Choices">
          {pupil.choices.map((code) => (
            <li key={code} className={missed.has(code) ? 'missed' : undefined}>
              {courseName(names, code)} <span className="code">{code}</span>
              {missed.has(code) && <span className="missed-note"> not given</span>}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No choices recorded.</p>
      )}
      <h4>Reserves</h4>
      {pupil.reserves.length > 0 ? (
        <ol aria-label="Reserves" className="reserves">
          {pupil.reserves.map((code) => (
            <li key={code}>
              {courseName(names, code)} <span className="code">{code}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No reserves.</p>
      )}
    </div>
  );
}

function ScenarioOutcome({
  pupil,
  scenario,
}: {
  pupil: CohortPupilView;
  scenario: CohortView['scenario'];
}) {
  if (!scenario) {
    return <p className="outcome muted">Blocks have not been built yet.</p>;
  }
  const which = `${scenario.isAgreed ? 'the agreed scenario' : 'the latest scenario'}, “${scenario.name}”`;
  if (pupil.unresolved.length === 0) {
    return (
      <p className="outcome outcome-resolved">
        {pupil.choices.length > 0
          ? `Has all their choices in ${which}.`
          : `Has no choices, so nothing to resolve in ${which}.`}
      </p>
    );
  }
  return (
    <div className="outcome outcome-unresolved" role="note" aria-label="Unresolved">
      <p>
        <strong>Unresolved</strong> in {which}:
      </p>
      <ul>
        {pupil.unresolved.map((entry) => (
          <li key={entry.course}>{entry.reason}</li>
        ))}
      </ul>
    </div>
  );
}

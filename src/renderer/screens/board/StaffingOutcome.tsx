import type { Ref } from 'react';

/** What the last reassignment did, or why it was refused. */
export interface StaffingOutcomeValue {
  kind: 'done' | 'refused';
  text: string;
  /** Warnings of a done change; reasons of a refusal. */
  details: string[];
}

/**
 * A live region that is always there, so screen readers hear each outcome as it arrives;
 * it takes focus after a change made from the list, so keyboard users are not left behind.
 */
export function StaffingOutcome({
  outcome,
  focusRef,
}: {
  outcome: StaffingOutcomeValue | null;
  focusRef: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      role="status"
      className={outcome ? `staffing-outcome ${outcome.kind}` : 'staffing-outcome'}
    >
      {outcome && (
        <>
          <p className="staffing-outcome-title">
            {outcome.kind === 'done' ? 'Done: ' : 'Refused: '}
            {outcome.text}
          </p>
          {outcome.details.length > 0 && (
            <ul>
              {outcome.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          {outcome.kind === 'refused' && <p className="staffing-outcome-note">Nothing changed.</p>}
        </>
      )}
    </div>
  );
}

import type { WhatIfEditView } from '../../../shared/contract/scenarios';
import type { WhatIfCheck } from './use-what-if-check';

interface WhatIfEditListProps {
  edits: WhatIfEditView[];
  check: WhatIfCheck;
  onRemove(index: number): void;
}

/** The changes made so far, in words, each with Remove, and the problems the check found. */
export function WhatIfEditList({ edits, check, onRemove }: WhatIfEditListProps) {
  return (
    <div className="what-if-edits">
      <h3 id="edits-heading">Changes</h3>
      {edits.length === 0 ? (
        <p className="muted">None yet: add a change on the left.</p>
      ) : (
        <ol aria-labelledby="edits-heading">
          {edits.map((edit, index) => {
            const text = check.wordsFor(edit) ?? fallbackWords(edit);
            return (
              <li key={`${index}-${edit.kind}`}>
                <span>{text}</span>
                <button
                  type="button"
                  className="button small subtle"
                  aria-label={`Remove “${text}”`}
                  onClick={() => onRemove(index)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div aria-live="polite">
        {check.failure && (
          <p className="field-problem">The changes could not be checked: {check.failure}</p>
        )}
        {check.problems.length > 0 && (
          <div className="what-if-problems" role="alert">
            <p>
              <strong>
                {check.problems.length === 1 ? 'One problem' : `${check.problems.length} problems`}
              </strong>{' '}
              to sort out before this can be made:
            </p>
            <ul>
              {check.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

/** Shown for the moment before the planner's own words arrive. */
export function fallbackWords(edit: WhatIfEditView): string {
  switch (edit.kind) {
    case 'drop-course':
      return `${edit.course} is not offered`;
    case 'set-groups':
      return `${edit.course} runs ${edit.groups} groups`;
    case 'set-size-limit':
      return `${edit.course} groups take at most ${edit.maxGroupSize} pupils`;
    case 'remove-teacher':
      return `${edit.staff} does not teach`;
    case 'add-teacher':
      return `${edit.name} (${edit.staff}) joins`;
    case 'set-blocks':
      return `The blocks are ${edit.blocks.join(', ')}`;
    case 'change-choices':
      return `${edit.upn}’s choices change`;
  }
}

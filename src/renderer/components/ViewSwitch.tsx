import type { ReactNode } from 'react';

export interface ViewSwitchOption<Id extends string> {
  id: Id;
  label: ReactNode;
}

/** A row of toggle buttons choosing one view of a screen; the pressed one is the view shown. */
export function ViewSwitch<Id extends string>(props: {
  /** What the choice is about, for screen readers, e.g. "Show" or "Compare by". */
  label: string;
  options: readonly ViewSwitchOption<Id>[];
  value: Id;
  onChange: (id: Id) => void;
}) {
  return (
    <div className="view-switch" role="group" aria-label={props.label}>
      {props.options.map((option) => (
        <button
          key={option.id}
          type="button"
          className="view-switch-button"
          aria-pressed={props.value === option.id}
          onClick={() => props.onChange(option.id)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

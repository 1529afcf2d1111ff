import { useId, type ReactNode } from 'react';

/**
 * A label above its control, tied by id rather than by wrapping: a wrapped select would take
 * its options' text into its accessible name.
 */
export function Field(props: {
  label: string;
  /** A line under the control, e.g. the figure the plan has now. */
  note?: ReactNode;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
      {props.note && <span className="field-note">{props.note}</span>}
    </div>
  );
}

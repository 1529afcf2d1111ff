import { TIME_LIMITS } from './scenario-words';
import { Field } from './Field';

/** How long building a scenario's blocks may search. */
export function TimeLimitSelect(props: {
  value: number;
  onChange(seconds: number): void;
  disabled?: boolean;
}) {
  return (
    <Field label="Search for" className="inline">
      {(id) => (
        <select
          id={id}
          value={props.value}
          onChange={(event) => props.onChange(Number(event.target.value))}
          disabled={props.disabled}
        >
          {TIME_LIMITS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds} seconds
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

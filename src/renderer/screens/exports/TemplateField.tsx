import type { ReactNode } from 'react';
import type { TemplateField as FieldName } from '../../../shared/contract/exports';

interface TemplateFieldProps {
  name: FieldName;
  label: string;
  problems: readonly string[] | undefined;
  /** A line under the label, e.g. the character count. */
  hint?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled template field with its problems right under it, read out with the field. */
export function TemplateField({ name, label, problems, hint, children }: TemplateFieldProps) {
  const id = `letter-${name}`;
  const errorId = `${id}-problems`;
  const invalid = (problems?.length ?? 0) > 0;
  return (
    <div className={`template-field template-field-${name}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: invalid ? errorId : undefined, invalid })}
      {hint && <div className="template-hint">{hint}</div>}
      {invalid && (
        <ul className="field-problems" id={errorId}>
          {problems?.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

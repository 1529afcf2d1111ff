import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { nameProblem } from './scenario-words';
import type { ScenariosData } from './use-scenarios';

interface RenameFormProps {
  name: string;
  names: string[];
  data: ScenariosData;
  /** The card's heading id: the field names the card while it is being renamed. */
  headingId: string;
  /** With the new name after a rename, or nothing when the name was left as it was. */
  onClose(newName?: string): void;
}

/** Renames a scenario in place; a name already taken or empty is refused before it is sent. */
export function RenameForm({ name, names, data, headingId, onClose }: RenameFormProps) {
  const [newName, setNewName] = useState(name);
  const [tried, setTried] = useState(false);
  const problem = nameProblem(newName, names, name);
  const problemId = `${headingId}-problem`;

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    const trimmed = newName.trim();
    if (trimmed === name) return onClose();
    const renamed = await data.change(`Renaming “${name}”…`, (api) =>
      api.renameScenario({ name, newName: trimmed }),
    );
    if (renamed) onClose(trimmed);
  }

  function escape(event: KeyboardEvent): void {
    if (event.key === 'Escape') onClose();
  }

  const shownProblem = tried || newName.trim() !== '' ? problem : null;
  return (
    <form className="rename-form" onSubmit={(event) => void save(event)} onKeyDown={escape}>
      <label>
        <span className="visually-hidden" id={headingId}>
          New name for {name}
        </span>
        <input
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
          aria-labelledby={headingId}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={shownProblem ? problemId : undefined}
          autoFocus
        />
      </label>
      <button type="submit" className="button small primary" disabled={data.busy !== null}>
        Save
      </button>
      <button type="button" className="button small" onClick={() => onClose()}>
        Cancel
      </button>
      {shownProblem && (
        <p id={problemId} className="field-problem" role="alert">
          {shownProblem}
        </p>
      )}
    </form>
  );
}

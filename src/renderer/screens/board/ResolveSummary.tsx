import { useEffect, useRef } from 'react';
import type { BoardChangeView } from '../../../shared/contract/board';
import { blocksWords, namesText } from './board-words';
import { FigureChanges } from './PreviewDetails';

/** How many rows each list shows before "and N more". */
const ROWS_SHOWN = 12;

/**
 * What a re-solve changed, in a dialog: the figures before → after, the groups and teachers
 * it moved, the pupils it moved, and who gained or lost a full set of choices.
 */
export function ResolveSummary({ change, onClose }: { change: BoardChangeView; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const { changes, before, board } = change;
  const nothing =
    changes.groupsMoved.length === 0 &&
    changes.teachersChanged.length === 0 &&
    changes.pupilsMoved.length === 0;

  return (
    <dialog
      ref={dialog}
      className="resolve-summary"
      aria-labelledby="resolve-summary-heading"
      onClose={onClose}
    >
      <h2 id="resolve-summary-heading">What the re-solve changed</h2>
      {before && board.metrics && <FigureChanges before={before} after={board.metrics} all />}
      {nothing && (
        <p>
          Nothing moved: with your pins and locks, the layout you had was already the best found.
        </p>
      )}
      <SummaryList
        title={`Groups moved (${changes.groupsMoved.length})`}
        items={changes.groupsMoved.map(
          (move) =>
            `${move.group} (${move.courseName}): ${blocksWords(move.from)} → ${blocksWords(move.to)}`,
        )}
      />
      <SummaryList
        title={`Teachers changed (${changes.teachersChanged.length})`}
        items={changes.teachersChanged.map(
          (move) =>
            `${move.group} (${move.courseName}): ${move.from ?? 'no teacher'} → ${move.to ?? 'no teacher'}`,
        )}
      />
      <SummaryList
        title={`Pupils moved between groups (${changes.pupilsMoved.length})`}
        items={changes.pupilsMoved.map((move) => `${move.name}: ${move.from} → ${move.to}`)}
      />
      {(changes.gains.length > 0 || changes.losses.length > 0) && (
        <section className="resolve-summary-section">
          <h3>Choices</h3>
          <p>
            <strong>Now get all their choices ({changes.gains.length}):</strong>{' '}
            {namesText(changes.gains, ROWS_SHOWN)}.
          </p>
          <p>
            <strong>No longer get all their choices ({changes.losses.length}):</strong>{' '}
            {namesText(changes.losses, ROWS_SHOWN)}.
          </p>
        </section>
      )}
      <p className="resolve-summary-undo">Undo takes the whole re-solve back in one step.</p>
      <form method="dialog">
        <button type="submit" className="button primary">
          Close
        </button>
      </form>
    </dialog>
  );
}

function SummaryList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, ROWS_SHOWN);
  return (
    <section className="resolve-summary-section">
      <h3>{title}</h3>
      <ul>
        {shown.map((item) => (
          <li key={item}>{item}</li>
        ))}
        {items.length > shown.length && <li>and {items.length - shown.length} more</li>}
      </ul>
    </section>
  );
}

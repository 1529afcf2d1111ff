import type { BoardScreenView } from '../../../shared/contract/board';

/** Undo and Redo, each naming the action it would take back or do again. */
export function HistoryButtons({
  history,
  busy,
  onUndo,
  onRedo,
}: {
  history: BoardScreenView['history'];
  busy: boolean;
  onUndo(): void;
  onRedo(): void;
}) {
  const undoText = history.undoLabel ? `Undo: ${history.undoLabel}` : 'Undo';
  const redoText = history.redoLabel ? `Redo: ${history.redoLabel}` : 'Redo';
  return (
    <div className="history-buttons" role="group" aria-label="Board history">
      <button
        type="button"
        className="button history-button"
        disabled={!history.canUndo}
        aria-disabled={busy || undefined}
        onClick={onUndo}
        aria-keyshortcuts="Control+Z"
        title={`${undoText} (Ctrl+Z)`}
      >
        {undoText}
      </button>
      <button
        type="button"
        className="button history-button"
        disabled={!history.canRedo}
        aria-disabled={busy || undefined}
        onClick={onRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title={`${redoText} (Ctrl+Shift+Z)`}
      >
        {redoText}
      </button>
    </div>
  );
}

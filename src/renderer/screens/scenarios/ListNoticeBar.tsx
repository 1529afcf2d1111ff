import type { ScenariosView } from '../../../shared/contract/scenarios';
import type { ScenariosData } from './use-scenarios';

/** What the list says after a what-if was made or a scenario deleted or restored. */
export type ListNotice =
  | { kind: 'deleted'; name: string }
  | { kind: 'restored'; name: string }
  | { kind: 'created'; name: string; from: string; built: boolean };

interface ListNoticeBarProps {
  notice: ListNotice;
  view: ScenariosView;
  data: ScenariosData;
  onNotice(notice: ListNotice | null): void;
  onCompare(names: string[]): void;
}

/** One line under the toolbar: the outcome of the last change, with Undo or Compare. */
export function ListNoticeBar({ notice, view, data, onNotice, onCompare }: ListNoticeBarProps) {
  const busy = data.busy !== null;

  async function undoDelete(name: string): Promise<void> {
    const restored = await data.change(`Restoring “${name}”…`, (api) =>
      api.restoreScenario({ name }),
    );
    if (restored) onNotice({ kind: 'restored', name });
  }

  return (
    <div className="scenario-notice" role="status">
      <p>{noticeText(notice, view)}</p>
      {notice.kind === 'deleted' && view.restorable === notice.name && (
        <button
          type="button"
          className="button small"
          onClick={() => void undoDelete(notice.name)}
          disabled={busy}
          autoFocus
        >
          Undo
        </button>
      )}
      {notice.kind === 'created' &&
        view.scenarios.some((scenario) => scenario.name === notice.from) && (
          <button
            type="button"
            className="button small primary"
            onClick={() => onCompare([notice.from, notice.name])}
            autoFocus
          >
            Compare with “{notice.from}”
          </button>
        )}
      <button
        type="button"
        className="button small subtle"
        aria-label="Dismiss this message"
        onClick={() => onNotice(null)}
      >
        Dismiss
      </button>
    </div>
  );
}

function noticeText(notice: ListNotice, view: ScenariosView): string {
  switch (notice.kind) {
    case 'deleted':
      return `Deleted “${notice.name}”.`;
    case 'restored':
      return `Restored “${notice.name}”.`;
    case 'created': {
      const metrics = view.scenarios.find((scenario) => scenario.name === notice.name)?.metrics;
      if (notice.built && metrics) {
        return `Created “${notice.name}” from “${notice.from}” and built its blocks: ${metrics.fullySatisfied} of ${metrics.pupils} pupils get all their choices.`;
      }
      return `Created “${notice.name}” from “${notice.from}”. Build its blocks again before trusting its figures.`;
    }
  }
}

import { useCallback, useState } from 'react';
import type { PlanSummaryView } from '../../../shared/api';
import type { BoardChangeView, BoardScreenView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { SolvePanel } from '../../components/SolvePanel';
import { ViewSwitch } from '../../components/ViewSwitch';
import { BlocksView } from './BlocksView';
import { BoardFigures } from './BoardFigures';
import { ChangeNoticeBar } from './ChangeNoticeBar';
import { CounsellingPanel } from './CounsellingPanel';
import { DroppedChoicesNote } from './DroppedChoicesNote';
import { HistoryButtons } from './HistoryButtons';
import { ResolveSummary } from './ResolveSummary';
import { StaffingView } from './StaffingView';
import { useBoard, type BoardScreenState } from './use-board';
import { useHistoryKeys } from './use-history-keys';
import './board.css';

type BoardViewId = 'blocks' | 'staffing' | 'counselling';

const RESOLVING = 'Re-solving around your pins…';

const VIEWS: { id: BoardViewId; label: string }[] = [
  { id: 'blocks', label: 'Blocks' },
  { id: 'staffing', label: 'Staffing' },
  { id: 'counselling', label: 'Counselling' },
];

/** The blocks board: a scenario adjusted by hand, every change undoable. */
export function BoardScreen({ summary }: { summary: PlanSummaryView }) {
  // Another plan starts afresh: no scenario chosen, no notice, nothing to undo from before.
  return <BoardOfPlan key={summary.plan.path} summary={summary} />;
}

function BoardOfPlan({ summary }: { summary: PlanSummaryView }) {
  const state = useBoard(summary);
  const { board } = state;
  if (!board) return <LoadingOrFailed what="the board" error={state.error} />;
  if (board.scenario === null) return <NoScenario summary={summary} />;
  return <Board board={board} state={state} />;
}

function NoScenario({ summary }: { summary: PlanSummaryView }) {
  return (
    <div className="board-empty">
      <p className="empty">
        This plan has no blocks yet, so there is nothing to put on the board. Build them here; the
        board shows the result as soon as the search ends.
      </p>
      <SolvePanel canSolve={summary.counts.choices > 0} />
    </div>
  );
}

function Board({ board, state }: { board: BoardScreenView; state: BoardScreenState }) {
  const api = usePlannerApi();
  const [view, setView] = useState<BoardViewId>('blocks');
  const [resolved, setResolved] = useState<BoardChangeView | null>(null);
  const busy = state.busy !== null;
  const { runChange } = state;

  const undo = useCallback(() => {
    void runChange(
      'Undoing…',
      (scenario) => api.undoBoard({ scenario }),
      (change) => `Undone: ${change.label}`,
    );
  }, [api, runChange]);
  const redo = useCallback(() => {
    void runChange('Redoing…', (scenario) => api.redoBoard({ scenario }));
  }, [api, runChange]);
  useHistoryKeys(undo, redo);

  async function resolveAroundPins() {
    const change = await runChange(RESOLVING, (scenario) => api.resolveAroundPins({ scenario }));
    if (change) setResolved(change);
  }

  return (
    <div className="board-screen">
      <div className="board-toolbar">
        {board.scenarios.length > 1 && (
          <label className="board-scenario">
            Scenario
            <select
              value={board.scenario ?? ''}
              disabled={busy}
              onChange={(event) => state.chooseScenario(event.target.value)}
            >
              {board.scenarios.map((scenario) => (
                <option key={scenario.name} value={scenario.name}>
                  {scenario.name}
                  {scenario.isAgreed ? ' (agreed)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {board.scenarios.length === 1 && (
          <p className="board-scenario">
            Scenario <strong>{board.scenario}</strong>
          </p>
        )}
        <ViewSwitch label="Show" options={VIEWS} value={view} onChange={setView} />
        <div className="board-toolbar-end">
          <HistoryButtons history={board.history} busy={busy} onUndo={undo} onRedo={redo} />
          <button
            type="button"
            className="button primary"
            aria-disabled={busy || undefined}
            aria-busy={state.busy === RESOLVING}
            onClick={() => void resolveAroundPins()}
          >
            {state.busy === RESOLVING ? 'Re-solving…' : 'Re-solve around my pins'}
          </button>
        </div>
      </div>
      <div className="board-status-row">
        <BoardFigures metrics={board.metrics} />
        <ChangeNoticeBar
          notice={state.notice}
          canUndo={board.history.canUndo}
          busy={busy}
          onUndo={undo}
          onDismiss={state.dismissNotice}
        />
      </div>
      <DroppedChoicesNote board={board} />
      {state.busy && (
        <p className="board-busy" role="status">
          {state.busy}
        </p>
      )}
      <section className="board-view" aria-label={VIEWS.find((entry) => entry.id === view)?.label}>
        {view === 'blocks' && <BlocksView board={board} state={state} />}
        {view === 'staffing' && <StaffingView board={board} onChange={state.showChange} />}
        {view === 'counselling' && <CounsellingPanel board={board} onChange={state.showChange} />}
      </section>
      {resolved && <ResolveSummary change={resolved} onClose={() => setResolved(null)} />}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult, PlanSummaryView } from '../../../shared/api';
import type { BoardChangeView, BoardScreenView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';

/** What the last change did, for the notice under the toolbar. */
export interface ChangeNotice {
  /** e.g. "Move 10Fr1 to block C", or "Undone: Move 10Fr1 to block C". */
  text: string;
  /** Whether the notice offers Undo (not after an undo itself). */
  offerUndo: boolean;
  /** Changes each time, so the same words announced twice are still announced. */
  id: number;
}

export interface BoardScreenState {
  board: BoardScreenView | null;
  error: ApiError | null;
  /** What is running right now (e.g. "Re-solving around your pins…"); null when idle. */
  busy: string | null;
  notice: ChangeNotice | null;
  /** Shows another scenario of the plan. */
  chooseScenario(name: string): void;
  /**
   * Runs one board action: one at a time, its board shown whole (never patched), its error in
   * the banner. Resolves to the change, or null when it failed or nothing was done.
   */
  runChange(
    busyText: string,
    action: (scenario: string) => Promise<ApiResult<BoardChangeView | null>>,
    describe?: (change: BoardChangeView) => ChangeNotice['text'],
  ): Promise<BoardChangeView | null>;
  /** Shows a change made by a view that called the API itself. */
  showChange(change: BoardChangeView): void;
  dismissNotice(): void;
}

/**
 * The board of the chosen scenario (by default the agreed one, else the newest), loaded again
 * whenever the plan changes. Every change replaces the whole board with the one the services
 * computed; a load that was asked for before a later change is dropped, so an old board never
 * replaces a newer one.
 */
export function useBoard(summary: PlanSummaryView): BoardScreenState {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const [scenario, setScenario] = useState<string | null>(null);
  const [board, setBoard] = useState<BoardScreenView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<ChangeNotice | null>(null);
  const version = useRef(0);
  const busyRef = useRef(false);
  const noticeId = useRef(0);

  // The board loads again when the plan changes elsewhere (an import, an edit, a finished run),
  // but not for the summary refresh its own change asked for: that board is already shown.
  const [reloads, setReloads] = useState(0);
  const seenSummary = useRef(summary);
  const ownRefresh = useRef(false);
  useEffect(() => {
    if (seenSummary.current === summary) return;
    seenSummary.current = summary;
    if (ownRefresh.current) ownRefresh.current = false;
    else setReloads((count) => count + 1);
  }, [summary]);

  useEffect(() => {
    const mine = ++version.current;
    void api.getBoard(scenario === null ? {} : { scenario }).then((result) => {
      if (mine !== version.current) return;
      setError(result.ok ? null : result.error);
      if (result.ok) setBoard(result.value);
      else showError(result.error);
    });
  }, [api, scenario, reloads, showError]);

  const showChange = useCallback(
    (change: BoardChangeView, text = change.label, offerUndo = true) => {
      version.current += 1;
      setBoard(change.board);
      noticeId.current += 1;
      setNotice({ text, offerUndo, id: noticeId.current });
      // The status bar shows the scenario's figures too; they must agree with the board.
      ownRefresh.current = true;
      void refreshSummary().then((shown) => {
        if (!shown) ownRefresh.current = false;
      });
    },
    [refreshSummary],
  );

  const runChange = useCallback<BoardScreenState['runChange']>(
    async (busyText, action, describe) => {
      const shown = board?.scenario;
      if (busyRef.current || !shown) return null;
      busyRef.current = true;
      setBusy(busyText);
      try {
        const result = await action(shown);
        if (!result.ok) {
          showError(result.error);
          return null;
        }
        if (result.value === null) return null;
        const change = result.value;
        if (describe) showChange(change, describe(change), false);
        else showChange(change);
        return change;
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [board?.scenario, showChange, showError],
  );

  return {
    board,
    error,
    busy,
    notice,
    chooseScenario: setScenario,
    runChange,
    showChange: useCallback((change: BoardChangeView) => showChange(change), [showChange]),
    dismissNotice: useCallback(() => setNotice(null), []),
  };
}

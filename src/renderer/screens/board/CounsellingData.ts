import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import type { BoardScreenView, CounsellingView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';

/**
 * The counselling report of the board's scenario, asked for again whenever the board changes.
 * The last report stays on screen while the next is worked out, marked as out of date (so its
 * fixes cannot be applied), and the list does not jump; an answer for an older board is dropped.
 */
export function useCounselling(board: BoardScreenView, scenario: string) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [report, setReport] = useState<{ board: BoardScreenView; view: CounsellingView } | null>(
    null,
  );
  const [failure, setFailure] = useState<{ board: BoardScreenView; error: ApiError } | null>(null);

  useEffect(() => {
    let current = true;
    void api.getCounselling({ scenario }).then((result) => {
      if (!current) return;
      if (result.ok) setReport({ board, view: result.value });
      else {
        setFailure({ board, error: result.error });
        showError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [api, board, scenario, showError]);

  return {
    view: report?.view ?? null,
    /** Why the report for the board shown now could not be made; null otherwise. */
    error: failure?.board === board ? failure.error : null,
    /** True while the report on screen belongs to an earlier board. */
    outOfDate: report?.board !== board,
  };
}

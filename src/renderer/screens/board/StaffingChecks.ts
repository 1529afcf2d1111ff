import { useCallback, useRef, useState } from 'react';
import type { ApiResult } from '../../../shared/api';
import type { BoardScreenView, TeacherCheckView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';

export type CheckResult = ApiResult<TeacherCheckView>;

const NO_RESULTS: ReadonlyMap<string, CheckResult> = new Map();

/** One check per group and teacher (no teacher: the Unstaffed strip). */
export function checkKey(group: string, teacher: string | null): string {
  return `${group}\u0000${teacher ?? ''}`;
}

/**
 * Asks the services whether a teacher may take a group, once per group and teacher for a
 * given board: hovering back and forth during a drag asks once. A new board (after any
 * change) starts afresh, since loads and clashes will have moved.
 */
export function useTeacherChecks(board: BoardScreenView, scenario: string) {
  const api = usePlannerApi();
  const cache = useRef<{ board: BoardScreenView; pending: Map<string, Promise<CheckResult>> }>(
    null,
  );
  const [settled, setSettled] = useState<{
    board: BoardScreenView;
    results: ReadonlyMap<string, CheckResult>;
  } | null>(null);

  const check = useCallback(
    (group: string, teacher: string | null): Promise<CheckResult> => {
      if (cache.current?.board !== board) cache.current = { board, pending: new Map() };
      const key = checkKey(group, teacher);
      const cached = cache.current.pending.get(key);
      if (cached) return cached;
      const pending = api
        .checkTeacher({ scenario, group, teacher })
        .catch((error: unknown): CheckResult => ({
          ok: false,
          error: { code: 'internal', message: `The check could not be made: ${String(error)}` },
        }));
      const asked = cache.current;
      asked.pending.set(key, pending);
      void pending.then((result) => {
        // A failed check is asked again next time rather than remembered.
        if (!result.ok) asked.pending.delete(key);
        setSettled((current) => {
          const results = new Map(current?.board === board ? current.results : NO_RESULTS);
          results.set(key, result);
          return { board, results };
        });
      });
      return pending;
    },
    [api, board, scenario],
  );

  const results = settled?.board === board ? settled.results : NO_RESULTS;
  return { check, results };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimetableFrame } from '../../../core/timetable';
import type { PlannerApi } from '../../../shared/api';
import type { TimetableView } from '../../../shared/contract/timetable';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { sameFrame } from './frame-edits';

export interface TimetableDraft {
  /** The frame as edited on the screen. */
  frame: TimetableFrame;
  /** The latest check of the draft (problems and times); the saved view until one arrives. */
  view: TimetableView;
  changed: boolean;
  saving: boolean;
  /** Why the last save was refused; the draft is kept. */
  refusal: string | null;
  edit(change: (frame: TimetableFrame) => TimetableFrame): void;
  /** Saves the draft, or the frame given (starting again). */
  save(replacement?: TimetableFrame): Promise<boolean>;
  cancel(): void;
}

/**
 * The frame being edited, checked by the services after every change (only the latest answer
 * is shown), saved as a whole or put back. A refused or failed save keeps the draft. The
 * screen mounts a fresh draft (by key) for each saved view it loads.
 */
export function useTimetableDraft(
  saved: TimetableView,
  scenario: string | undefined,
  onSaved: (view: TimetableView) => void,
): TimetableDraft {
  const api: PlannerApi = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const [frame, setFrame] = useState<TimetableFrame>(saved.frame);
  const [view, setView] = useState<TimetableView>(saved);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const latestCheck = useRef(0);

  // The saved view already holds the check of the saved frame against the default scenario.
  const asSaved = frame === saved.frame && (scenario ?? saved.scenario) === saved.scenario;

  useEffect(() => {
    const ticket = ++latestCheck.current;
    if (asSaved) return;
    void api.checkTimetable({ frame, scenario }).then((result) => {
      if (ticket !== latestCheck.current) return;
      if (result.ok) setView(result.value);
      else showError(result.error);
    });
  }, [api, asSaved, frame, scenario, showError]);

  const edit = useCallback((change: (current: TimetableFrame) => TimetableFrame) => {
    setRefusal(null);
    setFrame((current) => change(current));
  }, []);

  const save = useCallback(
    async (replacement?: TimetableFrame) => {
      setSaving(true);
      try {
        const result = await api.saveTimetable({ frame: replacement ?? frame, scenario });
        if (!result.ok) {
          if (result.error.code === 'invalid-edit') setRefusal(result.error.message);
          else showError(result.error);
          return false;
        }
        latestCheck.current += 1;
        setRefusal(null);
        onSaved(result.value);
        await refreshSummary();
        return true;
      } finally {
        setSaving(false);
      }
    },
    [api, frame, onSaved, refreshSummary, scenario, showError],
  );

  const cancel = useCallback(() => {
    setRefusal(null);
    setFrame(saved.frame);
  }, [saved.frame]);

  return {
    frame,
    view: asSaved ? saved : view,
    changed: !sameFrame(frame, saved.frame),
    saving,
    refusal,
    edit,
    save,
    cancel,
  };
}

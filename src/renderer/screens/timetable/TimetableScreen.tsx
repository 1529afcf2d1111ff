import { useCallback, useState } from 'react';
import type { PlanSummaryView, PlannerApi } from '../../../shared/api';
import type { TimetableView } from '../../../shared/contract/timetable';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { usePlanData } from '../../use-plan-data';
import { TimetableEditor, type Panel } from './TimetableEditor';
import './timetable.css';

const loadTimetable = (api: PlannerApi) => api.getTimetable();

/** The timetable frame: the cycle, where each block meets, and the checks on it. */
export function TimetableScreen({ summary }: { summary: PlanSummaryView }) {
  // A new summary means the plan changed elsewhere (an import, a new scenario): reload.
  const { data, error, setData } = usePlanData(loadTimetable, summary);
  // Each saved view gets a fresh draft: loaded, saved, or started again.
  const [generation, setGeneration] = useState(0);
  // Kept here so that a save does not send the user back to the first panel.
  const [scenario, setScenario] = useState<string | undefined>(undefined);
  const [panel, setPanel] = useState<Panel>('cycle');
  const onSaved = useCallback(
    (view: TimetableView) => {
      setData(view);
      setGeneration((value) => value + 1);
    },
    [setData],
  );
  if (!data) return <LoadingOrFailed what="the timetable frame" error={error} />;
  return (
    <TimetableEditor
      key={`${generation}`}
      saved={data}
      onSaved={onSaved}
      scenario={scenario}
      setScenario={setScenario}
      panel={panel}
      setPanel={setPanel}
    />
  );
}

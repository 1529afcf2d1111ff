import { useState } from 'react';
import type { PlanSummaryView } from '../../../shared/api';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { CompareView } from './CompareView';
import { ScenarioList } from './ScenarioList';
import type { ListNotice } from './ListNoticeBar';
import { WhatIfForm } from './WhatIfForm';
import { useScenarios } from './use-scenarios';
import './scenarios.css';

type Mode = { kind: 'list' } | { kind: 'what-if' } | { kind: 'compare'; names: string[] };

/** Scenarios: what-ifs made, built and compared, and the one agreed as the plan. */
export function ScenariosScreen({ summary }: { summary: PlanSummaryView }) {
  const data = useScenarios(summary);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<ListNotice | null>(null);
  const [timeLimit, setTimeLimit] = useState(10);
  const { data: view } = data;
  if (!view) return <LoadingOrFailed what="the scenarios" error={data.error} />;

  const existing = view.scenarios.map((scenario) => scenario.name);
  // Names that were renamed or deleted since they were ticked drop out of the selection.
  const stillSelected = selected.filter((name) => existing.includes(name));

  function compare(names: string[]): void {
    setSelected(names);
    setMode({ kind: 'compare', names });
  }

  return (
    <div className="scenarios-screen">
      {mode.kind === 'list' && (
        <ScenarioList
          view={view}
          data={data}
          selected={stillSelected}
          onSelect={setSelected}
          notice={notice}
          onNotice={setNotice}
          timeLimit={timeLimit}
          onTimeLimit={setTimeLimit}
          onWhatIf={() => setMode({ kind: 'what-if' })}
          onCompare={compare}
        />
      )}
      {mode.kind === 'what-if' && (
        <WhatIfForm
          scenarios={view.scenarios}
          data={data}
          timeLimit={timeLimit}
          onTimeLimit={setTimeLimit}
          onDone={(created) => {
            setNotice(created);
            setMode({ kind: 'list' });
          }}
        />
      )}
      {mode.kind === 'compare' && (
        <CompareView
          names={mode.names.filter((name) => existing.includes(name))}
          onBaseline={(names) => compare(names)}
          onBack={() => setMode({ kind: 'list' })}
        />
      )}
    </div>
  );
}

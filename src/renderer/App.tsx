import { useEffect } from 'react';
import type { PlannerMenuBridge } from '../shared/menu-commands';
import { ErrorBanner } from './components/ErrorBanner';
import { PlanProblemView } from './components/PlanProblemView';

import { StartScreen } from './components/StartScreen';
import { Workspace } from './components/Workspace';
import { usePlanner } from './store-context';

const APP_TITLE = 'KS4 Planner';

export function App() {
  const summary = usePlanner((state) => state.summary);
  const busy = usePlanner((state) => state.busy);
  const problem = usePlanner((state) => state.problem);
  const loadAppInfo = usePlanner((state) => state.loadAppInfo);
  const reopenLastPlan = usePlanner((state) => state.reopenLastPlan);
  const runMenuCommand = usePlanner((state) => state.runMenuCommand);

  useEffect(() => {
    void loadAppInfo();
    void reopenLastPlan();
  }, [loadAppInfo, reopenLastPlan]);

  // The shell's File menu; absent when the page runs without it (the end-to-end tests).
  useEffect(() => {
    const menu = (window as Window & { plannerMenu?: PlannerMenuBridge }).plannerMenu;
    return menu?.onCommand((command) => void runMenuCommand(command));
  }, [runMenuCommand]);

  const fileName = summary?.plan.fileName;
  useEffect(() => {
    document.title = fileName ? `${fileName} — ${APP_TITLE}` : APP_TITLE;
  }, [fileName]);

  return (
    <div className="app" aria-busy={busy !== null}>
      <ErrorBanner />
      {problem ? (
        <PlanProblemView problem={problem} />
      ) : summary ? (
        <Workspace summary={summary} />
      ) : (
        <StartScreen />
      )}
      <div className="busy" role="status" aria-live="polite">
        {busy}
      </div>
    </div>
  );
}

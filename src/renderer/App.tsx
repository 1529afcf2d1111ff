import { useEffect } from 'react';
import { ErrorBanner } from './components/ErrorBanner';

import { StartScreen } from './components/StartScreen';
import { Workspace } from './components/Workspace';
import { usePlanner } from './store-context';

const APP_TITLE = 'KS4 Planner';

export function App() {
  const summary = usePlanner((state) => state.summary);
  const busy = usePlanner((state) => state.busy);
  const loadAppInfo = usePlanner((state) => state.loadAppInfo);

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  const fileName = summary?.plan.fileName;
  useEffect(() => {
    document.title = fileName ? `${fileName} — ${APP_TITLE}` : APP_TITLE;
  }, [fileName]);

  return (
    <div className="app" aria-busy={busy !== null}>
      <ErrorBanner />
      {summary ? <Workspace summary={summary} /> : <StartScreen />}
      <div className="busy" role="status" aria-live="polite">
        {busy}
      </div>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import type { PlanSummaryView } from '../../shared/api';
import { SCREENS } from '../screens/registry';
import { SCREEN_IDS } from '../screens/screen-ids';
import { usePlanner } from '../store-context';
import { StatusBar } from './StatusBar';

/** After Save a copy: where the copy went, and that the open plan is still the one in use. */
function SavedCopyNotice() {
  const savedCopy = usePlanner((state) => state.savedCopy);
  const dismiss = usePlanner((state) => state.dismissSavedCopy);
  return (
    <div className="saved-copy" role="status">
      {savedCopy && (
        <>
          <p>
            Saved a copy as <strong>{savedCopy.copyName}</strong> in{' '}
            <span className="saved-copy-folder">{savedCopy.copyFolder}</span>; you are still working
            on <strong>{savedCopy.planName}</strong>.
          </p>
          <button type="button" className="button subtle" onClick={dismiss}>
            OK
          </button>
        </>
      )}
    </div>
  );
}

/** An open plan: its name, the screens to move between, the current screen and the status bar. */
export function Workspace({ summary }: { summary: PlanSummaryView }) {
  const busy = usePlanner((state) => state.busy) !== null;
  const closePlan = usePlanner((state) => state.closePlan);
  const saveCopy = usePlanner((state) => state.saveCopy);
  const screen = usePlanner((state) => state.screen);
  const showScreen = usePlanner((state) => state.showScreen);
  const heading = useRef<HTMLHeadingElement>(null);
  const { plan } = summary;
  const described = [plan.schoolName, plan.cohort].filter(Boolean).join(' · ');
  const Screen = SCREENS[screen].component;

  // A newly opened plan takes focus, so keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [plan.path]);

  return (
    <div className="workspace">
      <header className="workspace-header">
        <div className="plan-title">
          <h1 id="plan-heading" ref={heading} tabIndex={-1}>
            {plan.fileName}
          </h1>
          {described && <p className="plan-described">{described}</p>}
          <p className="plan-path" title={plan.path}>
            {plan.path}
          </p>
        </div>
        <div className="plan-actions">
          <button type="button" className="button" onClick={saveCopy} disabled={busy}>
            Save a copy…
          </button>
          <button type="button" className="button" onClick={closePlan} disabled={busy}>
            Close plan
          </button>
        </div>
      </header>
      <SavedCopyNotice />
      <nav className="screen-nav" aria-label="Plan screens">
        {SCREEN_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="screen-tab"
            aria-current={id === screen ? 'page' : undefined}
            onClick={() => showScreen(id)}
          >
            {SCREENS[id].label}
          </button>
        ))}
      </nav>
      <main className="screen" aria-label={SCREENS[screen].label} data-screen={screen}>
        <Screen summary={summary} />
      </main>
      <StatusBar summary={summary} />
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { MissingShell } from './components/MissingShell';
import { plannerApi } from './planner';
import { createPlannerStore } from './store';
import { StoreContext } from './store-context';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const api = plannerApi();
const store = api ? createPlannerStore(api) : null;

root.render(
  <StrictMode>
    {store ? (
      <StoreContext value={store}>
        <App />
      </StoreContext>
    ) : (
      <MissingShell />
    )}
  </StrictMode>,
);

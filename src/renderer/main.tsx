import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api-context';
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
    {api && store ? (
      <ApiContext value={api}>
        <StoreContext value={store}>
          <App />
        </StoreContext>
      </ApiContext>
    ) : (
      <MissingShell />
    )}
  </StrictMode>,
);

import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from '../../src/shared/api-methods';
import { createPlannerBridge } from './bridge';

// The page sees window.planner (typed as PlannerApi in src/shared) and no ipcRenderer.
contextBridge.exposeInMainWorld(
  'planner',
  createPlannerBridge((method, payload) => ipcRenderer.invoke(API_CHANNEL, method, payload)),
);

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_CHANNEL } from '../../src/shared/api-methods';
import { MENU_COMMAND_CHANNEL } from '../../src/shared/menu-commands';
import { createPlannerBridge } from './bridge';
import { createMenuBridge } from './menu-bridge';

// The page sees window.planner (typed as PlannerApi in src/shared) and no ipcRenderer.
contextBridge.exposeInMainWorld(
  'planner',
  createPlannerBridge((method, payload) => ipcRenderer.invoke(API_CHANNEL, method, payload)),
);

// The application menu lives in the main process, but what its File items do (dialogs, busy
// states, errors, the problem view) is the page's: the same as its buttons. So the menu sends
// a command and the page runs it. A one-way subscription on its own channel, checked here
// against the known commands, exposes far less than a general `ipcRenderer.on` would; the
// planner API's invoke channel stays the only way to ask the Node side for anything.
contextBridge.exposeInMainWorld(
  'plannerMenu',
  createMenuBridge((deliver) => {
    const listener = (_event: IpcRendererEvent, payload: unknown) => deliver(payload);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, listener);
    };
  }),
);

import { parseMenuCommand, type PlannerMenuBridge } from '../../src/shared/menu-commands';

/** Starts delivering what arrives on the menu channel; returns a function that stops it. */
export type Subscribe = (deliver: (payload: unknown) => void) => () => void;

/**
 * window.plannerMenu: the page may listen for the application menu's commands, and nothing
 * more. Only known commands get through, as fresh plain objects: the page never sees the IPC
 * event (which would hand it the sender) or anything else the channel might carry.
 */
export function createMenuBridge(subscribe: Subscribe): Readonly<PlannerMenuBridge> {
  return Object.freeze({
    onCommand(callback: Parameters<PlannerMenuBridge['onCommand']>[0]) {
      if (typeof callback !== 'function') throw new TypeError('onCommand needs a function.');
      return subscribe((payload) => {
        const command = parseMenuCommand(payload);
        if (command) callback(command);
      });
    },
  });
}

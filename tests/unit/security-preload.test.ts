import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, API_METHODS } from '../../src/shared/api-methods';
import {
  MENU_COMMAND_CHANNEL,
  type MenuCommand,
  type PlannerMenuBridge,
} from '../../src/shared/menu-commands';

/** What the sandboxed preload gives the page: the planner API and the menu subscription. */

type Listener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<Listener>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, value: unknown) => electron.exposed.set(name, value),
  },
  ipcRenderer: {
    invoke: async () => ({ ok: true, value: null }),
    on: (channel: string, listener: Listener) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

/** What the main process would send; the event carries the sender, which must not leak. */
function sendFromMain(payload: unknown): void {
  const event = { sender: { send: () => 'the whole ipcRenderer' } };
  for (const listener of electron.listeners.get(MENU_COMMAND_CHANNEL) ?? []) {
    listener(event, payload);
  }
}

beforeAll(async () => {
  await import('../../electron/preload/index');
});

describe('the preload', () => {
  it('exposes the planner API and the menu subscription, and nothing else', () => {
    expect([...electron.exposed.keys()].sort()).toEqual(['planner', 'plannerMenu']);
    const planner = electron.exposed.get('planner') as Record<string, unknown>;
    expect(Object.keys(planner).sort()).toEqual([...API_METHODS].sort());
    const menu = electron.exposed.get('plannerMenu') as Record<string, unknown>;
    expect(Object.keys(menu)).toEqual(['onCommand']);
    expect(Object.isFrozen(menu)).toBe(true);
  });

  it('listens on no channel until the page subscribes, and stops when it unsubscribes', () => {
    const menu = electron.exposed.get('plannerMenu') as PlannerMenuBridge;
    expect(electron.listeners.get(MENU_COMMAND_CHANNEL)?.size ?? 0).toBe(0);
    const stop = menu.onCommand(() => undefined);
    expect(electron.listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(1);
    stop();
    expect(electron.listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
    expect([...electron.listeners.keys()]).not.toContain(API_CHANNEL);
  });

  it('passes on only known menu commands, as plain objects without the IPC event', () => {
    const menu = electron.exposed.get('plannerMenu') as PlannerMenuBridge;
    const received: unknown[][] = [];
    const stop = menu.onCommand((...args: unknown[]) => received.push(args));
    const known: MenuCommand[] = [
      { name: 'new-plan' },
      { name: 'open-plan' },
      { name: 'save-copy' },
      { name: 'close-plan' },
      { name: 'open-recent', recentId: '0a1b2c3d4e5f60718293a4b5' },
    ];
    for (const command of known) sendFromMain({ ...command, extra: 'dropped' });
    for (const junk of [
      null,
      'new-plan',
      { name: 'quit-app' },
      { name: 'open-recent' },
      { name: 'open-recent', recentId: '/home/head/Documents/plan.ks4' },
      { name: 'open-recent', recentId: 42 },
      { name: '__proto__' },
    ]) {
      sendFromMain(junk);
    }
    stop();
    expect(received).toEqual(known.map((command) => [command]));
  });

  it('refuses a subscription that is not a function', () => {
    const menu = electron.exposed.get('plannerMenu') as PlannerMenuBridge;
    expect(() => menu.onCommand('alert(1)' as never)).toThrow(/needs a function/);
  });

  it('uses only contextBridge and ipcRenderer from Electron', () => {
    const source = readFileSync(
      new URL('../../electron/preload/index.ts', import.meta.url),
      'utf8',
    );
    const electronImport = /import\s*\{([^}]*)\}\s*from\s*'electron'/.exec(source)?.[1] ?? '';
    const names = electronImport
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '));
    expect(names.sort()).toEqual(['contextBridge', 'ipcRenderer']);
    const ipcUses = [...source.matchAll(/ipcRenderer\.(\w+)/g)].map((match) => match[1]);
    expect([...new Set(ipcUses)].sort()).toEqual(['invoke', 'on', 'removeListener']);
  });
});

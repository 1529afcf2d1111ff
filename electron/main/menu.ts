import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/shared/menu-commands';

/** A recent plan as the menu shows it; the id is what the page gets back, never a path. */
export interface RecentMenuEntry {
  id: string;
  fileName: string;
  exists: boolean;
}

export interface AppMenuOptions {
  isMac: boolean;
  isDevelopment: boolean;
  /** Save a Copy and Close Plan need an open plan. */
  planOpen: boolean;
  recentPlans: readonly RecentMenuEntry[];
  /** Hands a chosen command to the page, which runs it as if its button had been pressed. */
  send: (command: MenuCommand) => void;
}

/**
 * The File menu drives the same actions as the page's buttons (the page owns busy states,
 * errors and what is shown), so each item only sends its command. The rest are standard
 * roles, replacing Electron's default menu, whose Help items open websites: the planner works
 * offline and opens nothing outside itself.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { isMac, send } = options;
  const item = (
    label: string,
    accelerator: string | undefined,
    command: MenuCommand,
    enabled = true,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    enabled,
    click: () => send(command),
  });

  const fileMenu: MenuItemConstructorOptions[] = [
    item('New Plan…', 'CmdOrCtrl+N', { name: 'new-plan' }),
    item('Open Plan…', 'CmdOrCtrl+O', { name: 'open-plan' }),
    { label: 'Open Recent', submenu: recentSubmenu(options.recentPlans, send) },
    { type: 'separator' },
    item('Save a Copy As…', 'CmdOrCtrl+Shift+S', { name: 'save-copy' }, options.planOpen),
    { type: 'separator' },
    item('Close Plan', 'CmdOrCtrl+W', { name: 'close-plan' }, options.planOpen),
    // On macOS, Quit lives in the app menu.
    ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
  ];

  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: fileMenu },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(options.isDevelopment
          ? [
              { role: 'reload' as const },
              { role: 'toggleDevTools' as const },
              { type: 'separator' as const },
            ]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

function recentSubmenu(
  entries: readonly RecentMenuEntry[],
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  if (entries.length === 0) return [{ label: 'No recent plans', enabled: false }];
  return entries.map((entry) => ({
    // A file that has gone stays listed, so the user can see why it is not there.
    label: entry.exists ? menuLabel(entry.fileName) : `${menuLabel(entry.fileName)} (missing)`,
    enabled: entry.exists,
    click: () => send({ name: 'open-recent', recentId: entry.id }),
  }));
}

/** A file name as a label: a single & would otherwise mark the next letter as a shortcut. */
export function menuLabel(text: string): string {
  return text.replaceAll('&', '&&');
}

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, menuLabel, type AppMenuOptions } from '../../electron/main/menu';
import { parseMenuCommand, type MenuCommand } from '../../src/shared/menu-commands';

/**
 * The application menu: the File items send the page the same commands as its buttons, and
 * nothing in the menu opens anything outside the app.
 */

vi.mock('electron', () => ({ Menu: {} }));

function template(overrides: Partial<AppMenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const menu = appMenuTemplate({
    isMac: false,
    isDevelopment: false,
    planOpen: true,
    recentPlans: [
      { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', fileName: 'Year 9 2026.ks4', exists: true },
      { id: 'bbbbbbbbbbbbbbbbbbbbbbbb', fileName: 'Maths & Science.ks4', exists: true },
      { id: 'cccccccccccccccccccccccc', fileName: 'Old plan.ks4', exists: false },
    ],
    send: (command) => sent.push(command),
    ...overrides,
  });
  return { menu, sent };
}

function submenuOf(items: MenuItemConstructorOptions[], label: string) {
  const found = items.find((item) => item.label === label);
  return (found?.submenu ?? []) as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('the File menu', () => {
  it('has New, Open, Open Recent, Save a Copy As and Close Plan with the usual shortcuts', () => {
    const file = submenuOf(template().menu, 'File');
    const items = file
      .filter((item) => item.type !== 'separator')
      .map((item) => [item.label ?? item.role, item.accelerator ?? null]);
    expect(items).toEqual([
      ['New Plan…', 'CmdOrCtrl+N'],
      ['Open Plan…', 'CmdOrCtrl+O'],
      ['Open Recent', null],
      ['Save a Copy As…', 'CmdOrCtrl+Shift+S'],
      ['Close Plan', 'CmdOrCtrl+W'],
      ['quit', null],
    ]);
  });

  it('sends the command of each item to the page', () => {
    const { menu, sent } = template();
    const file = submenuOf(menu, 'File');
    for (const label of ['New Plan…', 'Open Plan…', 'Save a Copy As…', 'Close Plan']) {
      click(file.find((item) => item.label === label));
    }
    expect(sent).toEqual([
      { name: 'new-plan' },
      { name: 'open-plan' },
      { name: 'save-copy' },
      { name: 'close-plan' },
    ]);
    // Each command is one the preload lets through.
    for (const command of sent) expect(parseMenuCommand(command)).toEqual(command);
  });

  it('lists recent plans by name, opening them by id, with missing files shown and disabled', () => {
    const { menu, sent } = template();
    const recent = submenuOf(submenuOf(menu, 'File'), 'Open Recent');
    expect(recent.map((item) => [item.label, item.enabled])).toEqual([
      ['Year 9 2026.ks4', true],
      ['Maths && Science.ks4', true],
      ['Old plan.ks4 (missing)', false],
    ]);
    click(recent[1]);
    expect(sent).toEqual([{ name: 'open-recent', recentId: 'bbbbbbbbbbbbbbbbbbbbbbbb' }]);
    expect(parseMenuCommand(sent[0])).toEqual(sent[0]);
  });

  it('says when there are no recent plans', () => {
    const recent = submenuOf(submenuOf(template({ recentPlans: [] }).menu, 'File'), 'Open Recent');
    expect(recent).toEqual([{ label: 'No recent plans', enabled: false }]);
  });

  it('offers Save a Copy and Close Plan only while a plan is open', () => {
    const file = submenuOf(template({ planOpen: false }).menu, 'File');
    const enabled = (label: string) => file.find((item) => item.label === label)?.enabled;
    expect(enabled('Save a Copy As…')).toBe(false);
    expect(enabled('Close Plan')).toBe(false);
    expect(enabled('New Plan…')).toBe(true);
    expect(enabled('Open Plan…')).toBe(true);
  });

  it('keeps Quit in the app menu on macOS', () => {
    const { menu } = template({ isMac: true });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(submenuOf(menu, 'File').some((item) => item.role === 'quit')).toBe(false);
  });
});

describe('the rest of the menu', () => {
  it('has no Help menu or item that opens a website', () => {
    const { menu } = template();
    const all = JSON.stringify(menu);
    expect(all).not.toMatch(/https?:|help/i);
    expect(menu.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'windowMenu',
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      submenuOf(template({ isDevelopment }).menu, 'View').map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('shows an ampersand in a file name as itself', () => {
    expect(menuLabel('R&D & Art.ks4')).toBe('R&&D && Art.ks4');
  });
});

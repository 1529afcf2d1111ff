/**
 * The application menu's commands, sent from the shell to the page on their own channel. Kept
 * free of zod and of anything else, like api-methods.ts, because the sandboxed preload checks
 * every command against this list before the page sees it.
 */
export const MENU_COMMAND_CHANNEL = 'planner:menu-command';

/** Commands that need nothing but their name. */
export const SIMPLE_MENU_COMMANDS = ['new-plan', 'open-plan', 'save-copy', 'close-plan'] as const;

export type SimpleMenuCommand = (typeof SIMPLE_MENU_COMMANDS)[number];

export type MenuCommand = { name: SimpleMenuCommand } | { name: 'open-recent'; recentId: string };

/** Recent plan ids are short hex digests (see src/services/recent-plans.ts), never paths. */
const RECENT_ID = /^[0-9a-f]{1,64}$/;

/** The command as a fresh plain object, or null for anything that is not a known command. */
export function parseMenuCommand(value: unknown): MenuCommand | null {
  if (value === null || typeof value !== 'object') return null;
  const { name, recentId } = value as { name?: unknown; recentId?: unknown };
  if ((SIMPLE_MENU_COMMANDS as readonly unknown[]).includes(name)) {
    return { name: name as SimpleMenuCommand };
  }
  if (name === 'open-recent' && typeof recentId === 'string' && RECENT_ID.test(recentId)) {
    return { name, recentId };
  }
  return null;
}

/** What the preload exposes to the page as window.plannerMenu. */
export interface PlannerMenuBridge {
  /** Calls back with each menu command; returns a function that stops listening. */
  onCommand(callback: (command: MenuCommand) => void): () => void;
}

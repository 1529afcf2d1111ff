import { useEffect, useRef } from 'react';

/**
 * When a row's editor closes, focus goes back to that row's Edit button, so keyboard users
 * carry on from where they were.
 */
export function useEditFocus(editing: string | null, buttonId: (key: string) => string): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (editing === null && last.current !== null) {
      document.getElementById(buttonId(last.current))?.focus();
    }
    last.current = editing;
  }, [editing, buttonId]);
}

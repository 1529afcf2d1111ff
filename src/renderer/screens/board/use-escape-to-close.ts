import { useEffect } from 'react';

/**
 * Escape closes a panel wherever focus is, unless something else used the key first (a drag
 * being cancelled, a dialog closing), which marks it as handled.
 */
export function useEscapeToClose(onClose: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // A dialog above the panel takes Escape for itself.
      if (document.querySelector('dialog[open]')) return;
      onClose();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
}

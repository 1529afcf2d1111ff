import type { ChangeNotice } from './use-board';

/** After each change, what it was, with Undo at hand; read out politely by screen readers. */
export function ChangeNoticeBar({
  notice,
  canUndo,
  busy,
  onUndo,
  onDismiss,
}: {
  notice: ChangeNotice | null;
  canUndo: boolean;
  busy: boolean;
  onUndo(): void;
  onDismiss(): void;
}) {
  return (
    <div className="change-notice" aria-live="polite">
      {notice && (
        <p key={notice.id}>
          <span className="change-notice-text" title={notice.text}>
            {notice.text}
          </span>
          {notice.offerUndo && canUndo && (
            <>
              {' — '}
              <button
                type="button"
                className="link-button"
                aria-disabled={busy || undefined}
                onClick={onUndo}
              >
                Undo
              </button>
            </>
          )}
          <button
            type="button"
            className="link-button change-notice-dismiss"
            aria-label="Dismiss this notice"
            onClick={onDismiss}
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}

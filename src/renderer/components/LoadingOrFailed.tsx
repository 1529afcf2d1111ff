import type { ApiError } from '../../shared/api';

/** What a screen shows before its data arrives: a loading note, or why it could not load. */
export function LoadingOrFailed({ what, error }: { what: string; error: ApiError | null }) {
  if (!error) return <p className="empty">Loading {what}…</p>;
  return (
    <p className="empty" role="alert">
      {what.charAt(0).toUpperCase() + what.slice(1)} could not be shown: {error.message}
    </p>
  );
}

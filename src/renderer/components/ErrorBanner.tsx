import { errorTitle } from '../error-text';
import { usePlanner } from '../store-context';

export function ErrorBanner() {
  const error = usePlanner((state) => state.error);
  const dismiss = usePlanner((state) => state.dismissError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-error-code={error.code}>
      <div>
        <p className="error-title">{errorTitle(error.code)}</p>
        <p className="error-message">{error.message}</p>
      </div>
      <button type="button" className="button subtle" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

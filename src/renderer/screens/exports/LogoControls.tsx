import { useState } from 'react';
import type { ApiResult } from '../../../shared/api';
import type { LetterTemplateView } from '../../../shared/contract/exports';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';

interface LogoControlsProps {
  logo: LetterTemplateView['logo'];
  reload(): Promise<void>;
}

/** The logo printed top right of each letter: chosen in a dialog, checked and saved at once. */
export function LogoControls({ logo, reload }: LogoControlsProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [busy, setBusy] = useState(false);

  const run = async (change: () => Promise<ApiResult<LetterTemplateView | null>>) => {
    setBusy(true);
    try {
      const result = await change();
      if (!result.ok) showError(result.error);
      else if (result.value !== null) await reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="logo-controls">
      <span className="logo-state">
        {logo
          ? `Logo: a ${logo.format.toUpperCase()} image, ${logo.kilobytes} KB`
          : 'No logo: letters show the school name only.'}
      </span>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run(() => api.chooseLetterLogo())}
      >
        {logo ? 'Change logo…' : 'Choose logo…'}
      </button>
      {logo && (
        <button
          type="button"
          className="button subtle"
          disabled={busy}
          onClick={() => void run(() => api.removeLetterLogo())}
        >
          Remove logo
        </button>
      )}
    </div>
  );
}

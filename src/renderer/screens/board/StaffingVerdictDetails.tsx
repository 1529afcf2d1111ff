import type { DropVerdict } from './StaffingVerdict';

/** Allowed or refused, with the services' reasons and warnings in full. */
export function VerdictDetails({ verdict }: { verdict: DropVerdict }) {
  switch (verdict.kind) {
    case 'same':
      return <p className="staffing-verdict-text">Teaches this group now.</p>;
    case 'checking':
      return <p className="staffing-verdict-text">Checking…</p>;
    case 'failed':
      return <p className="staffing-verdict-text refused">Could not check: {verdict.message}</p>;
    case 'refused':
      return (
        <div className="staffing-verdict-text refused">
          <p>✗ Cannot take it:</p>
          <ul>
            {verdict.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      );
    case 'allowed':
      return (
        <div className="staffing-verdict-text allowed">
          <p>✓ Can take it{verdict.warnings.length > 0 ? ', but:' : '.'}</p>
          {verdict.warnings.length > 0 && (
            <ul className="staffing-warnings">
              {verdict.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </div>
      );
  }
}

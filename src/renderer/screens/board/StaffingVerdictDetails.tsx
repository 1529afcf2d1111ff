import type { DropVerdict } from './StaffingVerdict';

/**
 * Allowed or refused, with the services' reasons and warnings in full; `nobody` when the
 * choice is to leave the group without a teacher.
 */
export function VerdictDetails({
  verdict,
  nobody = false,
}: {
  verdict: DropVerdict;
  nobody?: boolean;
}) {
  const action = nobody ? 'be left without a teacher' : 'take it';
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
          <p>✗ Cannot {action}:</p>
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
          <p>
            ✓ Can {action}
            {verdict.warnings.length > 0 ? ', but:' : '.'}
          </p>
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

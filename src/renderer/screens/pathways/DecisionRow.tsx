import { useId, useState } from 'react';
import type { PathwayView, PupilDecisionView } from '../../../shared/contract/pathways';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { BAND_NAMES, routeLabel, whenText } from './words';

interface DecisionRowProps {
  row: PupilDecisionView;
  pathways: PathwayView[];
  onDecided(): Promise<void>;
}

/** The form under a pupil's row: confirming with a reason, or choosing another route. */
type Deciding = { kind: 'confirm' } | { kind: 'override' } | null;

/** One pupil: what is recommended and why, what is agreed, and the buttons to decide. */
export function DecisionRow({ row, pathways, onDecided }: DecisionRowProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [route, setRoute] = useState(row.recommendation?.pathway ?? pathways[0]?.code ?? '');
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const { recommendation, decision } = row;
  const flagged = Boolean(recommendation?.needsReview) && decision === null;
  const canConfirm =
    recommendation?.pathway != null &&
    row.agreedPathway?.toUpperCase() !== recommendation.pathway.toUpperCase();

  async function confirm(withReason?: string) {
    setSaving(true);
    try {
      const result = await api.confirmPathway({ upn: row.upn, reason: withReason });
      if (result.ok) {
        setDeciding(null);
        await onDecided();
      } else if (result.error.code === 'invalid-edit') setRefusal(result.error.message);
      else showError(result.error);
    } finally {
      setSaving(false);
    }
  }

  async function override() {
    setSaving(true);
    try {
      const result = await api.overridePathway({ upn: row.upn, pathway: route, reason });
      if (result.ok) {
        setDeciding(null);
        await onDecided();
      } else if (result.error.code === 'invalid-edit') setRefusal(result.error.message);
      else showError(result.error);
    } finally {
      setSaving(false);
    }
  }

  function open(kind: 'confirm' | 'override') {
    setRefusal(null);
    setReason('');
    setDeciding({ kind });
  }

  const reasonMissing = reason.trim() === '';
  return (
    <>
      <tr className={flagged ? 'flagged' : undefined}>
        <th scope="row">
          {row.name}
          <span className="upn">{row.upn}</span>
          <span className="band">
            {row.band ? BAND_NAMES[row.band] : 'Prior attainment not known'}
          </span>
        </th>
        <td>
          {recommendation === null ? (
            <span className="muted">Not recommended yet</span>
          ) : (
            <>
              <strong>{routeLabel(pathways, recommendation.pathway)}</strong>
              {flagged && <span className="badge review">Needs a human decision</span>}
              <p className="decision-reason">{recommendation.reason}</p>
              {recommendation.needsReview && recommendation.reviewReasons.length > 0 && (
                <ul className="review-reasons">
                  {recommendation.reviewReasons.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </td>
        <td>
          {row.agreedPathway === null ? (
            <span className="muted">Not agreed</span>
          ) : (
            <>
              <strong>{routeLabel(pathways, row.agreedPathway)}</strong>
              <span className="badge agreed">Agreed</span>
              <p className="decision-reason">
                {decision === null
                  ? 'Given in the pupils file.'
                  : `${decision.kind === 'confirmed' ? 'Recommendation confirmed' : 'Chosen instead of the recommendation'} on ${whenText(decision.decidedAt)}.`}
                {decision?.reason && <> Reason: {decision.reason}</>}
              </p>
            </>
          )}
        </td>
        <td className="decision-actions">
          {canConfirm && (
            <button
              type="button"
              className="button small"
              disabled={saving}
              aria-label={`Confirm ${routeLabel(pathways, recommendation?.pathway ?? null)} for ${row.name}`}
              onClick={() => (recommendation?.needsReview ? open('confirm') : void confirm())}
            >
              Confirm
            </button>
          )}
          <button
            type="button"
            className="button small subtle"
            disabled={saving || pathways.length === 0}
            aria-label={`Choose another route for ${row.name}`}
            aria-expanded={deciding?.kind === 'override'}
            onClick={() => open('override')}
          >
            Override…
          </button>
        </td>
      </tr>
      {deciding && (
        <tr className="decision-form-row">
          <td colSpan={4}>
            <form
              id={formId}
              className="decision-form"
              aria-label={
                deciding.kind === 'confirm'
                  ? `Confirm the route for ${row.name}`
                  : `Choose a route for ${row.name}`
              }
              onSubmit={(event) => {
                event.preventDefault();
                if (reasonMissing) return;
                void (deciding.kind === 'confirm' ? confirm(reason) : override());
              }}
            >
              {deciding.kind === 'confirm' ? (
                <p>
                  The {routeLabel(pathways, recommendation?.pathway ?? null)} was flagged for
                  review. Say why it is right for {row.name} before confirming it.
                </p>
              ) : (
                <label>
                  <span>Route</span>
                  <select value={route} onChange={(event) => setRoute(event.target.value)}>
                    {pathways.map((pathway) => (
                      <option key={pathway.code} value={pathway.code}>
                        {pathway.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <label className="decision-reason-field">
                <span>Reason (required)</span>
                <textarea
                  value={reason}
                  rows={2}
                  maxLength={1000}
                  required
                  autoFocus
                  onChange={(event) => {
                    setRefusal(null);
                    setReason(event.target.value);
                  }}
                />
              </label>
              <div className="decision-form-actions">
                <button
                  type="submit"
                  className="button primary small"
                  disabled={saving || reasonMissing}
                >
                  {deciding.kind === 'confirm' ? 'Confirm with this reason' : 'Agree this route'}
                </button>
                <button type="button" className="button small" onClick={() => setDeciding(null)}>
                  Cancel
                </button>
              </div>
              {refusal && (
                <p className="editor-refusal" role="alert">
                  {refusal}
                </p>
              )}
            </form>
          </td>
        </tr>
      )}
    </>
  );
}

import { useState } from 'react';
import type { ChoicesAnalysisView } from '../../../shared/contract/analysis';
import { DemandChart } from './DemandChart';
import { DemandFigures } from './DemandFigures';

/** Demand per course as a chart, or as a table for keyboard and screen reader users. */
export function DemandView({ analysis }: { analysis: ChoicesAnalysisView }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="choices-panel" aria-labelledby="demand-view-heading">
      <div className="panel-heading">
        <h2 id="demand-view-heading">Demand per course</h2>
        <button
          type="button"
          className="button subtle"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {asTable ? 'Show as a chart' : 'Show as a table'}
        </button>
      </div>
      <p className="panel-note">
        Groups needed: enough groups to seat every pupil who chose the course at its maximum group
        size. Reserves are shown apart: they are taken only instead of a choice.
      </p>
      {asTable ? (
        <DemandFigures courses={analysis.courses} />
      ) : (
        <DemandChart courses={analysis.courses} />
      )}
    </section>
  );
}

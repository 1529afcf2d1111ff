import { OTHER_EXPORTS } from './export-words';
import type { ExportsData } from './use-exports';

/** One button per export of the scenario, each with what it is for. */
export function OtherExports({ data, hasScenario }: { data: ExportsData; hasScenario: boolean }) {
  return (
    <section className="exports-panel other-exports" aria-labelledby="other-exports-heading">
      <h2 id="other-exports-heading">Other exports</h2>
      <ul className="export-list">
        {OTHER_EXPORTS.map((entry) => (
          <li key={entry.kind} className="export-item">
            <button
              type="button"
              className="button"
              disabled={!hasScenario || data.running !== null}
              aria-describedby={`export-${entry.kind}-purpose`}
              onClick={() => void data.runExport(entry.kind)}
            >
              {data.running === entry.kind ? 'Writing…' : entry.title}
            </button>
            <p className="export-purpose" id={`export-${entry.kind}-purpose`}>
              {entry.purpose}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

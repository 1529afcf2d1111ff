import { useState } from 'react';
import type { ChoiceViolationView, PathwaysView } from '../../../shared/contract/pathways';
import { countOf } from './words';

/** One pupil's broken rules on one route. */
interface PupilProblems {
  upn: string;
  name: string;
  source: ChoiceViolationView['source'];
  problems: { rule: string; problem: string }[];
}

function byPupil(violations: readonly ChoiceViolationView[]): PupilProblems[] {
  const pupils = new Map<string, PupilProblems>();
  for (const violation of violations) {
    const entry = pupils.get(violation.upn) ?? {
      upn: violation.upn,
      name: violation.name,
      source: violation.source,
      problems: [],
    };
    entry.problems.push({ rule: violation.rule, problem: violation.problem });
    pupils.set(violation.upn, entry);
  }
  return [...pupils.values()];
}

/** The pupils whose choices break their route's rules, grouped by route. */
export function ChoicesView({ view }: { view: PathwaysView }) {
  const [route, setRoute] = useState('');
  const shown = view.pathways.filter((pathway) => route === '' || pathway.code === route);
  const total = new Set(view.violations.map((violation) => violation.upn)).size;

  return (
    <div className="choices-against-routes">
      <div className="pathways-toolbar">
        <p className="pathways-lead">
          {total === 0
            ? "Every pupil's choices meet the rules of their route."
            : `${countOf(total, 'pupil')} made choices that break their route's rules. A pupil with no agreed route is checked against the route recommended for them.`}
        </p>
        <label className="inline-field">
          <span>Route</span>
          <select value={route} onChange={(event) => setRoute(event.target.value)}>
            <option value="">All routes</option>
            {view.pathways.map((pathway) => (
              <option key={pathway.code} value={pathway.code}>
                {pathway.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.map((pathway) => {
        const pupils = byPupil(
          view.violations.filter((violation) => violation.route === pathway.code),
        );
        return (
          <section
            key={pathway.code}
            className="violation-group"
            aria-labelledby={`violations-${pathway.code}`}
          >
            <h2 id={`violations-${pathway.code}`}>
              {pathway.name}{' '}
              <span className="violation-count">
                {pupils.length === 0 ? 'no problems' : countOf(pupils.length, 'pupil')}
              </span>
            </h2>
            {pupils.length > 0 && (
              <div className="table-scroll">
                <table className="pathways-table">
                  <thead>
                    <tr>
                      <th scope="col">Pupil</th>
                      <th scope="col">Route</th>
                      <th scope="col">The rule</th>
                      <th scope="col">The problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pupils.flatMap((pupil) =>
                      pupil.problems.map((entry, index) => (
                        <tr key={`${pupil.upn}-${index}`}>
                          {index === 0 && (
                            <th scope="row" rowSpan={pupil.problems.length}>
                              {pupil.name}
                              <span className="upn">{pupil.upn}</span>
                            </th>
                          )}
                          {index === 0 && (
                            <td rowSpan={pupil.problems.length}>
                              {pupil.source === 'agreed' ? 'Agreed' : 'Recommended'}
                            </td>
                          )}
                          <td>{capitalised(entry.rule)}</td>
                          <td>{capitalised(entry.problem)}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

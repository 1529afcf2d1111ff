import { useId, useState } from 'react';
import type { CohortPupilView, CourseRef } from '../../../shared/contract/cohort';
import type { WhatIfEditView } from '../../../shared/contract/scenarios';
import { pupilName } from '../cohort/PupilFlags';
import { AddButton } from './CourseEditFields';
import { useCohort } from './use-plan-lookups';
import { Field } from './Field';

/** Matches shown at once: enough to pick from, few enough to scan. */
const MATCHES_SHOWN = 8;
const LIMITS = { choices: 12, reserves: 6 } as const;
type ListName = keyof typeof LIMITS;
const WORDS: Record<ListName, { legend: string; one: string }> = {
  choices: { legend: 'Choices, most wanted first', one: 'choice' },
  reserves: { legend: 'Reserves, in order', one: 'reserve' },
};

/** Change a pupil's choices: find the pupil by name, form or UPN, then edit both lists. */
export function PupilChoicesFields({ onAdd }: { onAdd(edit: WhatIfEditView): void }) {
  const cohort = useCohort();
  const [search, setSearch] = useState('');
  const [pupil, setPupil] = useState<CohortPupilView | null>(null);
  const [lists, setLists] = useState<Record<ListName, string[]>>({ choices: [], reserves: [] });
  const [problem, setProblem] = useState<string | null>(null);
  const matchesId = useId();

  if (!cohort) return <p className="muted">Loading the pupils…</p>;
  const matches = search.trim() === '' ? [] : matching(cohort.pupils, search);

  function choose(next: CohortPupilView): void {
    setPupil(next);
    setLists({ choices: next.choices, reserves: next.reserves });
    setSearch('');
    setProblem(null);
  }

  function add(): void {
    if (!pupil) {
      setProblem('Find a pupil first.');
      return;
    }
    const choices = lists.choices.filter((code) => code !== '');
    const reserves = lists.reserves.filter((code) => code !== '');
    const all = [...choices, ...reserves];
    const twice = all.find((code, index) => all.indexOf(code) !== index);
    if (twice) {
      setProblem(
        `${courseName(cohort?.courses ?? [], twice)} is listed twice for ${pupilName(pupil)}.`,
      );
      return;
    }
    onAdd({ kind: 'change-choices', upn: pupil.upn, choices, reserves });
    setPupil(null);
    setProblem(null);
  }

  return (
    <div className="edit-fields">
      <Field label="Find a pupil">
        {(id) => (
          <input
            id={id}
            type="search"
            value={search}
            placeholder="Name, form or UPN"
            onChange={(event) => setSearch(event.target.value)}
            aria-controls={matchesId}
          />
        )}
      </Field>
      <ul id={matchesId} className="pupil-matches" aria-label="Pupils found">
        {matches.map((match) => (
          <li key={match.upn}>
            <button type="button" className="pupil-match" onClick={() => choose(match)}>
              {pupilName(match)}
              <span className="muted">
                {' '}
                {match.form ?? 'No form'} · {match.upn}
              </span>
            </button>
          </li>
        ))}
        {search.trim() !== '' && matches.length === 0 && (
          <li className="muted">No pupil matches “{search.trim()}”.</li>
        )}
      </ul>
      {pupil && (
        <div className="pupil-lists" aria-label={`${pupilName(pupil)}’s choices`} role="group">
          <p>
            <strong>{pupilName(pupil)}</strong> <span className="muted">{pupil.form}</span>
          </p>
          {(['choices', 'reserves'] as const).map((list) => (
            <CourseList
              key={list}
              list={list}
              codes={lists[list]}
              courses={cohort.courses}
              onChange={(codes) => setLists({ ...lists, [list]: codes })}
            />
          ))}
        </div>
      )}
      <AddButton problem={problem} onAdd={add} />
    </div>
  );
}

function CourseList(props: {
  list: ListName;
  codes: string[];
  courses: CourseRef[];
  onChange(codes: string[]): void;
}) {
  const { list, codes } = props;
  const words = WORDS[list];
  return (
    <fieldset className="course-list">
      <legend>{words.legend}</legend>
      <ol>
        {codes.map((code, index) => (
          <li key={`${list}-${index}`}>
            <select
              aria-label={`${words.one === 'choice' ? 'Choice' : 'Reserve'} ${index + 1}`}
              value={code}
              onChange={(event) => props.onChange(codes.with(index, event.target.value))}
            >
              <option value="">Choose a course…</option>
              {props.courses.map((course) => (
                <option key={course.code} value={course.code}>
                  {course.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${courseName(props.courses, code)}`}
              onClick={() => props.onChange(codes.toSpliced(index, 1))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {codes.length < LIMITS[list] && (
        <button
          type="button"
          className="button small subtle"
          onClick={() => props.onChange([...codes, ''])}
        >
          Add a {words.one}
        </button>
      )}
    </fieldset>
  );
}

function matching(pupils: CohortPupilView[], search: string): CohortPupilView[] {
  const words = search.trim().toLowerCase().split(/\s+/);
  return pupils
    .filter((pupil) => {
      const text =
        `${pupil.forename} ${pupil.surname} ${pupil.form ?? ''} ${pupil.upn}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .slice(0, MATCHES_SHOWN);
}

function courseName(courses: readonly CourseRef[], code: string): string {
  if (code === '') return 'the empty line';
  return courses.find((course) => course.code === code)?.name ?? code;
}

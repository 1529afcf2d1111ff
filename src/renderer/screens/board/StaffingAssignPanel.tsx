import { useEffect, useMemo, useRef } from 'react';
import { checkKey, type CheckResult } from './StaffingChecks';
import type { CombingRowView, StaffedGroup } from './StaffingLookups';
import { verdictOf, type DropVerdict } from './StaffingVerdict';
import { VerdictDetails } from './StaffingVerdictDetails';
import {
  blocksBusyText,
  blocksText,
  groupText,
  loadText,
  plural,
  taughtByText,
  teacherText,
} from './StaffingWords';

/**
 * The way to reassign without dragging: the chosen group's qualified teachers (and "nobody"),
 * each checked by the services, with a button for those who can take it.
 */
export function StaffingAssignPanel({
  group,
  rows,
  results,
  check,
  busy,
  onAssign,
  onClose,
}: {
  group: StaffedGroup;
  rows: readonly CombingRowView[];
  results: ReadonlyMap<string, CheckResult>;
  check: (group: string, teacher: string | null) => Promise<CheckResult>;
  busy: boolean;
  onAssign: (group: string, teacher: string | null) => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const current = group.teacher?.code ?? null;
  const qualified = useMemo(
    () => rows.filter((row) => row.courses.includes(group.courseCode) && row.code !== current),
    [rows, group.courseCode, current],
  );
  const others = rows.length - qualified.length - (current === null ? 0 : 1);

  useEffect(() => heading.current?.focus(), [group.group]);

  useEffect(() => {
    for (const row of qualified) void check(group.group, row.code);
    if (current !== null) void check(group.group, null);
  }, [check, group.group, qualified, current]);

  return (
    <section
      className="staffing-assign"
      aria-labelledby="staffing-assign-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="staffing-assign-header">
        <h3 id="staffing-assign-heading" ref={heading} tabIndex={-1}>
          Assign {groupText(group)}
        </h3>
        <button type="button" className="button subtle" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="staffing-assign-now">
        In {blocksText(group.blocks)}, {taughtByText(group)}.
      </p>
      {qualified.length === 0 && (
        <p className="staffing-assign-none">
          No other teacher in the plan teaches {group.courseName}. Add the course to a teacher on
          the Courses and staff screen first.
        </p>
      )}
      <ul className="staffing-assign-list" aria-label={`Teachers for ${group.group}`}>
        {qualified.map((row) => (
          <Candidate
            key={row.code}
            name={teacherText(row)}
            details={`${blocksBusyText(row, group.blocks)}; load ${loadText(row)}`}
            verdict={verdictOf(results.get(checkKey(group.group, row.code)))}
            busy={busy}
            onAssign={() => onAssign(group.group, row.code)}
          />
        ))}
        {current !== null && (
          <Candidate
            name="Nobody"
            details="leaves the group unstaffed"
            verdict={verdictOf(results.get(checkKey(group.group, null)))}
            busy={busy}
            onAssign={() => onAssign(group.group, null)}
          />
        )}
      </ul>
      {others > 0 && (
        <p className="staffing-assign-others">
          {plural(others, 'other teacher')} {others === 1 ? 'does' : 'do'} not teach{' '}
          {group.courseName} and {others === 1 ? 'is' : 'are'} not listed.
        </p>
      )}
    </section>
  );
}

function Candidate({
  name,
  details,
  verdict,
  busy,
  onAssign,
}: {
  name: string;
  details: string;
  verdict: DropVerdict;
  busy: boolean;
  onAssign: () => void;
}) {
  return (
    <li className={`staffing-candidate verdict-${verdict.kind}`}>
      <div className="staffing-candidate-who">
        <span className="staffing-candidate-name">{name}</span>
        <span className="staffing-candidate-details">{details}</span>
      </div>
      <VerdictDetails verdict={verdict} nobody={name === 'Nobody'} />
      <button
        type="button"
        className="button"
        disabled={busy || verdict.kind !== 'allowed'}
        onClick={onAssign}
        aria-label={name === 'Nobody' ? 'Leave without a teacher' : `Assign to ${name}`}
      >
        {name === 'Nobody' ? 'Leave unstaffed' : 'Assign'}
      </button>
    </li>
  );
}

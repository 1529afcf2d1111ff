import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CohortPupilView } from '../../../shared/contract/cohort';
import { courseName, type CourseNames } from './course-names';
import { BAND_WORDS, priorAttainmentText, PupilFlags, pupilName } from './PupilFlags';

/** Every row is one line high, so the rows in view follow from the scroll position alone. */
const ROW_HEIGHT = 36;
/** Rows drawn beyond each edge of the view, so that fast scrolling shows no gaps. */
const OVERSCAN = 10;
const PAGE_ROWS = 10;

interface PupilTableProps {
  pupils: readonly CohortPupilView[];
  /** False before any blocks are built: there is no status to show. */
  hasScenario: boolean;
  courseNames: CourseNames;
  selectedUpn: string | null;
  /** Beside the detail panel: prior attainment and pathway give way (the panel shows them). */
  compact: boolean;
  onOpen(upn: string): void;
}

/**
 * The cohort as a table that draws only the rows in view (a plan may hold 2,000 pupils).
 * It takes focus as one control: arrow keys, Page Up/Down, Home and End move the highlighted
 * row and Enter opens it, so the keyboard never has to tab through every row. The screen gives
 * it a new key when the filters change, so a new list starts from the top.
 */
export function PupilTable({
  pupils,
  hasScenario,
  courseNames,
  selectedUpn,
  compact,
  onOpen,
}: PupilTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLTableSectionElement>(null);
  // The first row at the top of the view: it changes far less often than the scroll position.
  const [topRow, setTopRow] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const [active, setActive] = useState(0);
  const activeIndex = Math.max(0, Math.min(active, pupils.length - 1));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight));
    observer.observe(element);
    setViewHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, topRow - OVERSCAN);
  const last = Math.min(pupils.length, topRow + Math.ceil(viewHeight / ROW_HEIGHT) + 1 + OVERSCAN);

  const openRow = useCallback(
    (index: number, upn: string) => {
      setActive(index);
      onOpen(upn);
    },
    [onOpen],
  );

  function moveTo(index: number): void {
    const next = Math.max(0, Math.min(index, pupils.length - 1));
    setActive(next);
    const element = scroller.current;
    if (!element) return;
    const rowsHeight = element.clientHeight - (header.current?.offsetHeight ?? 0);
    const top = next * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + rowsHeight) {
      element.scrollTop = top + ROW_HEIGHT - rowsHeight;
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>): void {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + PAGE_ROWS,
      PageUp: activeIndex - PAGE_ROWS,
      Home: 0,
      End: pupils.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const pupil = pupils[activeIndex];
      if (pupil) {
        event.preventDefault();
        onOpen(pupil.upn);
      }
    }
  }

  return (
    <div
      className="pupil-table-scroll"
      ref={scroller}
      onScroll={(event) => setTopRow(Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT))}
    >
      <table
        className="pupil-table"
        role="grid"
        aria-label="Pupils"
        aria-rowcount={pupils.length + 1}
        aria-readonly="true"
        tabIndex={0}
        aria-activedescendant={pupils.length > 0 ? rowId(activeIndex) : undefined}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col className="col-name" />
          <col className="col-upn" />
          <col className="col-form" />
          <col className="col-flags" />
          {!compact && <col className="col-attainment" />}
          {!compact && <col className="col-pathway" />}
          <col />
          <col className="col-status" />
        </colgroup>
        <thead ref={header}>
          <tr aria-rowindex={1}>
            <th scope="col">Name</th>
            <th scope="col">UPN</th>
            <th scope="col">Form</th>
            <th scope="col">Flags</th>
            {!compact && (
              <th scope="col" title="Prior attainment: KS2 score and band">
                Attainment
              </th>
            )}
            {!compact && <th scope="col">Pathway</th>}
            <th scope="col">Choices, then reserves</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <Spacer rows={first} />}
          {pupils.slice(first, last).map((pupil, offset) => (
            <PupilRow
              key={pupil.upn}
              pupil={pupil}
              index={first + offset}
              active={first + offset === activeIndex}
              selected={pupil.upn === selectedUpn}
              compact={compact}
              hasScenario={hasScenario}
              courseNames={courseNames}
              onClick={openRow}
            />
          ))}
          {last < pupils.length && <Spacer rows={pupils.length - last} />}
        </tbody>
      </table>
    </div>
  );
}

interface PupilRowProps {
  pupil: CohortPupilView;
  index: number;
  /** The row the keyboard is on. */
  active: boolean;
  /** The row whose details are open. */
  selected: boolean;
  compact: boolean;
  hasScenario: boolean;
  courseNames: CourseNames;
  onClick(index: number, upn: string): void;
}

/** One pupil; memoised, so that scrolling draws only the rows that come into view. */
const PupilRow = memo(function PupilRow({
  pupil,
  index,
  active,
  selected,
  compact,
  hasScenario,
  courseNames,
  onClick,
}: PupilRowProps) {
  return (
    <tr
      id={rowId(index)}
      data-upn={pupil.upn}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={active ? 'active' : undefined}
      onClick={() => onClick(index, pupil.upn)}
    >
      <th scope="row" className="pupil-name">
        {pupil.surname}, {pupil.forename}
        <span className="visually-hidden"> ({pupilName(pupil)})</span>
      </th>
      <td className="upn">{pupil.upn}</td>
      <td>{pupil.form ?? '—'}</td>
      <td>
        <PupilFlags pupil={pupil} />
      </td>
      {!compact && <AttainmentCell pupil={pupil} />}
      {!compact && <td>{pupil.pathway ?? '—'}</td>}
      <td>
        <ChoiceChips pupil={pupil} names={courseNames} />
      </td>
      <td>
        <PupilStatus pupil={pupil} hasScenario={hasScenario} />
      </td>
    </tr>
  );
});

function rowId(index: number): string {
  return `cohort-row-${index}`;
}

/** "108.5 (M)" to fit the column; the band in words for screen readers and on hover. */
function AttainmentCell({ pupil }: { pupil: CohortPupilView }) {
  const { score, band } = pupil.priorAttainment;
  return (
    <td className="attainment" title={priorAttainmentText(pupil)}>
      {score === null && band === null ? (
        <span className="muted">Not known</span>
      ) : (
        <>
          {score}
          {band && (
            <>
              {score !== null && ' '}
              <span aria-hidden="true">{score !== null ? `(${band})` : band}</span>
              <span className="visually-hidden">{BAND_WORDS[band]} band</span>
            </>
          )}
        </>
      )}
    </td>
  );
}

function Spacer({ rows }: { rows: number }) {
  return <tr aria-hidden="true" className="spacer" style={{ height: rows * ROW_HEIGHT }} />;
}

/** Course codes in rank order, reserves after them in their own style; names for screen readers. */
function ChoiceChips({ pupil, names }: { pupil: CohortPupilView; names: CourseNames }) {
  const { choices, reserves } = pupil;
  if (choices.length === 0 && reserves.length === 0) {
    return <span className="muted">No choices</span>;
  }
  const missed = new Set(pupil.unresolved.map((entry) => entry.course));
  const inWords = (codes: string[]) =>
    codes
      .map((code) => `${courseName(names, code)}${missed.has(code) ? ' (not given)' : ''}`)
      .join(', ');
  return (
    <span className="chips">
      <span className="visually-hidden">
        Choices in order: {inWords(choices) || 'none'}.
        {reserves.length > 0 && ` Reserves: ${inWords(reserves)}.`}
      </span>
      {choices.map((code) => (
        <span
          key={code}
          className={missed.has(code) ? 'chip missed' : 'chip'}
          title={`${courseName(names, code)}${missed.has(code) ? ': not given' : ''}`}
          aria-hidden="true"
        >
          {code}
        </span>
      ))}
      {reserves.map((code) => (
        <span
          key={code}
          className="chip reserve"
          title={`Reserve: ${courseName(names, code)}`}
          aria-hidden="true"
        >
          {code}
        </span>
      ))}
    </span>
  );
}

function PupilStatus({ pupil, hasScenario }: { pupil: CohortPupilView; hasScenario: boolean }) {
  if (!hasScenario) return <span className="muted">Not built</span>;
  return pupil.unresolved.length > 0 ? (
    <span className="status status-unresolved">Unresolved</span>
  ) : (
    <span className="status status-resolved">Resolved</span>
  );
}

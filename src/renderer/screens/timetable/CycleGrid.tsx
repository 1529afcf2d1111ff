import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  periodKey,
  periodLabel,
  samePeriod,
  type Period,
  type TimetableFrame,
} from '../../../core/timetable';
import type { TimetableView } from '../../../shared/contract/timetable';
import { BlockChip, BlockChipFace } from './BlockChip';
import {
  cellByCell,
  cellCollisions,
  cellOf,
  chipOf,
  DRAG_INSTRUCTIONS,
  dragAnnouncements,
  KEYBOARD_CODES,
  POINTER_ACTIVATION,
  TOUCH_ACTIVATION,
} from './drag-setup';
import { blocksIn, blocksInWords, clearPeriod, moveBlock, placeBlock } from './frame-edits';
import { GridCell } from './GridCell';

interface CycleGridProps {
  frame: TimetableFrame;
  view: TimetableView;
  edit: (change: (frame: TimetableFrame) => TimetableFrame) => void;
}

/**
 * The cycle as a grid (a table per week: days across, periods down) with a palette of blocks.
 * Blocks are dragged onto periods, moved between them, or placed from the keyboard by choosing
 * a period and typing the block's letter or picking it from the list.
 */
export function CycleGrid({ frame, view, edit }: CycleGridProps) {
  const { blocks } = view;
  const [dragged, setDragged] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Period | null>(null);
  const [said, setSaid] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: POINTER_ACTIVATION }),
    useSensor(TouchSensor, { activationConstraint: TOUCH_ACTIVATION }),
    useSensor(KeyboardSensor, {
      keyboardCodes: KEYBOARD_CODES,
      coordinateGetter: cellByCell,
      scrollBehavior: 'auto',
    }),
  );
  const announcements = useMemo(() => dragAnnouncements(frame), [frame]);
  const flagged = useMemo(
    () => new Set(view.problems.flatMap((problem) => problem.periods.map(periodKey))),
    [view.problems],
  );
  const periodsPerBlock = new Map(view.blockTimes.map((time) => [time.block, time.periods]));
  const chosenInCycle =
    chosen &&
    chosen.week <= frame.weeks &&
    chosen.day <= frame.days.length &&
    chosen.period <= frame.periodsPerDay
      ? chosen
      : null;

  function place(block: string, at: Period) {
    edit((current) => placeBlock(current, block, at));
    setSaid(`Block ${block} placed in ${periodLabel(frame, at)}.`);
  }

  function clear(at: Period) {
    edit((current) => clearPeriod(current, at));
    setSaid(`${periodLabel(frame, at)} cleared.`);
  }

  function onDragStart({ active }: DragStartEvent) {
    setDragged(chipOf(active.data.current)?.block ?? null);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    const chip = chipOf(active.data.current);
    const at = cellOf(over?.data.current);
    if (!chip || !at) return;
    if (chip.from && samePeriod(chip.from, at)) return;
    const { from, block } = chip;
    edit((current) =>
      from ? moveBlock(current, block, from, at) : placeBlock(current, block, at),
    );
    setChosen(at);
  }

  function onCellKey(at: Period, event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clear(at);
      return;
    }
    const block = blocks.find((name) => name.toLowerCase() === event.key.toLowerCase());
    if (block) {
      event.preventDefault();
      setChosen(at);
      place(block, at);
    }
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={cellCollisions}
      accessibility={{ announcements, screenReaderInstructions: DRAG_INSTRUCTIONS }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <div className="tt-palette" role="group" aria-label="Blocks to place">
        <span className="tt-palette-label">Blocks</span>
        {blocks.map((block) => (
          <BlockChip
            key={block}
            block={block}
            blocks={blocks}
            from={null}
            label={`Block ${block}, ${periodsPerBlock.get(block) ?? 0} periods per cycle`}
            detail={`${periodsPerBlock.get(block) ?? 0}`}
          />
        ))}
        <span className="tt-palette-hint">
          Drag a block onto a period, or choose a period and type the block’s letter.
        </span>
      </div>
      <ChosenPeriodBar
        frame={frame}
        blocks={blocks}
        chosen={chosenInCycle}
        onPlace={place}
        onClear={clear}
      />
      <div className="tt-weeks">
        {Array.from({ length: frame.weeks }, (_, index) => index + 1).map((week) => (
          <div key={week} className="tt-week-wrap">
            <table className="tt-week" aria-label={`Week ${week}`}>
              {frame.weeks === 2 && <caption>Week {week}</caption>}
              <thead>
                <tr>
                  <th scope="col" className="tt-corner">
                    <span className="visually-hidden">Period</span>
                  </th>
                  {frame.days.map((day) => (
                    <th key={day} scope="col" title={day}>
                      <span aria-hidden="true">{day.slice(0, 3)}</span>
                      <span className="visually-hidden">{day}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: frame.periodsPerDay }, (_, index) => index + 1).map(
                  (period) => (
                    <tr key={period}>
                      <th scope="row" className="tt-period">
                        P{period}
                      </th>
                      {frame.days.map((day, dayIndex) => {
                        const at = { week, day: dayIndex + 1, period };
                        return (
                          <GridCell
                            key={day}
                            frame={frame}
                            blocks={blocks}
                            at={at}
                            placed={blocksIn(frame, blocks, at)}
                            flagged={flagged.has(periodKey(at))}
                            chosen={chosenInCycle !== null && samePeriod(chosenInCycle, at)}
                            onChoose={setChosen}
                            onKey={onCellKey}
                            onClear={clear}
                          />
                        );
                      })}
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <DragOverlay dropAnimation={null}>
        {dragged && <BlockChipFace block={dragged} blocks={blocks} />}
      </DragOverlay>
    </DndContext>
  );
}

/** The keyboard and menu route: the chosen period, a list of blocks to place, and Clear. */
function ChosenPeriodBar(props: {
  frame: TimetableFrame;
  blocks: readonly string[];
  chosen: Period | null;
  onPlace: (block: string, at: Period) => void;
  onClear: (at: Period) => void;
}) {
  const { chosen } = props;
  if (!chosen) {
    return <p className="tt-chosen tt-chosen-none">No period chosen.</p>;
  }
  const label = periodLabel(props.frame, chosen);
  const placed = blocksIn(props.frame, props.blocks, chosen);
  return (
    <div className="tt-chosen" role="group" aria-label={`Chosen period: ${label}`}>
      <strong>{label}</strong>
      <span>{placed.length === 0 ? 'empty' : blocksInWords(placed)}</span>
      <label>
        Place block{' '}
        <select
          value=""
          onChange={(event) => {
            if (event.target.value) props.onPlace(event.target.value, chosen);
          }}
        >
          <option value="">Choose…</option>
          {props.blocks.map((block) => (
            <option key={block} value={block}>
              Block {block}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button subtle tt-small"
        disabled={placed.length === 0}
        onClick={() => props.onClear(chosen)}
      >
        Clear period
      </button>
    </div>
  );
}

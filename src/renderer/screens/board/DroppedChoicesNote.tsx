import type { BoardScreenView } from '../../../shared/contract/board';
import { pupilsWord } from './board-words';

/**
 * For a scenario that drops courses: the board's figures count only the choices it can meet,
 * so the cost against the choices pupils made is said beside them, as Compare measures it.
 */
export function DroppedChoicesNote({ board }: { board: BoardScreenView }) {
  const dropped = board.droppedChoices;
  if (!dropped || !board.metrics) return null;
  const courses = courseList(dropped.courses);
  return (
    <p className="board-dropped" role="note">
      This scenario drops {courses}, which {pupilsWord(dropped.pupils)} chose. The figures here
      count only the choices it can meet; against the choices pupils made,{' '}
      <strong>
        {dropped.fullySatisfied.toLocaleString('en-GB')} of{' '}
        {board.metrics.pupils.toLocaleString('en-GB')}
      </strong>{' '}
      have all their choices.
    </p>
  );
}

function courseList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

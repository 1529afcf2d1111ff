import type { MappedRow } from './mapped-rows';

export interface Submission {
  row: MappedRow;
  /** Completion time as a comparable number, or null when there is none or it is unreadable. */
  time: number | null;
}

/**
 * Keeps one submission per key (a pupil's e-mail or UPN): the one completed last, or the later
 * row when the times cannot settle it. The kept row gets a warning naming the ignored ones.
 */
export function keepLatest<T extends Submission>(
  submissions: readonly T[],
  keyOf: (submission: T) => string | null,
  who: (submission: T) => string,
): T[] {
  const groups = new Map<string, T[]>();
  for (const submission of submissions) {
    const key = keyOf(submission);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), submission]);
  }
  const dropped = new Set<T>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(byCompletion(group));
    const latest = ordered[ordered.length - 1];
    if (!latest) continue;
    const ignored = ordered.slice(0, -1);
    ignored.forEach((submission) => dropped.add(submission));
    const runnerUp = ordered[ordered.length - 2];
    const decidedByTime = allTimed(group) && runnerUp?.time !== latest.time;
    latest.row.warning(
      null,
      'superseded-submission',
      `${who(latest)} sent choices ${group.length === 2 ? 'twice' : `${group.length} times`}: ` +
        `${decidedByTime ? 'the latest' : 'the last in the file'}, row ${latest.row.row}` +
        `${completed(latest)}, is used; ${ignored.length === 1 ? 'row' : 'rows'} ` +
        `${ignored.map((s) => `${s.row.row}${completed(s)}`).join(', ')} ` +
        `${ignored.length === 1 ? 'is' : 'are'} ignored.`,
    );
  }
  return submissions.filter((submission) => !dropped.has(submission));
}

function allTimed(group: readonly Submission[]): boolean {
  return group.every((submission) => submission.time !== null);
}

/** By completion time when every submission has one, then by row. */
function byCompletion<T extends Submission>(group: readonly T[]): (a: T, b: T) => number {
  const timed = allTimed(group);
  return (a, b) => (timed ? (a.time ?? 0) - (b.time ?? 0) : 0) || a.row.row - b.row.row;
}

function completed(submission: Submission): string {
  const text = submission.row.text('completed_at');
  return text === '' ? '' : ` (completed ${text})`;
}

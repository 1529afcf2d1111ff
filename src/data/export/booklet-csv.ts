import { bookletGrid, describeEntry } from './booklet-grid';
import { toCsv } from './csv-text';
import type { ScenarioExport } from './scenario-export';

/**
 * The block grid for the options booklet and the timetabler, as one CSV with two tables
 * separated by a blank line: first a row per course with its group labels under each block,
 * then a column per block listing the courses offered there with their number of groups.
 */
export function bookletCsv(plan: ScenarioExport): string {
  const grid = bookletGrid(plan);
  const byCourse = toCsv(
    ['Course', 'Code', ...grid.blocks.map((block) => `Block ${block}`)],
    grid.courses.map((course) => [
      course.name,
      course.code,
      ...grid.blocks.map((block) => (course.groupsByBlock.get(block) ?? []).join('; ')),
    ]),
  );
  const longest = grid.byBlock.reduce((most, column) => Math.max(most, column.entries.length), 0);
  const byBlock = toCsv(
    grid.byBlock.map((column) => `Block ${column.block}`),
    Array.from({ length: longest }, (_, row) =>
      grid.byBlock.map((column) => {
        const entry = column.entries[row];
        return entry ? describeEntry(entry) : null;
      }),
    ),
  );
  return `${byCourse}\r\n${byBlock}`;
}

import { describe, expect, it } from 'vitest';
import type { ScenarioExport } from '../../../src/data/export/scenario-export';
import { staffingCsv } from '../../../src/data/export/staffing-csv';
import { FORMULA_TEACHER, handMadeExport } from './hand-made-plan';
import { csvRows } from './read-csv';

const handMade = handMadeExport();

describe('staffing by block', () => {
  it('gives each teacher their groups per block, their load and the most they may take', () => {
    expect(csvRows(staffingCsv(handMade()))).toEqual([
      ['Code', 'Teacher', 'Block A', 'Block B', 'Block C', 'Groups', 'Most groups'],
      ['T1', 'Ann Jones', 'Hi1', 'Hi2', 'Gg1', '3', '3'],
      // A double course's group fills both its blocks but counts once towards the load.
      ['T2', `'${FORMULA_TEACHER}`, 'TSc1', 'TSc1', 'Unavailable', '1', '2'],
      ['T3', 'Bob Smith', '', 'Unavailable', '', '0', '1'],
      ['', 'No teacher yet', '', '', "'+Ev1", '1', ''],
    ]);
  });

  it('shows two groups in one block, and a group in a block the teacher is away, plainly', () => {
    const plan = handMade();
    const clash: ScenarioExport = {
      ...plan,
      solution: {
        ...plan.solution,
        groups: plan.solution.groups.map((group) =>
          group.label === 'Hi2'
            ? { ...group, blocks: ['A'] }
            : group.label === '+Ev1'
              ? { ...group, blocks: ['B'], teacher: 'T3' }
              : group,
        ),
      },
    };
    const rows = csvRows(staffingCsv(clash));
    expect(rows[1]).toEqual(['T1', 'Ann Jones', 'Hi1; Hi2', '', 'Gg1', '3', '3']);
    expect(rows[3]).toEqual(['T3', 'Bob Smith', '', "'+Ev1 (unavailable)", '', '1', '1']);
    expect(rows).toHaveLength(4);
  });
});

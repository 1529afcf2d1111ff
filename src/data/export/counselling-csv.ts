import type { CounsellingReport } from '../../core/counselling';
import { toCsv } from './csv-text';

/**
 * One row per fix offered to each pupil without all their choices, cheapest first; lists of
 * course codes and UPNs are separated by semicolons, as everywhere else in the formats.
 */
export function counsellingCsv(report: CounsellingReport): string {
  return toCsv(
    ['upn', 'name', 'unmet', 'reason', 'rank', 'fix', 'cost', 'description', 'gains', 'losses'],
    report.pupils.flatMap((pupil) =>
      pupil.fixes.map((fix, i) => [
        pupil.upn,
        pupil.name,
        pupil.unmet.join(';'),
        pupil.reason,
        i + 1,
        fix.kind,
        fix.cost,
        fix.description,
        fix.gains.join(';'),
        fix.losses.join(';'),
      ]),
    ),
  );
}

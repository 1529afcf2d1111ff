import { useCallback, useState } from 'react';
import type { BoardChangeView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import type { CheckResult } from './StaffingChecks';
import type { CombingRowView, StaffedGroup } from './StaffingLookups';
import type { StaffingOutcomeValue } from './StaffingOutcome';
import { groupText, targetText } from './StaffingWords';

/**
 * Giving a group to a teacher (or to nobody), however it was asked for: checked first, so a
 * refusal only shows its reasons and changes nothing; an allowed change is made by the
 * services and its whole board handed on.
 */
export function useTeacherAssign({
  scenario,
  groups,
  teachers,
  check,
  onChange,
}: {
  scenario: string;
  groups: ReadonlyMap<string, StaffedGroup>;
  teachers: ReadonlyMap<string, CombingRowView>;
  check: (group: string, teacher: string | null) => Promise<CheckResult>;
  onChange: (change: BoardChangeView) => void;
}) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [outcome, setOutcome] = useState<StaffingOutcomeValue | null>(null);
  const [busy, setBusy] = useState(false);

  function refusalText(label: string, teacher: string | null): string {
    const group = groups.get(label);
    const name = group ? groupText(group) : label;
    return teacher === null
      ? `${name} cannot be left without a teacher`
      : `${targetText(teachers, teacher)} cannot take ${name}`;
  }

  /** Resolves to true when the group changed hands. */
  async function assign(label: string, teacher: string | null): Promise<boolean> {
    setBusy(true);
    try {
      const checked = await check(label, teacher);
      if (!checked.ok) {
        showError(checked.error);
        return false;
      }
      if (!checked.value.allowed) {
        setOutcome({
          kind: 'refused',
          text: refusalText(label, teacher),
          details: checked.value.reasons,
        });
        return false;
      }
      const result = await api.assignTeacher({ scenario, group: label, teacher });
      if (!result.ok) {
        // A refusal the check did not foresee (the plan changed meanwhile) is still a refusal.
        if (result.error.code === 'invalid-edit') {
          setOutcome({
            kind: 'refused',
            text: refusalText(label, teacher),
            details: [result.error.message],
          });
        } else showError(result.error);
        return false;
      }
      onChange(result.value);
      setOutcome({ kind: 'done', text: result.value.label, details: checked.value.warnings });
      return true;
    } finally {
      setBusy(false);
    }
  }

  const clearOutcome = useCallback(() => setOutcome(null), []);
  return { assign, outcome, clearOutcome, busy };
}

import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { PlanSummaryView, PlannerApi } from '../../../shared/api';
import type { CohortPupilView } from '../../../shared/contract/cohort';
import { usePlanner } from '../../store-context';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { usePlanData } from '../../use-plan-data';
import { CohortFilterBar } from './CohortFilterBar';
import { courseNamesOf } from './course-names';
import { filterPupils, NO_FILTERS, pupilSearchKey, type CohortFilters } from './cohort-filters';
import { PupilDetail } from './PupilDetail';
import { PupilTable } from './PupilTable';
import './cohort.css';

const loadCohort = (api: PlannerApi) => api.getCohort();

/** Every pupil with their flags, choices and outcome: searched, filtered, opened and edited. */
export function CohortScreen({ summary }: { summary: PlanSummaryView }) {
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const { data: cohort, error, setData: setCohort } = usePlanData(loadCohort, summary);
  const [filters, setFilters] = useState<CohortFilters>(NO_FILTERS);
  const [selectedUpn, setSelectedUpn] = useState<string | null>(null);
  const tableArea = useRef<HTMLDivElement>(null);
  // Typing in the search box stays smooth with 2,000 pupils: the table follows a moment later.
  const appliedFilters = useDeferredValue(filters);

  const searchKeys = useMemo(
    () => new Map(cohort?.pupils.map((pupil) => [pupil.upn, pupilSearchKey(pupil)])),
    [cohort],
  );
  const courseNames = useMemo(() => courseNamesOf(cohort?.courses ?? []), [cohort]);
  const shown = useMemo(
    () => (cohort ? filterPupils(cohort.pupils, appliedFilters, searchKeys) : []),
    [cohort, appliedFilters, searchKeys],
  );

  if (!cohort) return <LoadingOrFailed what="the cohort" error={error} />;
  if (cohort.pupils.length === 0) {
    return (
      <p className="empty">
        This plan has no pupils yet. Import the pupils file on the Import screen.
      </p>
    );
  }

  const selected = cohort.pupils.find((pupil) => pupil.upn === selectedUpn) ?? null;
  const total = cohort.pupils.length;

  function saved(updated: CohortPupilView): void {
    setCohort(
      (current) =>
        current && {
          ...current,
          pupils: current.pupils.map((pupil) => (pupil.upn === updated.upn ? updated : pupil)),
        },
    );
    void refreshSummary();
  }

  function closeDetail(): void {
    setSelectedUpn(null);
    tableArea.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  }

  return (
    <div className="cohort">
      <CohortFilterBar
        filters={filters}
        forms={cohort.forms}
        pathways={cohort.pathways}
        hasScenario={cohort.scenario !== null}
        onChange={setFilters}
      />
      <p className="cohort-count" role="status" aria-live="polite">
        Showing {shown.length.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}{' '}
        {total === 1 ? 'pupil' : 'pupils'}
        {cohort.scenario && (
          <span className="muted">
            {' '}
            · status from {cohort.scenario.isAgreed ? 'the agreed' : 'the latest'} scenario, “
            {cohort.scenario.name}”
          </span>
        )}
      </p>
      <div className="cohort-body" ref={tableArea}>
        {shown.length > 0 ? (
          <PupilTable
            key={JSON.stringify(appliedFilters)}
            pupils={shown}
            hasScenario={cohort.scenario !== null}
            courseNames={courseNames}
            selectedUpn={selectedUpn}
            compact={selected !== null}
            onOpen={setSelectedUpn}
          />
        ) : (
          <p className="empty cohort-none">No pupils match these filters.</p>
        )}
        {selected && (
          <PupilDetail
            pupil={selected}
            cohort={cohort}
            courseNames={courseNames}
            onSaved={saved}
            onClose={closeDetail}
          />
        )}
      </div>
    </div>
  );
}

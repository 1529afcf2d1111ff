import type { ReactNode } from 'react';
import {
  filtersAreSet,
  NO_FILTERS,
  NO_PATHWAY,
  type CohortFilters,
  type SendFilter,
  type YesNoFilter,
} from './cohort-filters';

interface CohortFilterBarProps {
  filters: CohortFilters;
  forms: readonly string[];
  pathways: readonly string[];
  /** False before any blocks are built: "unresolved only" has nothing to go on. */
  hasScenario: boolean;
  onChange(filters: CohortFilters): void;
}

const YES_NO: { value: YesNoFilter; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const SEND_OPTIONS: { value: SendFilter; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'send', label: 'Any SEND' },
  { value: 'K', label: 'SEN support' },
  { value: 'E', label: 'EHC plan' },
  { value: 'N', label: 'None' },
];

/** Search and filters for the cohort table; they all apply together. */
export function CohortFilterBar({
  filters,
  forms,
  pathways,
  hasScenario,
  onChange,
}: CohortFilterBarProps) {
  const set = <K extends keyof CohortFilters>(key: K, value: CohortFilters[K]) =>
    onChange({ ...filters, [key]: value });

  return (
    <div className="cohort-filters" role="search" aria-label="Filter pupils">
      <label className="filter filter-search">
        Search
        <input
          type="search"
          value={filters.search}
          placeholder="Name or UPN"
          onChange={(event) => set('search', event.target.value)}
        />
      </label>
      <Filter label="Form">
        <select value={filters.form} onChange={(event) => set('form', event.target.value)}>
          <option value="">All forms</option>
          {forms.map((form) => (
            <option key={form} value={form}>
              {form}
            </option>
          ))}
        </select>
      </Filter>
      <Filter label="Disadvantaged">
        <select
          value={filters.disadvantaged}
          onChange={(event) => set('disadvantaged', event.target.value as YesNoFilter)}
        >
          {YES_NO.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Filter>
      <Filter label="SEND">
        <select
          value={filters.send}
          onChange={(event) => set('send', event.target.value as SendFilter)}
        >
          {SEND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Filter>
      <Filter label="EAL">
        <select
          value={filters.eal}
          onChange={(event) => set('eal', event.target.value as YesNoFilter)}
        >
          {YES_NO.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Filter>
      <Filter label="Pathway">
        <select value={filters.pathway} onChange={(event) => set('pathway', event.target.value)}>
          <option value="">All pathways</option>
          <option value={NO_PATHWAY}>No pathway</option>
          {pathways.map((pathway) => (
            <option key={pathway} value={pathway}>
              {pathway}
            </option>
          ))}
        </select>
      </Filter>
      <label className="filter-check" title={hasScenario ? undefined : 'Build blocks first'}>
        <input
          type="checkbox"
          checked={filters.unresolvedOnly}
          disabled={!hasScenario}
          onChange={(event) => set('unresolvedOnly', event.target.checked)}
        />
        Unresolved only
      </label>
      <button
        type="button"
        className="button subtle"
        disabled={!filtersAreSet(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        Clear filters
      </button>
    </div>
  );
}

function Filter({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="filter">
      {label}
      {children}
    </label>
  );
}

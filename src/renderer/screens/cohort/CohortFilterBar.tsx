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
        <OptionSelect
          value={filters.disadvantaged}
          options={YES_NO}
          onChange={(value) => set('disadvantaged', value)}
        />
      </Filter>
      <Filter label="SEND">
        <OptionSelect
          value={filters.send}
          options={SEND_OPTIONS}
          onChange={(value) => set('send', value)}
        />
      </Filter>
      <Filter label="EAL">
        <OptionSelect
          value={filters.eal}
          options={YES_NO}
          onChange={(value) => set('eal', value)}
        />
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

/** A select over a fixed list of filter values. */
function OptionSelect<Value extends string>(props: {
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
}) {
  return (
    <select
      value={props.value}
      onChange={(event) =>
        props.onChange(
          props.options.find((option) => option.value === event.target.value)?.value ?? props.value,
        )
      }
    >
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

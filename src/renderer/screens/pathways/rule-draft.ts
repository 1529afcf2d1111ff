import type {
  PathwayInput,
  PathwayRuleInput,
  PathwayView,
} from '../../../shared/contract/pathways';

/** The editor's form state: numbers as typed, so a half-typed value is never lost. */

export type RuleKind = PathwayRuleInput['kind'];
export type Band = 'L' | 'M' | 'H';

export interface RuleDraft {
  /** Stable React key while rows are added and removed. */
  id: number;
  kind: RuleKind;
  target: 'courses' | 'category';
  codes: string[];
  category: string;
  course: string;
  count: string;
}

export interface RouteDraft {
  code: string;
  name: string;
  description: string;
  optionCount: string;
  freeSlots: string;
  bands: Band[];
  note: string;
  rules: RuleDraft[];
}

export const RULE_KINDS: { kind: RuleKind; label: string }[] = [
  { kind: 'choose-one-of', label: 'Must choose at least one of' },
  { kind: 'at-least', label: 'Must choose at least' },
  { kind: 'at-most', label: 'May choose at most' },
  { kind: 'cannot-choose', label: 'Cannot choose' },
  { kind: 'must-include', label: 'Must include the course' },
];

let nextId = 1;

export function newRule(): RuleDraft {
  return {
    id: nextId++,
    kind: 'choose-one-of',
    target: 'category',
    codes: [],
    category: '',
    course: '',
    count: '1',
  };
}

function ruleDraft(rule: PathwayRuleInput): RuleDraft {
  const draft = newRule();
  draft.kind = rule.kind;
  if (rule.kind === 'must-include') return { ...draft, course: rule.course };
  if ('count' in rule) draft.count = String(rule.count);
  return rule.from.kind === 'courses'
    ? { ...draft, target: 'courses', codes: [...rule.from.codes] }
    : { ...draft, target: 'category', category: rule.from.category };
}

export function routeDraft(route: PathwayView | null): RouteDraft {
  if (!route) {
    return {
      code: '',
      name: '',
      description: '',
      optionCount: '4',
      freeSlots: '0',
      bands: [],
      note: '',
      rules: [],
    };
  }
  return {
    code: route.code,
    name: route.name,
    description: route.description,
    optionCount: String(route.optionCount),
    freeSlots: String(route.freeSlots),
    bands: [...route.eligibility.bands],
    note: route.eligibility.note,
    rules: route.rules.map(ruleDraft),
  };
}

/** A whole number as typed, or null. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}

function toRule(draft: RuleDraft, position: number, problems: string[]): PathwayRuleInput {
  if (draft.kind === 'must-include') return { kind: draft.kind, course: draft.course };
  const from =
    draft.target === 'courses'
      ? { kind: 'courses' as const, codes: draft.codes }
      : { kind: 'category' as const, category: draft.category };
  if (draft.kind === 'at-least' || draft.kind === 'at-most') {
    const count = wholeNumber(draft.count);
    if (count === null) problems.push(`Rule ${position}: the number must be a whole number.`);
    return { kind: draft.kind, count: count ?? 0, from };
  }
  return { kind: draft.kind, from };
}

/** The draft as the API takes it, or the problems that stop it being sent. */
export function toPathwayInput(
  draft: RouteDraft,
): { input: PathwayInput; problems: [] } | { input: null; problems: string[] } {
  const problems: string[] = [];
  const optionCount = wholeNumber(draft.optionCount);
  const freeSlots = wholeNumber(draft.freeSlots);
  if (optionCount === null) problems.push('Option slots: must be a whole number, e.g. 4.');
  if (freeSlots === null) problems.push('Free slots: must be a whole number, e.g. 0.');
  const rules = draft.rules.map((rule, index) => toRule(rule, index + 1, problems));
  if (problems.length > 0 || optionCount === null || freeSlots === null) {
    return { input: null, problems };
  }
  return {
    input: {
      code: draft.code.trim(),
      name: draft.name,
      description: draft.description,
      optionCount,
      freeSlots,
      rules,
      eligibility: { bands: draft.bands, note: draft.note },
    },
    problems: [],
  };
}

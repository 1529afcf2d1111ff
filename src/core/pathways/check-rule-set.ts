import { codeKey, toCourseIndex, type CourseIndex, type CourseSource } from './course-lookup';
import { describeRule } from './describe';
import { plainContradictions } from './rule-contradictions';
import { unknownReferences } from './rule-references';
import { findSatisfyingChoices } from './satisfy';
import { resolveSelector } from './selectors';
import type { Pathway, PathwayRule, RuleSetProblem } from './types';
import { countOf, listInWords } from './words';

/**
 * Problems with one route's rules, found before any choices form goes out: rules naming
 * courses or categories the plan lacks, contradictions (no pupil could ever meet the rules) and
 * warnings (rules that can be met but look like a mistake).
 */
export function checkRuleSet(pathway: Pathway, courses: CourseSource): RuleSetProblem[] {
  const index = toCourseIndex(courses);
  const contradictions = plainContradictions(pathway, index);
  if (contradictions.length === 0) {
    const conflict = unsatisfiableCore(pathway, index);
    if (conflict) contradictions.push(conflict);
  }
  return [...unknownReferences(pathway, index), ...contradictions, ...warnings(pathway, index)];
}

/** Every route's rules, plus the problems between routes: duplicate codes, missing names and
 *  routes with no option slots. */
export function checkPathways(
  pathways: readonly Pathway[],
  courses: CourseSource,
): RuleSetProblem[] {
  const index = toCourseIndex(courses);
  const problems: RuleSetProblem[] = [];
  const seen = new Map<string, Pathway>();
  for (const pathway of pathways) {
    const label = pathway.name.trim() || pathway.code;
    const key = codeKey(pathway.code);
    const first = seen.get(key);
    if (key === '') {
      problems.push({
        pathway: pathway.code,
        kind: 'contradiction',
        message: `${label}: the route has no code, so pupils cannot be put on it.`,
      });
    } else if (first) {
      problems.push({
        pathway: pathway.code,
        kind: 'contradiction',
        message: `${label}: the code ${pathway.code} is also used by the ${first.name}; each route needs its own code.`,
      });
    } else {
      seen.set(key, pathway);
    }
    if (pathway.name.trim() === '') {
      problems.push({
        pathway: pathway.code,
        kind: 'warning',
        message: `The route ${pathway.code} has no name; pupils and parents see the name.`,
      });
    }
    if (!Number.isInteger(pathway.optionCount) || pathway.optionCount < 1) {
      problems.push({
        pathway: pathway.code,
        kind: 'contradiction',
        message: `${label}: the route has ${pathway.optionCount} option slots; it needs at least 1.`,
      });
      continue;
    }
    problems.push(...checkRuleSet(pathway, index));
  }
  return problems;
}

/**
 * When no set of choices meets every rule: a contradiction naming a smallest group of rules
 * that together cannot be met (dropping any one of them would make the rest possible).
 */
function unsatisfiableCore(pathway: Pathway, courses: CourseIndex): RuleSetProblem | null {
  if (findSatisfyingChoices(pathway, pathway.rules, courses)) return null;
  let core = [...pathway.rules];
  for (const rule of pathway.rules) {
    const without = core.filter((kept) => kept !== rule);
    if (!findSatisfyingChoices(pathway, without, courses)) core = without;
  }
  const slots =
    pathway.freeSlots > 0
      ? `${pathway.optionCount - pathway.freeSlots} to ${pathway.optionCount} option slots`
      : countOf(pathway.optionCount, 'option slot');
  const message =
    core.length === 0
      ? `the plan's courses cannot fill ${slots}.`
      : `no set of choices can meet ${core.length === 1 ? 'the rule' : 'these rules together'} within ${slots}: ${listInWords(
          core.map((rule) => `"${describeRule(rule, courses)}"`),
          'and',
        )}.`;
  return { pathway: pathway.code, kind: 'contradiction', message: `${pathway.name}: ${message}` };
}

/** Rules that can be met but probably do not say what the school meant. */
function warnings(pathway: Pathway, courses: CourseIndex): RuleSetProblem[] {
  const messages: string[] = [];
  const quote = (rule: PathwayRule) => `"${describeRule(rule, courses)}"`;
  const seen = new Set<string>();
  for (const rule of pathway.rules) {
    const key = JSON.stringify(normalisedRule(rule));
    if (seen.has(key)) messages.push(`${quote(rule)} is listed twice.`);
    seen.add(key);
    if (rule.kind === 'at-least' && rule.count < 1) {
      messages.push(`${quote(rule)} asks for ${rule.count}, so it has no effect.`);
    }
    if (rule.kind === 'at-most') {
      const size = resolveSelector(rule.from, courses).length;
      if (size > 0 && rule.count >= Math.min(size, pathway.optionCount)) {
        messages.push(
          `${quote(rule)} never limits anything: a pupil cannot choose more than ${Math.min(size, pathway.optionCount)} of them anyway.`,
        );
      }
    }
  }
  if (pathway.freeSlots < 0 || pathway.freeSlots > pathway.optionCount) {
    messages.push(
      `the route lets ${pathway.freeSlots} of its ${countOf(pathway.optionCount, 'option slot')} be left free.`,
    );
  }
  return messages.map((message) => ({
    pathway: pathway.code,
    kind: 'warning',
    message: `${pathway.name}: ${message}`,
  }));
}

/** A rule with codes and categories lower-cased, to spot the same rule written twice. */
function normalisedRule(rule: PathwayRule): unknown {
  if (rule.kind === 'must-include') return { kind: rule.kind, course: codeKey(rule.course) };
  const from =
    rule.from.kind === 'category'
      ? { kind: 'category', category: rule.from.category.trim().toLowerCase() }
      : { kind: 'courses', codes: rule.from.codes.map(codeKey).sort() };
  // Spelled out so that the key's order does not depend on how the rule was written.
  return { kind: rule.kind, count: 'count' in rule ? rule.count : null, from };
}

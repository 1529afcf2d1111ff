import { SCENARIO_NAME_MAX_LENGTH } from '../../../shared/limits';
import type { ScenarioDetailView } from '../../../shared/contract/scenarios';

/** Wording and small rules the scenarios screen shares between its parts. */

/** A fixed seed: building the same what-if twice with the same time limit tends to agree. */
export const SOLVE_SEED = 1;

/** The search times offered for building a scenario's blocks, in seconds. */
export const TIME_LIMITS = [5, 10, 30, 60, 120] as const;

/** "+3", "−2" (a true minus sign) or "0": a difference that reads the same in colour or not. */
export function signed(difference: number): string {
  if (difference === 0) return '0';
  return difference > 0 ? `+${difference}` : `−${-difference}`;
}

/** The scenario a what-if starts from by default: the agreed plan, else the newest. */
export function defaultBase(scenarios: readonly ScenarioDetailView[]): string | null {
  const agreed = scenarios.find((scenario) => scenario.isAgreed);
  if (agreed) return agreed.name;
  const newest = scenarios.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return newest?.name ?? null;
}

/** "What if: Latin is not offered", or "What if: … and 2 more changes", within the name limit. */
export function whatIfName(first: string, others: number): string {
  const more = others === 0 ? '' : ` and ${others} more ${others === 1 ? 'change' : 'changes'}`;
  const name = `What if: ${first}${more}`;
  return name.length <= SCENARIO_NAME_MAX_LENGTH
    ? name
    : `${name.slice(0, SCENARIO_NAME_MAX_LENGTH - 1)}…`;
}

/** "Spring layout (copy)", "Spring layout (copy 2)"…: a name no scenario has yet. */
export function copyName(name: string, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let number = 1; ; number += 1) {
    const suffix = number === 1 ? ' (copy)' : ` (copy ${number})`;
    const candidate = `${name.slice(0, SCENARIO_NAME_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Why a scenario name cannot be used, in words; null when it can. */
export function nameProblem(
  name: string,
  taken: readonly string[],
  current: string | null = null,
): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the scenario a name.';
  if (trimmed.length > SCENARIO_NAME_MAX_LENGTH) {
    return `A scenario name can be at most ${SCENARIO_NAME_MAX_LENGTH} characters; this one has ${trimmed.length}.`;
  }
  const clash = trimmed !== current && taken.includes(trimmed);
  return clash ? `There is already a scenario called “${trimmed}”.` : null;
}

/**
 * "A 14 · B 13 · C 14": groups per block. Not summed, because a double-award group sits in two
 * blocks and would be counted twice.
 */
export function groupsByBlock(groupsPerBlock: Record<string, number>): string {
  return Object.entries(groupsPerBlock)
    .map(([block, groups]) => `${block} ${groups}`)
    .join(' · ');
}

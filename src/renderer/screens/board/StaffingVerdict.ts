import type { CheckResult } from './StaffingChecks';

/** What the chart shows about a drop target while a chip is over it. */
export type DropVerdict =
  | { kind: 'same' }
  | { kind: 'checking' }
  | { kind: 'allowed'; warnings: string[] }
  | { kind: 'refused'; reasons: string[] }
  | { kind: 'failed'; message: string };

export function verdictOf(result: CheckResult | undefined): DropVerdict {
  if (!result) return { kind: 'checking' };
  if (!result.ok) return { kind: 'failed', message: result.error.message };
  return result.value.allowed
    ? { kind: 'allowed', warnings: result.value.warnings }
    : { kind: 'refused', reasons: result.value.reasons };
}

/** The short word in the hovered cell; the reasons are beside the dragged chip. */
export function verdictShortText(verdict: DropVerdict): string {
  switch (verdict.kind) {
    case 'same':
      return 'Teaches it now';
    case 'checking':
      return 'Checking…';
    case 'allowed':
      return verdict.warnings.length > 0 ? '✓ Can take it, with a warning' : '✓ Can take it';
    case 'refused':
      return '✗ Cannot take it';
    case 'failed':
      return 'Could not check';
  }
}

import { API_METHODS, type ApiMethod } from '../../src/shared/api-methods';

export type Invoke = (method: ApiMethod, payload: unknown) => Promise<unknown>;

/**
 * One function per method of the contract, each forwarding its single payload. Built from
 * the method list so that the page gets exactly the contract's methods and nothing generic.
 */
export function createPlannerBridge(
  invoke: Invoke,
): Readonly<Record<ApiMethod, (payload?: unknown) => Promise<unknown>>> {
  const entries = API_METHODS.map((method) => [
    method,
    (payload?: unknown) => invoke(method, payload),
  ]);
  return Object.freeze(
    Object.fromEntries(entries) as Record<ApiMethod, (payload?: unknown) => Promise<unknown>>,
  );
}

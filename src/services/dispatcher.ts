import { z } from 'zod';
import { API_CONTRACT, fail, isApiMethod, ok, type ApiMethod, type ApiResult } from '../shared/api';
import type { ApiHandlers } from './planner-services';
import { toApiError } from './service-error';

export interface Dispatcher {
  /**
   * Runs one API call from an untrusted caller: the method name and payload are checked
   * against the contract first. Always resolves; every failure is an error value.
   */
  dispatch(method: unknown, payload: unknown): Promise<ApiResult<unknown>>;
  readonly methods: readonly ApiMethod[];
}

export interface DispatcherOptions {
  /** Told about failures that are not the user's doing (bugs), e.g. to log them. */
  onInternalError?: (method: ApiMethod, error: unknown) => void;
}

export function createDispatcher(
  handlers: ApiHandlers,
  options: DispatcherOptions = {},
): Dispatcher {
  return {
    methods: Object.keys(handlers).filter(isApiMethod),
    async dispatch(method, payload) {
      if (!isApiMethod(method)) {
        return fail('unknown-method', `The planner has no method called ${describe(method)}.`);
      }
      const parsed = API_CONTRACT[method].input.safeParse(payload);
      if (!parsed.success) {
        return fail(
          'invalid-payload',
          `${method} was called with a payload it cannot use: ${z.prettifyError(parsed.error)}`,
        );
      }
      // The handler table is keyed by method, so this call matches the parsed payload's type.
      const handler = handlers[method] as (input: unknown) => unknown;
      try {
        return ok(await handler(parsed.data));
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.code === 'internal') options.onInternalError?.(method, error);
        return { ok: false, error: apiError };
      }
    },
  };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60));
  return `(a ${value === null ? 'null' : typeof value} instead of a name)`;
}

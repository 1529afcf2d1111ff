import type { Planner } from '../../src/services';
import type { ApiError, ApiResult } from '../../src/shared/api';

/** Calls on the planner's API as the renderer makes them, for tests of the services. */
export interface ApiCalls {
  call<T>(method: string, payload?: unknown): Promise<ApiResult<T>>;
  /** The value of a call that must succeed. */
  value<T>(method: string, payload?: unknown): Promise<T>;
  /** The error of a call that must be refused. */
  refusal(method: string, payload?: unknown): Promise<ApiError>;
}

/** The calls on whichever planner `current` gives (tests start a new one for each case). */
export function apiCalls(current: () => Planner): ApiCalls {
  async function call<T>(method: string, payload?: unknown): Promise<ApiResult<T>> {
    return (await current().dispatcher.dispatch(method, payload)) as ApiResult<T>;
  }
  return {
    call,
    async value<T>(method: string, payload?: unknown): Promise<T> {
      const result = await call<T>(method, payload);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value;
    },
    async refusal(method: string, payload?: unknown): Promise<ApiError> {
      const result = await call(method, payload);
      if (result.ok) throw new Error(`${method} was expected to be refused`);
      return result.error;
    },
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../../shared/api';
import type { DropPreviewView } from '../../../shared/contract/board';

/** How long the pointer must rest on a target before its preview is asked for. */
const SETTLE_MS = 180;

export type PreviewOutcome =
  { ok: true; preview: DropPreviewView } | { ok: false; message: string };

export interface PreviewCache {
  /** Outcomes that have arrived during this drag, by target key. */
  outcomes: ReadonlyMap<string, PreviewOutcome>;
  /** Asks for a target's preview once the pointer settles there (nothing if already asked). */
  requestSoon(key: string, load: () => Promise<ApiResult<DropPreviewView>>): void;
  /** The target's preview now: the one already asked for, or a new request. */
  fetchNow(key: string, load: () => Promise<ApiResult<DropPreviewView>>): Promise<PreviewOutcome>;
  /** Forgets every preview, e.g. when a drag starts or ends: the board may have changed. */
  reset(): void;
}

/**
 * Previews of drops during one drag: each target is asked about at most once, and only after
 * the pointer rests on it, so sweeping across the board does not queue a preview per block.
 */
export function usePreviewCache(): PreviewCache {
  const requests = useRef(new Map<string, Promise<PreviewOutcome>>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const generation = useRef(0);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, PreviewOutcome>>(new Map());

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => clearTimer, []);

  const fetchNow = useCallback<PreviewCache['fetchNow']>((key, load) => {
    clearTimer();
    const asked = requests.current.get(key);
    if (asked) return asked;
    const mine = generation.current;
    const request = load().then((result): PreviewOutcome =>
      result.ok
        ? { ok: true, preview: result.value }
        : { ok: false, message: result.error.message },
    );
    requests.current.set(key, request);
    void request.then((outcome) => {
      if (mine === generation.current) setOutcomes((shown) => new Map(shown).set(key, outcome));
    });
    return request;
  }, []);

  const requestSoon = useCallback<PreviewCache['requestSoon']>(
    (key, load) => {
      clearTimer();
      if (requests.current.has(key)) return;
      timer.current = setTimeout(() => void fetchNow(key, load), SETTLE_MS);
    },
    [fetchNow],
  );

  const reset = useCallback(() => {
    clearTimer();
    generation.current += 1;
    requests.current = new Map();
    setOutcomes(new Map());
  }, []);

  return { outcomes, requestSoon, fetchNow, reset };
}

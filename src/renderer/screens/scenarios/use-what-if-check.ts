import { useEffect, useState } from 'react';
import type { WhatIfEditView } from '../../../shared/contract/scenarios';
import { usePlannerApi } from '../../api-context';

/** Waits this long after the last change before checking, so quick edits make one call. */
const CHECK_AFTER_MS = 200;

export interface WhatIfCheck {
  /** True once the answer for exactly these edits has arrived. */
  fresh: boolean;
  /** The problems found in the latest answer. */
  problems: string[];
  /** Why the check itself could not run; null when it ran. */
  failure: string | null;
  /** An edit in the planner's words, once a check has described it. */
  wordsFor(edit: WhatIfEditView): string | undefined;
}

interface Answer {
  edits: readonly WhatIfEditView[];
  problems: string[];
  failure: string | null;
  /** Edits are never changed in place, so each object keeps its words. */
  words: Map<WhatIfEditView, string>;
}

/** Checks what-ifs against the plan as they are edited, without saving anything. */
export function useWhatIfCheck(edits: readonly WhatIfEditView[]): WhatIfCheck {
  const api = usePlannerApi();
  const [answer, setAnswer] = useState<Answer>(() => ({
    edits: [],
    problems: [],
    failure: null,
    words: new Map(),
  }));

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void api.checkWhatIfs({ whatIfs: [...edits] }).then((result) => {
        if (!current) return;
        setAnswer((previous) => {
          const words = new Map(previous.words);
          if (!result.ok) {
            return { edits, problems: [], failure: result.error.message, words };
          }
          if (result.value.words.length === edits.length) {
            edits.forEach((edit, index) => {
              const text = result.value.words[index];
              if (text !== undefined) words.set(edit, text);
            });
          }
          return { edits, problems: result.value.problems, failure: null, words };
        });
      });
    }, CHECK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, edits]);

  return {
    fresh: answer.edits === edits,
    problems: answer.problems,
    failure: answer.failure,
    wordsFor: (edit) => answer.words.get(edit),
  };
}

import { parseBlockSpec } from '../../../core/blocks';
import type { ImportBlocksInput } from '../../../shared/contract/import';
import { MAX_IMPORT_BLOCKS } from '../../../shared/contract/import';

export type BlocksReading =
  { ok: true; blocks: ImportBlocksInput; names: string[] } | { ok: false; message: string };

/** Reads what the user typed for the plan's blocks: a number ("4") or names ("A, B, C, D"). */
export function readBlocksText(text: string): BlocksReading {
  let names: string[];
  try {
    names = parseBlockSpec(text);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (names.length > MAX_IMPORT_BLOCKS) {
    return { ok: false, message: `A plan can have at most ${MAX_IMPORT_BLOCKS} blocks.` };
  }
  const blocks = /^\s*\d+\s*$/.test(text) ? { count: names.length } : { names };
  return { ok: true, blocks, names };
}

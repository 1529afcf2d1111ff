import { BlockNames } from './block-names';
import type { FileIssues } from './issues';
import { codeKey } from './keys';
import type { PlanContext } from './plan-context';

/**
 * The blocks the plan will have after the import: the requested ones, or the plan's own.
 * Removing a block that holds teaching groups is refused; removing any other is allowed with a
 * warning, because the settings that name it go with it.
 */
export function checkRequestedBlocks(
  context: PlanContext,
  requested: readonly string[] | undefined,
  log: FileIssues,
): BlockNames {
  if (requested === undefined) return new BlockNames(context.blocks);
  const names = requested.map((name) => name.trim());
  const fail = (message: string): void => log.error('bad-blocks', message);
  if (names.length === 0) fail('no block names were given.');
  if (names.some((name) => name === '')) fail('a block name is blank.');
  const seen = new Set<string>();
  for (const name of names) {
    if (name !== '' && seen.has(codeKey(name))) fail(`block "${name}" is named twice.`);
    seen.add(codeKey(name));
  }
  const inUse = new Set(context.blocksInUse.map(codeKey));
  for (const name of context.blocks.filter((block) => !seen.has(codeKey(block)))) {
    if (inUse.has(codeKey(name))) {
      log.error(
        'block-in-use',
        `block "${name}" cannot be removed: teaching groups in a scenario sit in it. Move or ` +
          'delete those groups first.',
      );
    } else {
      log.warning(
        'block-removed',
        `block "${name}" will be removed from the plan, with any allowed-block or staff ` +
          'availability settings that name it.',
      );
    }
  }
  return new BlockNames(names);
}

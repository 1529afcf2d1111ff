import type { MappedRow } from './mapped-rows';
import { codeKey } from './keys';
import { splitList } from './values';

/** The plan's block names (as they will be after this import), looked up case-insensitively. */
export class BlockNames {
  private readonly byKey: Map<string, string>;

  constructor(readonly names: readonly string[]) {
    this.byKey = new Map(names.map((name) => [codeKey(name), name]));
  }

  find(name: string): string | undefined {
    return this.byKey.get(codeKey(name));
  }

  /** Reads a `;`-separated list of blocks from a cell, reporting any that the plan lacks. */
  readList(row: MappedRow, field: string): string[] {
    const found: string[] = [];
    for (const item of splitList(row.text(field))) {
      const name = this.find(item);
      if (name === undefined) {
        row.error(
          field,
          'unknown-block',
          `"${item}" is not one of the plan's blocks (${this.describe()}).`,
        );
      } else if (!found.includes(name)) {
        found.push(name);
      }
    }
    return found;
  }

  private describe(): string {
    return this.names.length === 0
      ? 'the plan has no blocks yet: give them with the import'
      : `the blocks are ${this.names.join(', ')}`;
  }
}

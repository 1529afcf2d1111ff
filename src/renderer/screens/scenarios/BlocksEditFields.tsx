import { useState } from 'react';
import type { WhatIfEditView } from '../../../shared/contract/scenarios';
import { AddButton } from './CourseEditFields';
import { Field } from './Field';

const BLOCKS = { min: 1, max: 12, nameMax: 40 };

/** Change the blocks: fewer or more option columns, named in order. */
export function BlocksEditFields(props: { blocks: string[]; onAdd(edit: WhatIfEditView): void }) {
  const [text, setText] = useState(props.blocks.join(', '));
  const [problem, setProblem] = useState<string | null>(null);

  function add(): void {
    const blocks = text
      .split(',')
      .map((block) => block.trim())
      .filter((block) => block !== '');
    const found = blocksProblem(blocks);
    if (found) {
      setProblem(found);
      return;
    }
    props.onAdd({ kind: 'set-blocks', blocks });
    setProblem(null);
  }

  return (
    <div className="edit-fields">
      <Field label="Blocks, in order, separated by commas" note={`Now ${props.blocks.join(', ')}`}>
        {(id) => <input id={id} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <AddButton problem={problem} onAdd={add} />
    </div>
  );
}

function blocksProblem(blocks: string[]): string | null {
  if (blocks.length < BLOCKS.min || blocks.length > BLOCKS.max)
    return `Name ${BLOCKS.min} to ${BLOCKS.max} blocks; there are ${blocks.length}.`;
  const long = blocks.find((block) => block.length > BLOCKS.nameMax);
  if (long) return `A block name can be at most ${BLOCKS.nameMax} characters: “${long}” is longer.`;
  const repeated = blocks.find(
    (block, index) =>
      blocks.findIndex((other) => other.toUpperCase() === block.toUpperCase()) !== index,
  );
  return repeated ? `Block “${repeated}” is named twice.` : null;
}

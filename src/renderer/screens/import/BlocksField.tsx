import { readBlocksText } from './blocks-text';
import { setBlocksText, useWizard } from './wizard-store';

/** For a plan with no blocks yet: how many, or their names, set with the import. */
export function BlocksField() {
  const text = useWizard((state) => state.blocksText);
  const running = useWizard((state) => state.running !== null);
  const reading = readBlocksText(text);
  return (
    <div className="import-blocks">
      <label htmlFor="import-blocks">Option blocks in this plan</label>
      <input
        id="import-blocks"
        value={text}
        disabled={running}
        aria-invalid={!reading.ok || undefined}
        aria-describedby="import-blocks-hint"
        onChange={(event) => setBlocksText(event.target.value)}
      />
      <p id="import-blocks-hint" className={reading.ok ? 'import-hint' : 'import-invalid'}>
        {reading.ok
          ? `The plan has no blocks yet. It will get ${reading.names.length}: ${reading.names.join(', ')}. Type a number, or names separated by commas.`
          : reading.message}
      </p>
    </div>
  );
}

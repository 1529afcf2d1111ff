/** A select that adds the chosen course or teacher to a list and goes back to "Choose…". */
export function AddEntrySelect({
  label,
  options,
  onAdd,
}: {
  label: string;
  options: readonly { code: string; name: string }[];
  onAdd: (code: string) => void;
}) {
  return (
    <label className="tt-field">
      {label}
      <select
        value=""
        onChange={(event) => {
          if (event.target.value) onAdd(event.target.value);
        }}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name} ({option.code})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The end of a row editor: why the last save was refused, if it was, then Save and Cancel. */
export function EditorFooter(props: {
  problem: string | null;
  saving: boolean;
  onClose: () => void;
}) {
  return (
    <>
      {props.problem && (
        <p className="editor-problem" role="alert">
          {props.problem}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="button primary small" disabled={props.saving}>
          Save
        </button>
        <button
          type="button"
          className="button small"
          onClick={props.onClose}
          disabled={props.saving}
        >
          Cancel
        </button>
      </div>
    </>
  );
}

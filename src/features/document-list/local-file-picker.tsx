import { useId } from "react";

/** The file input, labelled "Open C-CDA file", shown as a button. Several files at once. */
export function LocalFilePicker({ onFiles }: { onFiles: (files: File[]) => void }) {
  const id = useId();
  return (
    <span className="file-picker">
      <input
        id={id}
        className="file-picker__input"
        type="file"
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so choosing the same file again still fires a change.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={id} className="button button--primary file-picker__label">
        Open C-CDA file
      </label>
    </span>
  );
}

export interface DocumentNote {
  readonly message: string;
  readonly where?: string | undefined;
}

/** "n notes about this document": what the renderer had to guess or leave out, expandable. */
export function DocumentNotes({ notes }: { notes: readonly DocumentNote[] }) {
  if (notes.length === 0) return null;
  return (
    <details className="document-notes">
      <summary>
        {notes.length} {notes.length === 1 ? "note" : "notes"} about this document
      </summary>
      <ul>
        {notes.map((note, index) => (
          <li key={index}>
            {note.message}
            {note.where === undefined ? null : <span className="document-notes__where"> ({note.where})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

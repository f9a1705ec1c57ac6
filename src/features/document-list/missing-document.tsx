import { Loading } from "../../components/loading";

/** The URL names a document the list does not (yet) hold. */
export function MissingDocument({ listDone, onShowList }: { listDone: boolean; onShowList: () => void }) {
  if (!listDone) return <Loading label="Finding the document…" />;
  return (
    <div className="document-pane document-pane--empty" role="alert">
      <p>
        This document is not in the patient's list. It may have been removed, or the link is for another
        patient.
      </p>
      <button type="button" className="button" onClick={onShowList}>
        Show the documents
      </button>
    </div>
  );
}

import type { LoadedDocument } from "../../fhir/rendition-loader";

/**
 * Says which rendition is shown when the document offers several, and why better ones were skipped
 * ("The PDF could not be loaded (the server did not find it); showing the C-CDA instead.").
 */
export function RenditionNotice({ loaded }: { loaded: LoadedDocument }) {
  if (loaded.renditionCount < 2) return null;
  const shown = loaded.rendition.label;
  if (loaded.skipped.length === 0) {
    return (
      <p className="document-pane__rendition">
        Shown as {shown} ({loaded.renditionCount} formats available).
      </p>
    );
  }
  return (
    <p className="document-pane__rendition" role="status">
      {loaded.skipped
        .map((skipped) => `The ${skipped.label} version could not be loaded (${skipped.reason}).`)
        .join(" ")}{" "}
      Showing the {shown} version instead.
    </p>
  );
}

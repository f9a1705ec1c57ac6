import { downloadName } from "./file-name";
import { useObjectUrl } from "./use-object-url";

/** PDFs show in the browser's own viewer from a blob: URL we typed as application/pdf. */
export function PdfView({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const url = useObjectUrl(bytes, "application/pdf");
  if (url === undefined) return null;
  return (
    <div className="pdf-view">
      <iframe className="pdf-view__frame" title="PDF document" src={url} />
      <p>
        <a className="button" href={url} download={downloadName(title, "application/pdf")}>
          Download PDF
        </a>
      </p>
    </div>
  );
}

import { downloadName } from "./file-name";
import { useObjectUrl } from "./use-object-url";

interface DownloadViewProps {
  bytes: Uint8Array;
  mimeType: string;
  title: string;
}

/** Formats the browser cannot show safely (RTF, Word, unknown): a download and a plain note. */
export function DownloadView({ bytes, mimeType, title }: DownloadViewProps) {
  // Typed as a download so the browser never tries to render unknown bytes in our origin.
  const url = useObjectUrl(bytes, "application/octet-stream");
  return (
    <div className="download-view">
      <p>
        This document's format ({mimeType}) cannot be shown here. Download it to open it with another program.
      </p>
      {url === undefined ? null : (
        <a className="button" href={url} download={downloadName(title, mimeType)}>
          Download document
        </a>
      )}
    </div>
  );
}

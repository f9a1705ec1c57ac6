import { useEffect, useState } from "react";
import { downloadName } from "./file-name";
import { pdfActiveContent } from "./pdf-active-content";
import { useObjectUrl } from "./use-object-url";

type Check = { state: "checking" } | { state: "clean" } | { state: "active"; kinds: string[] };

function useActiveContentCheck(bytes: Uint8Array): Check {
  const [check, setCheck] = useState<Check>({ state: "checking" });
  useEffect(() => {
    let current = true;
    void pdfActiveContent(bytes).then((kinds) => {
      if (current) setCheck(kinds.length === 0 ? { state: "clean" } : { state: "active", kinds });
    });
    return () => {
      current = false;
    };
  }, [bytes]);
  return check;
}

/**
 * PDFs show in the browser's own viewer from a blob: URL we typed as application/pdf, unless they carry
 * script or other active content: those are offered as a download only (see pdf-active-content.ts).
 */
export function PdfView({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const url = useObjectUrl(bytes, "application/pdf");
  const check = useActiveContentCheck(bytes);
  if (url === undefined) return null;
  const download = (
    <p>
      <a className="button" href={url} download={downloadName(title, "application/pdf")}>
        Download PDF
      </a>
    </p>
  );
  if (check.state === "checking") return <p className="pdf-view__checking">Checking the PDF…</p>;
  if (check.state === "active") {
    return (
      <div className="pdf-view pdf-view--blocked" role="note">
        <p>
          This PDF contains active content ({check.kinds.join(", ")}), which could show messages or act on its
          own. To protect you it is not opened here. Download it and open it in a PDF reader that blocks
          scripts.
        </p>
        {download}
      </div>
    );
  }
  return (
    <div className="pdf-view">
      <iframe className="pdf-view__frame" title="PDF document" src={url} />
      {download}
    </div>
  );
}

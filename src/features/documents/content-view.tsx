import type { DocumentContent } from "../../fhir/content-kind";
import { CcdaView } from "./ccda-view";
import { DownloadView } from "./download-view";
import { HtmlView } from "./html-view";
import { ImageView } from "./image-view";
import { PdfView } from "./pdf-view";
import { TextView } from "./text-view";

/** Routes decoded content to its view; shared by the EHR viewer and the local-file viewer. */
export function ContentView({ content, title }: { content: DocumentContent; title: string }) {
  switch (content.kind) {
    case "ccda":
      return (
        <CcdaView
          text={content.text}
          decodeWarnings={content.warnings}
          // The exact bytes received: "Download original" saves these, whatever the encoding.
          bytes={content.bytes}
          title={title}
        />
      );
    case "html":
      return <HtmlView html={content.text} />;
    case "text":
      return <TextView text={content.text} />;
    case "pdf":
      return <PdfView bytes={content.bytes} title={title} />;
    case "image":
      return <ImageView bytes={content.bytes} mimeType={content.mimeType} title={title} />;
    case "other":
      return <DownloadView bytes={content.bytes} mimeType={content.mimeType} title={title} />;
  }
}

import { useMemo } from "react";
import type { BodyAttachment } from "../../ccda/types";
import { classifyContent } from "../../fhir/content-kind";
import { base64ToBytes } from "../../fhir/decode";
import { DownloadView } from "./download-view";
import { HtmlView } from "./html-view";
import { ImageView } from "./image-view";
import { PdfView } from "./pdf-view";
import { TextView } from "./text-view";

function EmbeddedBytes({ base64, attachment }: { base64: string; attachment: BodyAttachment }) {
  const content = useMemo(() => {
    try {
      return classifyContent(base64ToBytes(base64), attachment.mediaType);
    } catch {
      return undefined;
    }
  }, [base64, attachment.mediaType]);
  if (content === undefined) return <p>This attached content is damaged and cannot be shown.</p>;
  switch (content.kind) {
    case "pdf":
      return <PdfView bytes={content.bytes} title={attachment.title} />;
    case "image":
      return <ImageView bytes={content.bytes} mimeType={content.mimeType} title={attachment.title} />;
    case "text":
    case "ccda":
      return <TextView text={content.text} />;
    case "html":
      return <HtmlView html={content.text} />;
    case "other":
      return <DownloadView bytes={content.bytes} mimeType={attachment.mediaType} title={attachment.title} />;
  }
}

/** A nonXMLBody (or similar) payload handed over by the renderer. */
export function BodyAttachmentView({ attachment }: { attachment: BodyAttachment }) {
  let body;
  if (attachment.base64 !== undefined)
    body = <EmbeddedBytes base64={attachment.base64} attachment={attachment} />;
  else if (attachment.text !== undefined) {
    body = attachment.mediaType.includes("html") ? (
      <HtmlView html={attachment.text} />
    ) : (
      <TextView text={attachment.text} />
    );
  } else
    body = (
      <p>
        This part refers to content stored elsewhere
        {attachment.reference === undefined ? "" : ` (${attachment.reference})`}; it was not fetched.
      </p>
    );
  return (
    <section className="body-attachment" aria-label={attachment.title}>
      <h3 className="body-attachment__title">{attachment.title}</h3>
      {body}
    </section>
  );
}

import type { DocumentReference } from "fhir/r4";
import type { SandboxContext } from "../context";

/**
 * A DocumentReference as this profile serves it: Oracle Health writes absolute attachment urls on the base the
 * request came in on (`<base>/Binary/<id>`); others keep the stored relative `Binary/<id>`.
 */
export function presentDocumentReference(ctx: SandboxContext, doc: DocumentReference): DocumentReference {
  if (!ctx.profile.absoluteAttachmentUrls) return doc;
  return {
    ...doc,
    content: doc.content.map((content) => {
      const url = content.attachment.url;
      if (url === undefined || /^[a-z][a-z0-9+.-]*:/i.test(url)) return content;
      return { ...content, attachment: { ...content.attachment, url: `${ctx.fhirBase}/${url}` } };
    }),
  };
}

/** Gives generated documents vendor-shaped ids (DocumentReference and Binary), keeping every reference intact. */
import type { DocumentReference, DocumentReferenceContent } from "fhir/r4";
import type { GeneratedDoc } from "./doc-references";
import type { StoredBinary } from "./types";

export interface Renaming {
  /** New DocumentReference id for the document at this position. */
  docId(doc: GeneratedDoc, index: number): string;
  /** New Binary id, given the document's new id. */
  binaryId(binary: StoredBinary, newDocId: string): string;
}

function binariesOf(doc: GeneratedDoc): StoredBinary[] {
  return [...(doc.binary !== undefined ? [doc.binary] : []), ...(doc.extraBinaries ?? [])];
}

function renameContent(
  content: DocumentReferenceContent,
  binaryIds: Map<string, string>,
): DocumentReferenceContent {
  const url = content.attachment.url;
  const old = url?.startsWith("Binary/") === true ? url.slice("Binary/".length) : undefined;
  const renamed = old === undefined ? undefined : binaryIds.get(old);
  if (renamed === undefined) return content;
  return { ...content, attachment: { ...content.attachment, url: `Binary/${renamed}` } };
}

export function renameDocs(docs: readonly GeneratedDoc[], renaming: Renaming): GeneratedDoc[] {
  const docIds = new Map(docs.map((doc, i) => [doc.documentReference.id ?? "", renaming.docId(doc, i)]));
  return docs.map((doc) => {
    const newId = docIds.get(doc.documentReference.id ?? "") ?? "";
    const binaryIds = new Map(binariesOf(doc).map((b) => [b.id, renaming.binaryId(b, newId)]));
    const ref: DocumentReference = doc.documentReference;
    const documentReference: DocumentReference = {
      ...ref,
      id: newId,
      ...(ref.relatesTo !== undefined
        ? {
            relatesTo: ref.relatesTo.map((r) => {
              const target = r.target.reference?.replace(/^DocumentReference\//, "") ?? "";
              const mapped = docIds.get(target);
              return mapped === undefined
                ? r
                : { ...r, target: { reference: `DocumentReference/${mapped}` } };
            }),
          }
        : {}),
      content: ref.content.map((c) => renameContent(c, binaryIds)),
    };
    const rename = (b: StoredBinary): StoredBinary => ({ ...b, id: binaryIds.get(b.id) ?? b.id });
    return {
      documentReference,
      ...(doc.binary !== undefined ? { binary: rename(doc.binary) } : {}),
      ...(doc.extraBinaries !== undefined ? { extraBinaries: doc.extraBinaries.map(rename) } : {}),
    };
  });
}

/** Moves inline `attachment.data` into a Binary (Millennium and Epic serve every note through Binary). */
export function moveInlineToBinary(doc: GeneratedDoc, binaryId: string): GeneratedDoc {
  const patientId = doc.documentReference.subject?.reference?.replace(/^Patient\//, "") ?? "";
  const extra: StoredBinary[] = [];
  const content = doc.documentReference.content.map((c, i) => {
    const { data, ...attachment } = c.attachment;
    if (data === undefined || attachment.url !== undefined) return c;
    const id = i === 0 ? binaryId : `${binaryId}-${i}`;
    extra.push({
      id,
      patientId,
      contentType: attachment.contentType ?? "application/octet-stream",
      bytes: Buffer.from(data, "base64"),
    });
    return { ...c, attachment: { ...attachment, url: `Binary/${id}` } };
  });
  return {
    ...doc,
    documentReference: { ...doc.documentReference, content },
    extraBinaries: [...(doc.extraBinaries ?? []), ...extra],
  };
}

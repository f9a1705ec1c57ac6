/** Small FHIR resources for tests, built per test so nothing is shared by accident. */
import type { Bundle, DocumentReference } from "fhir/r4";
import { TEST_FHIR_BASE } from "./fake-session";

export function docRef(id: string, extra: Partial<DocumentReference> = {}): DocumentReference {
  return {
    resourceType: "DocumentReference",
    id,
    status: "current",
    type: { text: `Note ${id}` },
    content: [{ attachment: { contentType: "application/xml", url: `Binary/b-${id}` } }],
    ...extra,
  };
}

export function bundle(
  resources: DocumentReference[],
  options: { total?: number; next?: string } = {},
): Bundle {
  return {
    resourceType: "Bundle",
    type: "searchset",
    ...(options.total === undefined ? {} : { total: options.total }),
    link: [
      { relation: "self", url: `${TEST_FHIR_BASE}/DocumentReference` },
      ...(options.next === undefined ? [] : [{ relation: "next", url: options.next }]),
    ],
    entry: resources.map((resource) => ({
      fullUrl: `${TEST_FHIR_BASE}/DocumentReference/${resource.id ?? ""}`,
      resource,
    })),
  };
}

export function base64(text: string): string {
  return Buffer.from(text, "utf-8").toString("base64");
}

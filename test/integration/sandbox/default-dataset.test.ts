// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Binary, Bundle, DocumentReference } from "fhir/r4";
import { startSandbox } from "../../../sandbox/server";
import { APP_ORIGIN, fhirGet, get, launchToToken, sandboxForFile } from "./sandbox-client";

/** The sandbox with its real generated dataset: every patient's documents are reachable through the API. */
const sb = sandboxForFile(() => startSandbox({ port: 0, quiet: true, appOrigin: APP_ORIGIN }));

function patientIds(ehrHtml: string): string[] {
  return [...ehrHtml.matchAll(/href="\/ehr\/launch\?patient=([^"&]+)"/g)].map((m) =>
    decodeURIComponent(m[1] ?? ""),
  );
}

describe("the default (generated) dataset over HTTP", () => {
  it("lists patients on /ehr and serves each one's documents and Binaries", async () => {
    const ids = patientIds(await (await get(`${sb.origin}/ehr`)).text());
    expect(ids.length).toBeGreaterThan(0);
    for (const patient of ids) {
      const { access_token } = await launchToToken(sb, patient);
      const response = await fhirGet(sb, `DocumentReference?patient=${patient}&_count=100`, access_token);
      expect(response.status).toBe(200);
      const bundle = (await response.json()) as Bundle<DocumentReference>;
      expect(bundle.entry?.length).toBe(Math.min(bundle.total ?? 0, 100));
      for (const entry of bundle.entry ?? []) {
        const attachment = entry.resource?.content[0]?.attachment;
        expect(attachment?.url !== undefined || attachment?.data !== undefined).toBe(true);
        if (attachment?.url === undefined) continue;
        const binaryResponse = await fhirGet(sb, attachment.url, access_token);
        expect(binaryResponse.status).toBe(200);
        const binary = (await binaryResponse.json()) as Binary;
        expect(binary.resourceType).toBe("Binary");
        expect((binary.data ?? "").length).toBeGreaterThan(0);
      }
    }
  });
});

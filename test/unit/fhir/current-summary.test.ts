/**
 * $docref against the published Oracle Health payloads (read from ../shared at test time, never copied).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { rankRenditions } from "../../../src/fhir/attachment";
import { currentSummaryUrl, fetchCurrentSummary, supportsDocref } from "../../../src/fhir/current-summary";
import { UnsafeUrlError } from "../../../src/fhir/fhir-http-error";
import { loadBestRendition } from "../../../src/fhir/rendition-loader";
import { createFakeSession } from "./fake-session";
import { setupMswServerForFile } from "./msw-server";

const fixtures = path.resolve(import.meta.dirname, "../../..", "../shared/fixtures/cerner");
const present = existsSync(fixtures);
if (!present) console.warn(`\n!!! current-summary fixture tests SKIPPED: ${fixtures} is missing\n`);
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(fixtures, name), "utf-8"));

/** The fixtures hold rest[0].resource only; wrap them as the server's CapabilityStatement. */
const statement = (resources: unknown) => ({
  resourceType: "CapabilityStatement",
  status: "active",
  kind: "instance",
  fhirVersion: "4.0.1",
  format: ["json"],
  rest: [{ mode: "server", resource: resources }],
});

const MILLENNIUM = "https://fhir-open.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d";

setupMswServerForFile(
  http.get(`${MILLENNIUM}/DocumentReference/$docref`, ({ request }) =>
    new URL(request.url).searchParams.get("patient") === "13160351"
      ? HttpResponse.json(fixture("millennium-r4-docref-fetch-ccd-bundle.json") as Record<string, unknown>, {
          headers: { "content-type": "application/json+fhir" },
        })
      : HttpResponse.json({ resourceType: "OperationOutcome", issue: [] }, { status: 403 }),
  ),
);

describe.skipIf(!present)("current summary ($docref) on Oracle Health's published payloads", () => {
  it("finds $docref in Millennium's (USCoreFetchDocumentReferences) and Soarian's ($docref) statements", () => {
    expect(supportsDocref(statement(fixture("millennium-r4-capabilitystatement-binary-docref.json")))).toBe(
      true,
    );
    expect(supportsDocref(statement(fixture("soarian-r4-capabilitystatement-binary-docref.json")))).toBe(
      true,
    );
  });

  it("fetches the on-demand CCD entry and refuses to send the token to its foreign-host Binary URL", async () => {
    const session = createFakeSession({ fhirBase: MILLENNIUM, patientId: "13160351" });
    const summary = await fetchCurrentSummary(session);
    expect(session.requested).toEqual([`${MILLENNIUM}/${currentSummaryUrl("13160351")}`]);
    expect(summary.type?.coding?.[0]?.code).toBe("34133-9");
    const renditions = rankRenditions(summary);
    expect(renditions.map((rendition) => rendition.kind)).toEqual(["ccda"]);
    // The published url is on fhir.cerner.com, not under the FHIR base: the app must not follow it.
    await expect(loadBestRendition(session, renditions)).rejects.toBeInstanceOf(UnsafeUrlError);
    expect(session.requested).toHaveLength(1);
  });
});

describe("supportsDocref", () => {
  it("is false without the operation, or for something that is not a CapabilityStatement", () => {
    expect(supportsDocref(statement([{ type: "DocumentReference", interaction: [{ code: "read" }] }]))).toBe(
      false,
    );
    expect(
      supportsDocref(
        statement([{ type: "Binary", operation: [{ name: "docref", definition: "x/docref" }] }]),
      ),
    ).toBe(false);
    expect(supportsDocref({ resourceType: "Bundle" })).toBe(false);
  });

  it("accepts the US Core canonical under any name", () => {
    const operation = { name: "fetch", definition: "http://hl7.org/fhir/us/core/OperationDefinition/docref" };
    expect(supportsDocref(statement([{ type: "DocumentReference", operation: [operation] }]))).toBe(true);
  });
});

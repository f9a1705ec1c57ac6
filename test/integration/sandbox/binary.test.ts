// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import type { Binary } from "fhir/r4";
import { AVA, CCDA_TEXT } from "./fixture-dataset";
import { expectOutcome, fhirGet, launchToToken, sandboxForFile } from "./sandbox-client";

const sb = sandboxForFile();
let accessToken: string;
beforeAll(async () => {
  accessToken = (await launchToToken(sb, AVA)).access_token;
});

const read = (accept?: string): Promise<Response> =>
  fhirGet(sb, "Binary/b-ava-03", accessToken, accept === undefined ? {} : { accept });

describe("Binary content negotiation (Oracle Health Millennium rules)", () => {
  it.each([
    "application/fhir+json",
    "application/json+fhir",
    "application/fhir+json;q=0.9, application/xml;q=0.5",
  ])("returns the Binary resource with base64 data for Accept: %s", async (accept) => {
    const response = await read(accept);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    const binary = (await response.json()) as Binary;
    expect(binary).toMatchObject({ resourceType: "Binary", id: "b-ava-03", contentType: "application/xml" });
    expect(Buffer.from(binary.data ?? "", "base64").toString("utf8")).toBe(CCDA_TEXT);
  });

  it.each(["application/xml", "*/*", "application/*", "text/html;q=0.1, application/xml"])(
    "returns the raw bytes for Accept: %s",
    async (accept) => {
      const response = await read(accept);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/xml");
      expect(await response.text()).toBe(CCDA_TEXT);
    },
  );

  it("returns raw bytes when the Accept header is empty (no preference)", async () => {
    const response = await fetch(`${sb.fhirBase}/Binary/b-ava-03`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: "" },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(CCDA_TEXT);
  });

  it.each(["application/json", "text/html", "application/pdf;q=1, application/fhir+json;q=0"])(
    "answers 406 with an OperationOutcome for Accept: %s",
    async (accept) => {
      const outcome = await expectOutcome(await read(accept), 406);
      expect(outcome.issue[0]?.diagnostics).toContain("application/fhir+json");
    },
  );
});

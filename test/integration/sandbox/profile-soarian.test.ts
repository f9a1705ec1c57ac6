// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import type { Binary, Bundle, CapabilityStatement, DocumentReference, OperationOutcome } from "fhir/r4";
import { get } from "./sandbox-client";
import {
  AVA,
  decodeData,
  discover,
  fhir,
  followPages,
  launch,
  profileSandboxForFile,
  resources,
  type Paged,
} from "./profile-client";

const sb = profileSandboxForFile("oracle-soarian");
const V1 =
  "launch openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read";
const SOEN = "34133-9";

function isSoen(doc: DocumentReference): boolean {
  return doc.type?.coding?.some((c) => c.code === SOEN) === true;
}

describe("oracle-soarian: authorization", () => {
  it("advertises its tenant endpoints, SMART v1 only and no PKCE", async () => {
    expect(sb.fhirBase).toBe(`${sb.origin}/soarian/r4/2f8f5ec1-b7b8-4be5-ae27-e308284dd9c1`);
    expect(sb.personas.patient).toBe(sb.fhirBase);
    const config = await discover(sb.fhirBase);
    expect(config.authorization_endpoint).toMatch(
      /\/tenants\/2f8f5ec1-[^/]+\/protocols\/oauth2\/profiles\/smart-v1\/authorize$/,
    );
    expect(config.code_challenge_methods_supported).toBeUndefined();
    expect(config.capabilities).toContain("permission-v1");
    expect(config.capabilities).not.toContain("permission-v2");
    expect(config.scopes_supported).not.toContain("patient/Binary.rs");
  });

  it("launches without PKCE, grants v1 scopes and silently drops v2 ones", async () => {
    const token = await launch(sb, {
      base: sb.fhirBase,
      ehrPatient: AVA,
      pkce: false,
      scope: `${V1} patient/Observation.rs patient/DocumentReference.rs`,
    });
    expect(token.expires_in).toBe(570);
    expect(token.scope.split(" ")).toContain("patient/DocumentReference.read");
    expect(token.scope).not.toContain(".rs");
  });
});

describe("oracle-soarian: documents", () => {
  let token: string;
  let paged: Paged;
  let docs: DocumentReference[];
  beforeAll(async () => {
    token = (await launch(sb, { base: sb.fhirBase, ehrPatient: AVA, scope: V1 })).access_token;
    paged = await followPages(`${sb.fhirBase}/DocumentReference?patient=${AVA}`, token);
    docs = resources(paged);
  });

  it("pages with page + pageBookmark next links (≥ 3 pages of 10), without a total", () => {
    expect(paged.pages.length).toBeGreaterThanOrEqual(3);
    expect(paged.pages[0]?.entry).toHaveLength(10);
    for (const [i, link] of paged.links.entries()) {
      const url = new URL(link);
      expect(url.searchParams.get("page")).toBe(String(i + 2));
      expect(url.searchParams.get("pageBookmark")).toBe(paged.ids[(i + 1) * 10 - 1]);
    }
    expect(paged.pages.every((page) => page.total === undefined)).toBe(true);
    expect(new Set(paged.ids).size).toBe(paged.ids.length);
  });

  it("answers DocumentReference searches as application/json+fhir", async () => {
    const response = await fhir(`${sb.fhirBase}/DocumentReference?patient=${AVA}`, token);
    expect(response.headers.get("content-type")).toMatch(/^application\/json\+fhir/);
  });

  it("lists Summary of Episode Notes with an absolute url to a Binary of the same id", () => {
    const soens = docs.filter(isSoen);
    expect(soens.length).toBeGreaterThanOrEqual(4);
    for (const doc of soens) {
      const attachment = doc.content[0]?.attachment;
      expect(attachment?.contentType).toBe("application/hl7-v3+xml");
      expect(attachment?.url).toBe(`${sb.fhirBase}/Binary/${doc.id ?? ""}`);
      expect(doc.id).toMatch(/^AVA-REYES\.DM\.[0-9A-Z]+$/);
    }
  });

  it("serves a SOEN built like the published one: no BOM, CRLF only, xml-stylesheet, an empty <text/>", async () => {
    const soen = docs.find(
      (doc) => isSoen(doc) && doc.content[0]?.attachment.title === "Summary of Episode Note",
    );
    const response = await fhir(soen?.content[0]?.attachment.url ?? "", token);
    expect(response.status).toBe(200);
    const binary = (await response.json()) as Binary;
    expect(binary.contentType).toBe("application/hl7-v3+xml");
    const text = decodeData(binary.data).toString("utf8");
    expect(
      text.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\r\n<?xml-stylesheet type="text/xsl" href="CHSViewCCD_V002.xsl"?>\r\n',
      ),
    ).toBe(true);
    expect(text.match(/\r\n/g)?.length).toBeGreaterThan(100);
    expect(/[^\r]\n/.test(text)).toBe(false);
    expect(text).toContain("<text/>");
    expect(text).toContain('<code code="34133-9"');
  });

  it("has a scanned outside SOEN (nonXMLBody wrapping a PDF)", async () => {
    const scanned = docs.find(
      (doc) => isSoen(doc) && /scanned/i.test(doc.content[0]?.attachment.title ?? ""),
    );
    const binary = (await (await fhir(scanned?.content[0]?.attachment.url ?? "", token)).json()) as Binary;
    const text = decodeData(binary.data).toString("utf8");
    expect(text).toContain("<nonXMLBody>");
    expect(text).toContain('mediaType="application/pdf"');
  });

  it("carries clinical notes as inline base64 HTML with no url", () => {
    const notes = docs.filter((doc) => !isSoen(doc));
    expect(notes.length).toBeGreaterThanOrEqual(20);
    for (const doc of notes) {
      const attachment = doc.content[0]?.attachment;
      expect(attachment?.contentType).toBe("text/html");
      expect(attachment?.url).toBeUndefined();
      expect(decodeData(attachment?.data).toString("utf8")).toMatch(/^<HTML><HEAD><style/);
      expect(doc.id).toMatch(/^AVA-REYES\.NRS\.\d+$/);
    }
  });

  it("accepts category=clinical-note only", async () => {
    const ok = await fhir(`${sb.fhirBase}/DocumentReference?patient=${AVA}&category=clinical-note`, token);
    expect(ok.status).toBe(200);
    const bad = await fhir(`${sb.fhirBase}/DocumentReference?patient=${AVA}&category=LP29684-5`, token);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/^application\/json\+fhir/);
    const outcome = (await bad.json()) as OperationOutcome;
    expect(outcome.issue[0]?.code).toBe("not-supported");
  });

  it("requires patient or _id", async () => {
    expect((await fhir(`${sb.fhirBase}/DocumentReference?category=clinical-note`, token)).status).toBe(400);
    const byId = await fhir(`${sb.fhirBase}/DocumentReference?_id=${paged.ids[0] ?? ""}`, token);
    expect(((await byId.json()) as Bundle).entry).toHaveLength(1);
  });

  it("serves Binary only as JSON: any other Accept is a bare 406", async () => {
    const url = docs.find(isSoen)?.content[0]?.attachment.url ?? "";
    const xml = await fhir(url, token, "application/xml");
    expect(xml.status).toBe(406);
    expect(await xml.text()).toBe("");
    const json = await fhir(url, token, "application/json");
    expect(json.status).toBe(200);
    expect(((await json.json()) as Binary).resourceType).toBe("Binary");
  });

  it("offers $docref: every SOEN of the patient, nothing else", async () => {
    const metadata = (await (await get(`${sb.fhirBase}/metadata`)).json()) as CapabilityStatement;
    const docref = metadata.rest?.[0]?.resource?.find((r) => r.type === "DocumentReference");
    expect(docref?.operation?.map((o) => o.name)).toEqual(["$docref"]);
    const result = resources(
      await followPages(`${sb.fhirBase}/DocumentReference/$docref?patient=${AVA}`, token),
    );
    expect(result.map((d) => d.id).sort()).toEqual(
      docs
        .filter(isSoen)
        .map((d) => d.id)
        .sort(),
    );
  });
});

describe("oracle-soarian: Binary needs DocumentReference read too", () => {
  it("refuses a Binary to a token with Binary.read but no DocumentReference scope", async () => {
    const token = await launch(sb, {
      base: sb.fhirBase,
      ehrPatient: AVA,
      scope: "launch patient/Binary.read patient/Patient.read",
    });
    const response = await fhir(`${sb.fhirBase}/Binary/AVA-REYES.DM.X`, token.access_token);
    expect(response.status).toBe(403);
    expect(((await response.json()) as OperationOutcome).issue[0]?.diagnostics).toMatch(/DocumentReference/);
  });
});

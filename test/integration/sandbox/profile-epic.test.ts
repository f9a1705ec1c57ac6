// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import type { Binary, DocumentReference } from "fhir/r4";
import {
  AVA,
  authorizeAt,
  decodeData,
  discover,
  fhir,
  followPages,
  launch,
  profileSandboxForFile,
  resources,
  type Paged,
} from "./profile-client";

const sb = profileSandboxForFile("epic");
const SCOPE =
  "launch openid fhirUser online_access patient/Patient.read patient/DocumentReference.read patient/Binary.read";

describe("epic: authorization", () => {
  it("serves Epic's paths and requires PKCE S256", async () => {
    expect(sb.fhirBase).toBe(`${sb.origin}/interconnect-fhir-oauth/api/FHIR/R4`);
    const config = await discover(sb.fhirBase);
    expect(config.authorization_endpoint).toBe(`${sb.origin}/interconnect-fhir-oauth/oauth2/authorize`);
    expect(config.token_endpoint).toBe(`${sb.origin}/interconnect-fhir-oauth/oauth2/token`);
    expect(config.code_challenge_methods_supported).toEqual(["S256"]);
    const { redirect } = await authorizeAt(sb, {
      base: sb.fhirBase,
      ehrPatient: AVA,
      scope: SCOPE,
      pkce: false,
    });
    expect(redirect.searchParams.get("error")).toBe("invalid_request");
    expect(redirect.searchParams.get("error_description")).toMatch(/PKCE/);
  });

  it("requires aud to be the FHIR base", async () => {
    const { redirect } = await authorizeAt(sb, {
      base: sb.fhirBase,
      ehrPatient: AVA,
      scope: SCOPE,
      aud: `${sb.origin}/fhir`,
    });
    expect(redirect.searchParams.get("error")).toBe("invalid_request");
    expect(redirect.searchParams.get("error_description")).toMatch(/aud/);
  });

  it("issues one-hour access tokens and accepts v1 and v2 scopes", async () => {
    const token = await launch(sb, {
      base: sb.fhirBase,
      ehrPatient: AVA,
      scope: `${SCOPE} patient/Observation.rs patient/DocumentReference.rs`,
    });
    expect(token.expires_in).toBe(3600);
    expect(token.scope.split(" ")).toEqual(
      expect.arrayContaining(["patient/DocumentReference.read", "patient/DocumentReference.rs"]),
    );
  });
});

describe("epic: documents", () => {
  let token: string;
  let paged: Paged;
  let docs: DocumentReference[];
  beforeAll(async () => {
    token = (await launch(sb, { base: sb.fhirBase, ehrPatient: AVA, scope: SCOPE })).access_token;
    paged = await followPages(`${sb.fhirBase}/DocumentReference?patient=${AVA}`, token);
    docs = resources(paged);
  });

  it("lists at least three pages of ten, each document once", () => {
    expect(paged.pages.length).toBeGreaterThanOrEqual(3);
    expect(paged.pages[0]?.entry).toHaveLength(10);
    expect(new Set(paged.ids).size).toBe(paged.ids.length);
  });

  it("writes relative Binary/<id> attachment urls", () => {
    const urls = docs.flatMap((d) => d.content.map((c) => c.attachment.url ?? ""));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^Binary\/[^/]+$/);
  });

  it("offers clinical notes as HTML and RTF renditions of the same DocumentReference", async () => {
    const notes = docs.filter(
      (d) => d.content.map((c) => c.attachment.contentType).join() === "text/html,text/rtf",
    );
    expect(notes.length).toBeGreaterThanOrEqual(10);
    const [html, rtf] = notes[0]?.content ?? [];
    const htmlBinary = (await (
      await fhir(`${sb.fhirBase}/${html?.attachment.url ?? ""}`, token)
    ).json()) as Binary;
    expect(decodeData(htmlBinary.data).toString("utf8")).toMatch(/^<HTML>/);
    const rawRtf = await fhir(`${sb.fhirBase}/${rtf?.attachment.url ?? ""}`, token, "text/rtf");
    expect(rawRtf.headers.get("content-type")).toBe("text/rtf");
    const text = await rawRtf.text();
    expect(text.startsWith("{\\rtf1")).toBe(true);
    expect(text).toContain(notes[0]?.content[0]?.attachment.title ?? "missing title");
  });

  it("still serves C-CDA documents and a PDF", () => {
    const types = docs.flatMap((d) => d.content.map((c) => c.attachment.contentType));
    expect(
      types.filter((t) => t === "application/xml" || t === "application/hl7-v3+xml").length,
    ).toBeGreaterThanOrEqual(5);
    expect(types).toContain("application/pdf");
  });
});

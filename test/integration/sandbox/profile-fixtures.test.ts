// @vitest-environment node
/**
 * The Oracle Health profiles against the published payloads in ../shared/fixtures/cerner (read at test time, never
 * copied): what the sandbox serves must have the same shape where the app depends on it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Binary, Bundle, DocumentReference, OperationOutcome } from "fhir/r4";
import { startSandbox, type RunningSandbox } from "../../../sandbox/server";
import { APP_ORIGIN, get } from "./sandbox-client";
import {
  AVA,
  decodeData,
  discover,
  fhir,
  followPages,
  launch,
  resources,
  type SmartConfiguration,
} from "./profile-client";
import { afterAll } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const fixtures = path.join(path.resolve(root, "../shared"), "fixtures/cerner");
const present = existsSync(fixtures);
if (!present)
  console.warn(`SKIPPED profile-fixtures.test.ts: ${fixtures} is missing (the published Cerner payloads)`);

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(fixtures, name), "utf8"));
}

function started(profile: "oracle-soarian" | "oracle-millennium"): () => RunningSandbox {
  let sb: RunningSandbox | undefined;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0, quiet: true, appOrigin: APP_ORIGIN, profile });
  });
  afterAll(() => sb?.close());
  return () => {
    if (sb === undefined) throw new Error("sandbox not started");
    return sb;
  };
}

const SOARIAN_SCOPE = "launch patient/Patient.read patient/DocumentReference.read patient/Binary.read";
const MILLENNIUM_SCOPE = "launch patient/Patient.rs patient/DocumentReference.rs patient/Binary.r";

describe.skipIf(!present)("oracle-soarian matches the published Soarian payloads", () => {
  const sb = started("oracle-soarian");
  let token: string;
  let docs: DocumentReference[];
  beforeAll(async () => {
    const base = sb().fhirBase;
    token = (await launch(sb(), { base, ehrPatient: AVA, scope: SOARIAN_SCOPE })).access_token;
    docs = resources(await followPages(`${base}/DocumentReference?patient=${AVA}`, token));
  });

  it("serves a SOEN Binary whose prologue, line ends and content type are the published example's", async () => {
    const published = fixture("soarian-r4-binary-soen-ccd.json") as Binary;
    const theirs = decodeData(published.data).toString("utf8");
    const soen = docs.find((d) => d.content[0]?.attachment.contentType === published.contentType);
    const ours = (await (await fhir(soen?.content[0]?.attachment.url ?? "", token)).json()) as Binary;
    expect(ours.contentType).toBe(published.contentType);
    const text = decodeData(ours.data).toString("utf8");
    const prologue = (s: string) => s.split("\r\n").slice(0, 2).join("\r\n");
    expect(prologue(text)).toBe(prologue(theirs));
    expect(/[^\r]\n/.test(text)).toBe(/[^\r]\n/.test(theirs));
    expect(text.charCodeAt(0)).toBe(theirs.charCodeAt(0));
    const headerTemplates = (s: string) =>
      [...s.matchAll(/<templateId root="(2\.16\.840\.1\.113883\.10\.20\.22\.1\.[12])"\s*\/?>/g)].map(
        (m) => m[1],
      );
    expect(headerTemplates(text)).toEqual(headerTemplates(theirs));
  });

  it("lists SOEN entries like the draft bundle: type, content type, absolute url to the same id, paging", async () => {
    const draft = fixture("soarian-r4-docref-search-bundle-draft.json") as Bundle<DocumentReference>;
    const theirs = draft.entry?.find((e) => e.resource?.content[0]?.attachment.url !== undefined)?.resource;
    const ours = docs.find((d) => d.content[0]?.attachment.url !== undefined);
    expect(ours?.type?.coding?.[0]?.code).toBe(theirs?.type?.coding?.[0]?.code);
    expect(ours?.content[0]?.attachment.contentType).toBe(theirs?.content[0]?.attachment.contentType);
    expect(ours?.content[0]?.format?.code).toBe(theirs?.content[0]?.format?.code);
    const idOfUrl = (d: DocumentReference | undefined) => d?.content[0]?.attachment.url?.split("/Binary/")[1];
    expect(idOfUrl(theirs)).toBe(theirs?.id);
    expect(idOfUrl(ours)).toBe(ours?.id);
    const theirNext = new URL(draft.link?.find((l) => l.relation === "next")?.url ?? "");
    const first = (await (
      await fhir(`${sb().fhirBase}/DocumentReference?patient=${AVA}`, token)
    ).json()) as Bundle;
    const ourNext = new URL(first.link?.find((l) => l.relation === "next")?.url ?? "");
    for (const name of ["page", "pageBookmark"])
      expect(ourNext.searchParams.has(name)).toBe(theirNext.searchParams.has(name));
    expect(ourNext.searchParams.get("page")).toBe(theirNext.searchParams.get("page"));
  });

  it("carries notes inline like the published clinical note", () => {
    const published = fixture("soarian-r4-docref-read-clinical-note-abridged.json") as DocumentReference;
    const theirs = published.content[0];
    const ours = docs.find((d) => d.content[0]?.attachment.data !== undefined)?.content[0];
    expect(ours?.attachment.contentType).toBe(theirs?.attachment.contentType);
    expect(ours?.attachment.url).toBe(theirs?.attachment.url);
    expect(ours?.format?.code).toBe(theirs?.format?.code);
    expect(ours?.format?.system).toBe(theirs?.format?.system);
  });

  it("advertises no PKCE, like the published smart-configuration, and $docref like the CapabilityStatement", async () => {
    const published = fixture("soarian-r4-smart-configuration-patient.json") as Partial<SmartConfiguration>;
    const ours = await discover(sb().fhirBase);
    expect(ours.code_challenge_methods_supported).toEqual(published.code_challenge_methods_supported);
    const resourcesOf = fixture("soarian-r4-capabilitystatement-binary-docref.json") as {
      type: string;
      operation?: { name: string }[];
    }[];
    const theirOps = resourcesOf.find((r) => r.type === "DocumentReference")?.operation?.map((o) => o.name);
    const metadata = (await (await get(`${sb().fhirBase}/metadata`)).json()) as {
      rest: { resource: { type: string; operation?: { name: string }[] }[] }[];
    };
    const ourOps = metadata.rest[0]?.resource
      .find((r) => r.type === "DocumentReference")
      ?.operation?.map((o) => o.name);
    expect(ourOps).toEqual(theirOps);
  });
});

describe.skipIf(!present)("oracle-millennium matches the published Millennium payloads", () => {
  const sb = started("oracle-millennium");
  let token: string;
  beforeAll(async () => {
    token = (await launch(sb(), { base: sb().fhirBase, ehrPatient: AVA, scope: MILLENNIUM_SCOPE }))
      .access_token;
  });

  it("lists the operations as the published CapabilityStatement names them", async () => {
    const theirs = fixture("millennium-r4-capabilitystatement-binary-docref.json") as {
      type: string;
      operation?: { name: string; definition: string }[];
    }[];
    const metadata = (await (await get(`${sb().fhirBase}/metadata`)).json()) as {
      rest: { resource: { type: string; operation?: { name: string; definition: string }[] }[] }[];
    };
    for (const type of ["Binary", "DocumentReference"]) {
      const ours = metadata.rest[0]?.resource.find((r) => r.type === type)?.operation;
      expect(ours).toEqual(
        theirs.find((r) => r.type === type)?.operation?.map(({ name, definition }) => ({ name, definition })),
      );
    }
  });

  it("answers $docref with a bundle shaped like the published CCD bundle", async () => {
    const published = fixture("millennium-r4-docref-fetch-ccd-bundle.json") as Bundle<DocumentReference>;
    const response = await fhir(`${sb().fhirBase}/DocumentReference/$docref?patient=${AVA}`, token);
    const ours = (await response.json()) as Bundle<DocumentReference>;
    expect(ours.type).toBe(published.type);
    expect(ours.entry?.length).toBe(published.entry?.length);
    const [theirDoc, ourDoc] = [published.entry?.[0]?.resource, ours.entry?.[0]?.resource];
    expect(ourDoc?.type?.coding?.[0]?.code).toBe(theirDoc?.type?.coding?.[0]?.code);
    expect(ourDoc?.content[0]?.attachment.contentType).toBe(theirDoc?.content[0]?.attachment.contentType);
    expect(ourDoc?.content[0]?.format).toEqual(theirDoc?.content[0]?.format);
    const tail = (url: string | undefined) =>
      url?.replace(/^.*\/Binary\//, "Binary/").replace(/patient=.*/, "patient=");
    expect(tail(ourDoc?.content[0]?.attachment.url)).toBe(tail(theirDoc?.content[0]?.attachment.url));
  });

  it("answers the missing PDF with the OperationOutcome real servers send (404 not-found)", async () => {
    const published = fixture("millennium-r4-docref-nil-status-operationoutcome.json") as OperationOutcome;
    const docs = resources(await followPages(`${sb().fhirBase}/DocumentReference?patient=${AVA}`, token));
    const pdf = docs.find(
      (d) => d.content.length === 2 && d.content[0]?.attachment.contentType === "application/pdf",
    );
    const response = await fhir(pdf?.content[0]?.attachment.url ?? "", token, "application/pdf");
    expect(response.status).toBe(404);
    const ours = (await response.json()) as OperationOutcome;
    expect(ours.issue[0]?.severity).toBe(published.issue[0]?.severity);
    expect(ours.issue[0]?.code).toBe(published.issue[0]?.code);
  });

  it("discovers like the live patient and published provider smart-configurations", async () => {
    const live = fixture("millennium-r4-smart-configuration-patient-live.json") as SmartConfiguration;
    const provider = fixture(
      "millennium-r4-smart-configuration-provider-abridged.json",
    ) as SmartConfiguration;
    const personas = (sb() as RunningSandbox & { personas: { patient: string } }).personas;
    const ours = await discover(personas.patient);
    const persona = (url: string) => /personas\/(\w+)\/authorize$/.exec(url)?.[1];
    expect(persona(ours.authorization_endpoint)).toBe(persona(live.authorization_endpoint));
    expect(persona((await discover(sb().fhirBase)).authorization_endpoint)).toBe(
      persona(provider.authorization_endpoint),
    );
    expect(ours.code_challenge_methods_supported).toEqual(live.code_challenge_methods_supported);
    const resourceScopes = ours.scopes_supported.filter((s) => /^(patient|user)\//.test(s));
    expect(resourceScopes.length).toBeGreaterThan(0);
    for (const scope of resourceScopes) expect(live.scopes_supported).toContain(scope);
  });
});

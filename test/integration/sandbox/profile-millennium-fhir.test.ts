// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import type { Binary, Bundle, CapabilityStatement, DocumentReference, OperationOutcome } from "fhir/r4";
import { get } from "./sandbox-client";
import {
  AVA,
  decodeData,
  fhir,
  followPages,
  launch,
  profileSandboxForFile,
  resources,
  type Paged,
} from "./profile-client";

const sb = profileSandboxForFile("oracle-millennium");
const V2 =
  "launch openid fhirUser online_access patient/Patient.rs patient/DocumentReference.rs patient/Binary.r";

let token: string;
let paged: Paged;
let docs: DocumentReference[];
beforeAll(async () => {
  token = (await launch(sb, { base: sb.personas.provider, ehrPatient: AVA, scope: V2 })).access_token;
  paged = await followPages(`${sb.personas.provider}/DocumentReference?patient=${AVA}`, token);
  docs = resources(paged);
});

const search = (query: string) =>
  fhir(`${sb.personas.provider}/DocumentReference?patient=${AVA}&${query}`, token);

async function expect400(response: Response): Promise<string> {
  expect(response.status).toBe(400);
  const outcome = (await response.json()) as OperationOutcome;
  expect(outcome.resourceType).toBe("OperationOutcome");
  return outcome.issue[0]?.diagnostics ?? "";
}

describe("oracle-millennium: paging", () => {
  it("pages 10 at a time by pageContext + direction=NEXT, repeating the last entry of each page, no total", () => {
    expect(paged.pages.length).toBeGreaterThanOrEqual(3);
    expect(paged.pages[0]?.entry).toHaveLength(10);
    for (const link of paged.links) {
      const url = new URL(link);
      expect(url.searchParams.get("direction")).toBe("NEXT");
      expect(url.searchParams.get("pageContext")).toEqual(expect.any(String));
    }
    for (let i = 1; i < paged.pages.length; i++) {
      const previous = paged.pages[i - 1]?.entry ?? [];
      expect(paged.pages[i]?.entry?.[0]?.resource?.id).toBe(previous.at(-1)?.resource?.id);
    }
    expect(paged.ids.length).toBeGreaterThan(new Set(paged.ids).size);
    expect(paged.pages.every((page) => page.total === undefined)).toBe(true);
  });

  it("caps _count at 100", async () => {
    const bundle = (await (await search("_count=500")).json()) as Bundle;
    expect(bundle.entry?.length).toBe(Math.min(100, docs.length));
  });
});

describe("oracle-millennium: strict date rules (400 OperationOutcome)", () => {
  it.each([
    ["two dates without a time", "date=ge2020-01-01&date=le2030-01-01"],
    ["two lower bounds", "date=ge2020-01-01T00:00:00Z&date=gt2021-01-01T00:00:00Z"],
    ["three dates", "date=ge2020-01-01T00:00:00Z&date=le2030-01-01T00:00:00Z&date=2025"],
    ["an unsupported prefix", "date=ne2020-01-01"],
    ["date with period", "date=ge2020-01-01&period=ge2020-01-01&period=lt2021-01-01"],
    ["a single period", "period=ge2020-01-01"],
    ["period with other prefixes", "period=ge2020-01-01&period=le2021-01-01"],
  ])("refuses %s", async (_name, query) => {
    expect(await expect400(await search(query))).not.toBe("");
  });

  it("accepts what the rules allow", async () => {
    for (const query of ["date=ge2020-01-01", "date=ge2000-01-01T00:00:00Z&date=lt2100-01-01T00:00:00Z"]) {
      expect((await search(query)).status).toBe(200);
    }
  });

  it("filters by period (ge + lt) on the start of context.period", async () => {
    const starts = docs.map((d) => d.context?.period?.start ?? "").sort();
    const middle = starts[Math.floor(starts.length / 2)]?.slice(0, 10) ?? "";
    const response = await search(`period=ge${middle}&period=lt2100-01-01&_count=100`);
    const bundle = (await response.json()) as Bundle<DocumentReference>;
    const found = bundle.entry?.map((e) => e.resource?.context?.period?.start ?? "") ?? [];
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(docs.length);
    for (const start of found) expect(Date.parse(start)).toBeGreaterThanOrEqual(Date.parse(middle));
  });

  it("refuses _id combined with patient", async () => {
    await expect400(await search(`_id=${docs[0]?.id ?? ""}`));
    expect(
      (await fhir(`${sb.personas.provider}/DocumentReference?_id=${docs[0]?.id ?? ""}`, token)).status,
    ).toBe(200);
  });
});

describe("oracle-millennium: documents and Binary", () => {
  it("writes absolute attachment urls on the base the request came in on", () => {
    for (const doc of docs) {
      for (const content of doc.content) {
        expect(content.attachment.url).toMatch(
          new RegExp(`^${sb.personas.provider}/Binary/(XML|XR|TR)-\\d+$`),
        );
      }
    }
  });

  it("negotiates Binary: fhir+json gives the resource, the content type raw bytes, application/json 406", async () => {
    const url =
      docs.find((d) => d.content[0]?.attachment.contentType === "application/xml")?.content[0]?.attachment
        .url ?? "";
    const resource = (await (await fhir(url, token)).json()) as Binary;
    expect(resource.resourceType).toBe("Binary");
    const raw = await fhir(url, token, "application/xml");
    expect(raw.headers.get("content-type")).toBe("application/xml");
    expect(await raw.text()).toBe(decodeData(resource.data).toString("utf8"));
    expect((await fhir(url, token, "application/json")).status).toBe(406);
  });

  it("has a PDF whose Binary is 404 while the same DocumentReference's XML rendition works", async () => {
    const doc = docs.find(
      (d) => d.content.length === 2 && d.content[0]?.attachment.contentType === "application/pdf",
    );
    const [pdf, xml] = doc?.content ?? [];
    expect(pdf?.attachment.url).toMatch(/\/Binary\/XR-\d+$/);
    const missing = await fhir(pdf?.attachment.url ?? "", token, "application/pdf");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as OperationOutcome).issue[0]?.code).toBe("not-found");
    const rendition = await fhir(xml?.attachment.url ?? "", token, "application/xml");
    expect(rendition.status).toBe(200);
    expect(await rendition.text()).toContain("<ClinicalDocument");
  });

  it("serves a working PDF and HTML notes through Binary (nothing inline)", async () => {
    const all = docs.flatMap((d) => d.content);
    expect(all.every((c) => c.attachment.data === undefined)).toBe(true);
    const pdfDoc = docs.find(
      (d) => d.content.length === 1 && d.content[0]?.attachment.contentType === "application/pdf",
    );
    const pdf = await fhir(pdfDoc?.content[0]?.attachment.url ?? "", token, "application/pdf");
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    const html = all.find((c) => c.attachment.contentType === "text/html");
    expect(html?.attachment.url).toMatch(/\/Binary\/TR-\d+$/);
    expect((await fhir(html?.attachment.url ?? "", token, "text/html")).status).toBe(200);
  });
});

describe("oracle-millennium: $docref and the on-demand CCD", () => {
  it("is advertised in the CapabilityStatement", async () => {
    const metadata = (await (await get(`${sb.personas.provider}/metadata`)).json()) as CapabilityStatement;
    const docref = metadata.rest?.[0]?.resource?.find((r) => r.type === "DocumentReference");
    expect(docref?.operation?.[0]?.definition).toBe("http://hl7.org/fhir/us/core/OperationDefinition/docref");
  });

  it("returns one CCD entry whose url is Binary/$autogen-ccd-if, which generates the document", async () => {
    const response = await fhir(
      `${sb.personas.provider}/DocumentReference/$docref?patient=${AVA}&type=${encodeURIComponent("http://loinc.org|34133-9")}`,
      token,
    );
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as Bundle<DocumentReference>;
    expect(bundle.type).toBe("searchset");
    expect(bundle.entry).toHaveLength(1);
    const attachment = bundle.entry?.[0]?.resource?.content[0]?.attachment;
    expect(attachment?.contentType).toBe("application/xml");
    expect(attachment?.url).toBe(`${sb.personas.provider}/Binary/$autogen-ccd-if?patient=${AVA}`);
    const raw = await fhir(attachment?.url ?? "", token, "application/xml");
    expect(raw.status).toBe(200);
    expect(await raw.text()).toMatch(/<ClinicalDocument[\s\S]*34133-9/);
    const binary = (await (await fhir(attachment?.url ?? "", token)).json()) as Binary;
    expect(binary.contentType).toBe("application/xml");
  });

  it("validates $docref parameters", async () => {
    const docref = (query: string) =>
      fhir(`${sb.personas.provider}/DocumentReference/$docref?${query}`, token);
    await expect400(await docref(`patient=${AVA}&type=34133-9`));
    await expect400(await docref(`patient=${AVA}&start=2020-01-01`));
    expect((await docref("type=http://loinc.org|34133-9")).status).toBe(400);
    expect((await docref(`patient=${AVA}&start=2020-01-01T00:00:00Z`)).status).toBe(200);
  });

  it("answers another patient's on-demand CCD like a missing Binary", async () => {
    const response = await fhir(`${sb.personas.provider}/Binary/$autogen-ccd-if?patient=p-lena-novak`, token);
    expect(response.status).toBe(404);
  });
});

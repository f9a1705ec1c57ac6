/** A SmartSession stand-in serving synthetic C-CDA documents, counting requests and how many run at once. */
import type { SmartSession } from "../../../src/fhir/smart-session";

export interface FakeDoc {
  id: string;
  title: string;
  date: string;
  typeCode: string;
  xml: string;
}

export interface FakeServer {
  session: SmartSession;
  binaryRequests: () => number;
  maxInFlight: () => number;
  aborted: () => number;
  /** Holds every Binary response until released (for cancel tests). */
  hold: () => void;
  release: () => void;
}

const FHIR_BASE = "http://fhir.test/fhir";

function bundle(docs: readonly FakeDoc[]) {
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: docs.length,
    entry: docs.map((d) => ({
      resource: {
        resourceType: "DocumentReference",
        id: d.id,
        status: "current",
        type: { coding: [{ system: "http://loinc.org", code: d.typeCode }], text: d.title },
        description: d.title,
        date: d.date,
        content: [{ attachment: { contentType: "application/xml", url: `Binary/${d.id}` } }],
      },
    })),
  };
}

export function fakeServer(docs: readonly FakeDoc[], delayMs = 15): FakeServer {
  let binaries = 0;
  let inFlight = 0;
  let max = 0;
  let aborted = 0;
  let held: (() => void)[] | undefined;
  const wait = (signal: AbortSignal | undefined) =>
    new Promise<void>((resolve, reject) => {
      const done = () => {
        setTimeout(resolve, delayMs);
      };
      signal?.addEventListener("abort", () => {
        aborted += 1;
        reject(new DOMException("Aborted", "AbortError"));
      });
      if (held === undefined) done();
      else held.push(done);
    });
  const session: SmartSession = {
    fhirBase: FHIR_BASE,
    patientId: "p1",
    encounterId: undefined,
    needPatientBanner: false,
    fhirUser: undefined,
    async request(url, options) {
      if (url.startsWith("DocumentReference")) {
        return { kind: "json", json: bundle(docs), contentType: "application/fhir+json" };
      }
      const id = url.replace(/^.*Binary\//, "");
      const doc = docs.find((d) => d.id === id);
      binaries += 1;
      inFlight += 1;
      max = Math.max(max, inFlight);
      try {
        await wait(options?.signal);
      } finally {
        inFlight -= 1;
      }
      if (doc === undefined) throw new Error(`no ${url}`);
      const data = Buffer.from(doc.xml, "utf8").toString("base64");
      return {
        kind: "json",
        json: { resourceType: "Binary", contentType: "application/xml", data },
        contentType: "application/fhir+json",
      };
    },
  };
  return {
    session,
    binaryRequests: () => binaries,
    maxInFlight: () => max,
    aborted: () => aborted,
    hold: () => {
      held = [];
    },
    release: () => {
      const list = held ?? [];
      held = undefined;
      for (const run of list) run();
    },
  };
}

/**
 * FHIR operations some profiles offer: `DocumentReference/$docref` (Soarian: the Summary of Episode Notes;
 * Millennium: one on-demand CCD) and Millennium's `Binary/$autogen-ccd-if?patient=` that generates it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bundle, DocumentReference } from "fhir/r4";
import type { SandboxContext } from "../context";
import { autogenCcdId } from "../data/flavor-millennium";
import { stableUuid } from "../data/prng";
import { sendFhirJson, type Headers } from "../http/respond";
import { requireScope, type FhirSession } from "./access";
import { serveBinary } from "./binary-route";
import { parseDocumentReferenceQuery } from "./document-reference-query";
import { searchDocumentReferences } from "./document-reference-search";
import { searchAllowed } from "../profiles/profile";
import { FhirError } from "./operation-outcome";

export interface OperationRequest {
  ctx: SandboxContext;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  headers: Headers;
}

const SOEN = { system: "http://loinc.org", code: "34133-9" };

function notSupported(type: string, name: string): FhirError {
  return new FhirError(404, "not-supported", `Operation ${name} is not supported on ${type} by this server`);
}

function requirePatient(params: URLSearchParams, session: FhirSession): string {
  const patient = params.get("patient");
  if (patient === null || patient === "")
    throw new FhirError(400, "required", "The patient parameter is required");
  if (patient.replace(/^Patient\//, "") !== session.patient) {
    throw new FhirError(403, "forbidden", "The patient parameter does not match the patient in context");
  }
  return session.patient;
}

/** Millennium: `start`/`end` are dateTimes with a time component, prefix `eq` or none. */
function checkStartEnd(params: URLSearchParams): void {
  for (const name of ["start", "end"]) {
    const value = params.get(name);
    if (value !== null && !/^(eq)?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
      throw new FhirError(
        400,
        "invalid",
        `The ${name} parameter must be a valid dateTime with a time component.`,
      );
    }
  }
}

function wantsSoen(params: URLSearchParams): boolean {
  const types = params.getAll("type").flatMap((t) => t.split(","));
  for (const type of types) {
    if (!/^[^|]+\|[^|]+$/.test(type)) {
      throw new FhirError(400, "invalid", "The type parameter must include both a system and a code.");
    }
  }
  return types.length === 0 || types.includes(`${SOEN.system}|${SOEN.code}`);
}

function onDemandCcd(ctx: SandboxContext, patient: string): DocumentReference {
  return {
    resourceType: "DocumentReference",
    id: stableUuid(`autogen-ccd|${patient}`),
    status: "current",
    type: { coding: [{ ...SOEN, display: "Summary of episode note" }], text: "Summary of episode note" },
    subject: { reference: `Patient/${patient}` },
    date: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    content: [
      {
        attachment: {
          contentType: "application/xml",
          url: `${ctx.fhirBase}/Binary/$autogen-ccd-if?patient=${encodeURIComponent(patient)}`,
        },
        format: {
          system: "urn:oid:1.3.6.1.4.1.19376.1.2.3",
          code: "urn:hl7-org:sdwg:ccda-structuredBody:2.1",
          display: "For documents following C-CDA constraints using a structured body.",
        },
      },
    ],
  };
}

function millenniumDocref(r: OperationRequest, session: FhirSession): Bundle {
  const params = r.url.searchParams;
  const patient = requirePatient(params, session);
  checkStartEnd(params);
  const hasCcd = wantsSoen(params) && r.ctx.dataset.binaries.has(autogenCcdId(patient));
  const entry = hasCcd ? [onDemandCcd(r.ctx, patient)] : [];
  return {
    resourceType: "Bundle",
    type: "searchset",
    link: [{ relation: "self", url: `${r.ctx.fhirBase}/DocumentReference/$docref?${params.toString()}` }],
    entry: entry.map((resource) => ({
      fullUrl: `${r.ctx.fhirBase}/DocumentReference/${resource.id ?? ""}`,
      resource,
    })),
  };
}

/** Soarian: "$docref returns a bundle of type 'searchset' … containing all summary of episode note documents". */
function soarianDocref(r: OperationRequest, session: FhirSession): Bundle {
  const params = r.url.searchParams;
  requirePatient(params, session);
  const query = parseDocumentReferenceQuery(
    params,
    session,
    r.ctx.fhirBase,
    false,
    searchAllowed(r.ctx.profile),
  );
  query.types.push([SOEN]);
  return searchDocumentReferences(
    r.ctx,
    session,
    query,
    params,
    `${r.ctx.fhirBase}/DocumentReference/$docref`,
  );
}

/** GET <base>/<type>/$<operation> */
export function runOperation(r: OperationRequest, session: FhirSession, type: string, name: string): void {
  const { profile } = r.ctx;
  if (type === "DocumentReference" && name === "$docref" && profile.docref !== "none") {
    requireScope(session, "DocumentReference", "search");
    const bundle =
      profile.docref === "autogen-ccd" ? millenniumDocref(r, session) : soarianDocref(r, session);
    sendFhirJson(r.res, 200, bundle, r.headers);
  } else if (type === "Binary" && name === "$autogen-ccd-if" && profile.docref === "autogen-ccd") {
    requireScope(session, "DocumentReference", "read");
    const patient = r.url.searchParams.get("patient") ?? "";
    checkStartEnd(r.url.searchParams);
    if (patient === "") throw new FhirError(400, "required", "The patient parameter is required");
    // Another patient's CCD answers like a missing one, as every Binary does.
    const id = patient === session.patient ? autogenCcdId(patient) : "unknown";
    serveBinary(r.ctx, session, id, r.req, r.res, r.headers);
  } else {
    throw notSupported(type, name);
  }
}

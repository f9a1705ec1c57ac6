// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import type { Bundle, DocumentReference } from "fhir/r4";
import { AVA, LOINC } from "./fixture-dataset";
import { expectOutcome, fhirGet, launchToToken, sandboxForFile } from "./sandbox-client";

const sb = sandboxForFile();
let accessToken: string;
beforeAll(async () => {
  accessToken = (await launchToToken(sb, AVA)).access_token;
});

async function search(query: string, init: RequestInit = {}): Promise<Bundle<DocumentReference>> {
  const response =
    init.method === "POST"
      ? await fetch(`${sb.fhirBase}/DocumentReference/_search`, {
          ...init,
          headers: {
            authorization: `Bearer ${accessToken}`,
            "content-type": "application/x-www-form-urlencoded",
          },
        })
      : await fhirGet(sb, `DocumentReference?${query}`, accessToken, init.headers as Record<string, string>);
  expect(response.status).toBe(200);
  const bundle = (await response.json()) as Bundle<DocumentReference>;
  expect(bundle.resourceType).toBe("Bundle");
  expect(bundle.type).toBe("searchset");
  return bundle;
}

function ids(bundle: Bundle<DocumentReference>): string[] {
  return (bundle.entry ?? []).map((e) => e.resource?.id ?? "");
}

function link(bundle: Bundle, relation: string): string | undefined {
  return bundle.link?.find((l) => l.relation === relation)?.url;
}

describe("DocumentReference search", () => {
  it("returns a searchset with total, absolute fullUrls and search.mode=match, newest first by default", async () => {
    const bundle = await search(`patient=${AVA}&_count=100`);
    expect(bundle.total).toBe(13);
    expect(ids(bundle).slice(0, 3)).toEqual(["dr-ava-12", "dr-ava-11", "dr-ava-10"]);
    expect(ids(bundle).at(-1)).toBe("dr-ava-inline");
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toBe(`${sb.fhirBase}/DocumentReference/${entry.resource?.id ?? ""}`);
      expect(entry.search?.mode).toBe("match");
    }
  });

  it("accepts subject as Patient/<id>, <id> and :Patient, and POST _search", async () => {
    expect((await search(`subject=Patient/${AVA}`)).total).toBe(13);
    expect((await search(`subject=${AVA}`)).total).toBe(13);
    expect((await search(`subject:Patient=${AVA}`)).total).toBe(13);
    const posted = await search("", { method: "POST", body: `patient=${AVA}&type=34133-9` });
    expect(posted.total).toBe(6);
  });

  it("filters by type as system|code or code, OR within a list", async () => {
    expect((await search(`patient=${AVA}&type=${encodeURIComponent(`${LOINC}|34133-9`)}`)).total).toBe(6);
    expect((await search(`patient=${AVA}&type=11506-3`)).total).toBe(7);
    expect((await search(`patient=${AVA}&type=11506-3,34133-9`)).total).toBe(13);
    expect((await search(`patient=${AVA}&type=${encodeURIComponent("http://other|34133-9")}`)).total).toBe(0);
  });

  it("filters by category and status", async () => {
    expect((await search(`patient=${AVA}&category=clinical-note`)).total).toBe(13);
    expect((await search(`patient=${AVA}&category=other`)).total).toBe(0);
    expect(ids(await search(`patient=${AVA}&status=superseded`))).toEqual(["dr-ava-01"]);
    expect((await search(`patient=${AVA}&status=current`)).total).toBe(12);
  });

  it("filters by date with prefixes at day, month and full precision, ANDing two bounds", async () => {
    expect(ids(await search(`patient=${AVA}&date=2024-03-15`))).toEqual(["dr-ava-03"]);
    expect(ids(await search(`patient=${AVA}&date=eq2024-03`))).toEqual(["dr-ava-03"]);
    expect((await search(`patient=${AVA}&date=2024`)).total).toBe(12);
    expect((await search(`patient=${AVA}&date=ge2024-10-15`)).total).toBe(3);
    expect((await search(`patient=${AVA}&date=gt2024-10-15`)).total).toBe(2);
    expect((await search(`patient=${AVA}&date=lt2024-01-15`)).total).toBe(1);
    expect((await search(`patient=${AVA}&date=le2024-01-15`)).total).toBe(2);
    expect((await search(`patient=${AVA}&date=ge2024-04-01&date=le2024-06-30`)).total).toBe(3);
    const instant = encodeURIComponent("2024-05-15T10:00:00Z");
    expect(ids(await search(`patient=${AVA}&date=${instant}`))).toEqual(["dr-ava-05"]);
    expect((await search(`patient=${AVA}&date=gt${instant}`)).total).toBe(7);
  });

  it("rejects malformed dates and unsupported comparators with a 400 OperationOutcome", async () => {
    await expectOutcome(
      await fhirGet(sb, `DocumentReference?patient=${AVA}&date=2024-13-99`, accessToken),
      400,
    );
    const outcome = await expectOutcome(
      await fhirGet(sb, `DocumentReference?patient=${AVA}&date=sa2024`, accessToken),
      400,
    );
    expect(outcome.issue[0]?.diagnostics).toContain("comparator");
  });

  it("sorts by date ascending with _sort=date", async () => {
    expect(ids(await search(`patient=${AVA}&_sort=date&_count=2`))).toEqual(["dr-ava-inline", "dr-ava-01"]);
    await expectOutcome(await fhirGet(sb, `DocumentReference?patient=${AVA}&_sort=title`, accessToken), 400);
  });

  it("pages with _count (default 10, max 100) and opaque self/next/previous links on the FHIR base", async () => {
    const first = await search(`patient=${AVA}`);
    expect(first.entry).toHaveLength(10);
    expect(link(first, "previous")).toBeUndefined();
    const next = link(first, "next") ?? "";
    expect(next.startsWith(`${sb.fhirBase}/DocumentReference?`)).toBe(true);
    expect(next).toContain("_page=");

    const second = (await (await fhirGet(sb, next, accessToken)).json()) as Bundle<DocumentReference>;
    expect(second.total).toBe(13);
    expect(ids(second)).toHaveLength(3);
    expect(ids(second)).not.toContain(ids(first)[0]);
    expect(link(second, "next")).toBeUndefined();
    expect(link(second, "self")).toBe(next);
    const previous = (await (
      await fhirGet(sb, link(second, "previous") ?? "", accessToken)
    ).json()) as Bundle;
    expect(ids(previous as Bundle<DocumentReference>)).toEqual(ids(first));

    expect((await search(`patient=${AVA}&_count=1000`)).entry).toHaveLength(13);
    const none = await search(`patient=${AVA}&_count=0`);
    expect(none.total).toBe(13);
    expect(none.entry).toHaveLength(0);
    await expectOutcome(await fhirGet(sb, `DocumentReference?patient=${AVA}&_count=-1`, accessToken), 400);
    await expectOutcome(
      await fhirGet(sb, `DocumentReference?patient=${AVA}&_page=garbage`, accessToken),
      400,
    );
  });

  it("requires a patient or _id, ignores unknown parameters unless Prefer: handling=strict", async () => {
    await expectOutcome(await fhirGet(sb, "DocumentReference?type=34133-9", accessToken), 400);
    expect((await search(`patient=${AVA}&foo=bar`)).total).toBe(13);
    const strict = await fhirGet(sb, `DocumentReference?patient=${AVA}&foo=bar`, accessToken, {
      prefer: "handling=strict",
    });
    expect((await expectOutcome(strict, 400)).issue[0]?.diagnostics).toContain("foo");
    await expectOutcome(await fhirGet(sb, `DocumentReference?patient=${AVA}&type:text=x`, accessToken), 400);
  });
});

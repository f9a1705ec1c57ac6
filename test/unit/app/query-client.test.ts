import { QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { CONTENT_CACHE_BOUNDS, createQueryClient } from "../../../src/app/query-client";

const session = ["fhir", "https://ehr.example/fhir", "p1"] as const;
const contentKey = (id: string) => [...session, "content", id, `Binary/${id}`];

const clients: ReturnType<typeof createQueryClient>[] = [];
afterEach(() => {
  clients.splice(0).forEach((client) => {
    client.clear();
  });
});

/** Opens a document the way DocumentPane does (an observer on its content query), then leaves it. */
async function openAndLeave(client: ReturnType<typeof createQueryClient>, id: string, chars = 10) {
  const observer = new QueryObserver(client, {
    queryKey: contentKey(id),
    queryFn: () => Promise.resolve({ content: { kind: "ccda", text: "x".repeat(chars), warnings: [] } }),
  });
  const unsubscribe = observer.subscribe(() => undefined);
  await observer.refetch();
  unsubscribe();
}

const cachedDocuments = (client: ReturnType<typeof createQueryClient>) =>
  client
    .getQueryCache()
    .findAll({ queryKey: [...session, "content"] })
    .map((query) => query.queryKey[4]);

describe("createQueryClient: cache bounds for left documents", () => {
  it("keeps only the most recently left documents", async () => {
    const client = createQueryClient();
    clients.push(client);
    const ids = Array.from({ length: CONTENT_CACHE_BOUNDS.maxInactive + 4 }, (_, i) => `d${i}`);
    for (const id of ids) await openAndLeave(client, id);
    expect(cachedDocuments(client).sort()).toEqual(ids.slice(-CONTENT_CACHE_BOUNDS.maxInactive).sort());
  });

  it("drops left documents beyond the character budget, keeping the latest", async () => {
    const client = createQueryClient();
    clients.push(client);
    const big = Math.ceil(CONTENT_CACHE_BOUNDS.maxInactiveChars * 0.6);
    await openAndLeave(client, "a", big);
    await openAndLeave(client, "b", big);
    expect(cachedDocuments(client)).toEqual(["b"]);
  });

  it("never evicts the open document or other queries", async () => {
    const client = createQueryClient();
    clients.push(client);
    client.setQueryData([...session, "documents"], { pages: [] });
    const open = new QueryObserver(client, {
      queryKey: contentKey("open"),
      queryFn: () => Promise.resolve({ content: { kind: "ccda", text: "open", warnings: [] } }),
    });
    const unsubscribe = open.subscribe(() => undefined);
    await open.refetch();
    for (let i = 0; i < CONTENT_CACHE_BOUNDS.maxInactive + 2; i += 1) await openAndLeave(client, `d${i}`);
    expect(cachedDocuments(client)).toContain("open");
    expect(client.getQueryData([...session, "documents"])).toEqual({ pages: [] });
    unsubscribe();
  });
});

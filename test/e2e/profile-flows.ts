/**
 * Steps for profiles.e2e.ts: launching against any e2e sandbox, watching the search pages and the token
 * endpoint from the browser's side, serving a deployer's config.json variant, opening a document by id.
 */
import type { Locator, Page } from "playwright-core";
import { expect, inject } from "vitest";
import type { E2eSandboxInfo } from "./app-servers";
import { appOrigin } from "./flows";

/** An e2e sandbox by key, with its profile and persona bases. */
export function sandbox(key: string): E2eSandboxInfo {
  const found = inject("sandboxes")[key];
  if (found === undefined) throw new Error(`No e2e sandbox "${key}"; add it to test/e2e/sandboxes.ts`);
  return found;
}

interface SandboxRef {
  origin: string;
}

/** Launches the patient from the sandbox's EHR simulator, with launch options, and waits for the viewer. */
export async function ehrLaunchOn(
  page: Page,
  sandbox: SandboxRef,
  patientName: string,
  options: Record<string, string> = {},
): Promise<void> {
  await page.goto(`${sandbox.origin}/ehr`);
  const href = await page.getByRole("link", { name: `Launch ${patientName}` }).getAttribute("href");
  expect(href, `the EHR simulator lists ${patientName}`).toBeTruthy();
  const url = new URL(href ?? "", sandbox.origin);
  for (const [key, value] of Object.entries(options)) url.searchParams.append(key, value);
  await page.goto(url.href);
  await page.waitForURL(`${appOrigin()}/viewer**`);
}

/** Standalone launch from the start page; `patientName` is picked in the sandbox's patient picker. */
export async function standaloneLaunch(page: Page, serverName: string, patientName: string | undefined) {
  await page.goto(`${appOrigin()}/`);
  await page.getByRole("button", { name: `Sign in to ${serverName}`, exact: true }).click();
  if (patientName === undefined) return;
  await page.getByRole("link", { name: `Select ${patientName}` }).click();
  await page.waitForURL(`${appOrigin()}/viewer**`);
}

export interface PageLog {
  /** DocumentReference search pages answered. */
  pages: number;
  /** Entries across all pages, repeats included. */
  entries: number;
  ids: Set<string>;
}

function isSearch(url: URL): boolean {
  return url.pathname.endsWith("/DocumentReference") && url.searchParams.has("patient");
}

/**
 * The app asks for 50 a page; the sandboxes hold about 35 documents a patient. The first request is sent with
 * `_count=10` instead, so the server's own next links (each profile's paging style) carry the rest.
 */
export async function smallPages(page: Page): Promise<PageLog> {
  const log: PageLog = { pages: 0, entries: 0, ids: new Set() };
  await page.route(
    (url) => isSearch(url) && url.searchParams.get("_count") === "50",
    (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("_count", "10");
      return route.continue({ url: url.href });
    },
  );
  page.on("response", (response) => {
    const url = new URL(response.url());
    const searchPage = isSearch(url) || /[?&](page|pageContext|_page)=/.test(url.search);
    if (!url.pathname.endsWith("/DocumentReference") || !searchPage) return;
    if (response.request().method() !== "GET" || response.status() !== 200) return;
    void response.json().then((bundle: { entry?: { resource?: { id?: string } }[] }) => {
      log.pages += 1;
      for (const entry of bundle.entry ?? []) {
        log.entries += 1;
        if (entry.resource?.id !== undefined) log.ids.add(entry.resource.id);
      }
    });
  });
  return log;
}

export interface TokenLog {
  readonly refreshes: number;
  readonly refused: number[];
}

/** Counts refresh grants the browser sends, and the statuses of refused token requests. */
export function trackTokenCalls(page: Page): TokenLog {
  const log = { refreshes: 0, refused: [] as number[] };
  page.on("request", (request) => {
    if (request.method() === "POST" && /\/token$/.test(new URL(request.url()).pathname)) {
      if ((request.postData() ?? "").includes("grant_type=refresh_token")) log.refreshes += 1;
    }
  });
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (/\/token$/.test(pathname) && response.request().method() === "POST" && response.status() >= 400) {
      log.refused.push(response.status());
    }
  });
  return log;
}

type ServerEntries = Record<string, unknown>[];

/** Serves a variant of the build's config.json (what a deployer might get wrong) to this page only. */
export async function serveConfig(page: Page, change: (servers: ServerEntries) => ServerEntries) {
  const response = await fetch(`${appOrigin()}/config.json`);
  const config = (await response.json()) as { servers: ServerEntries };
  const body = JSON.stringify({ ...config, servers: change(config.servers) });
  await page.route(`${appOrigin()}/config.json`, (route) =>
    route.fulfill({ contentType: "application/json", body }),
  );
}

/** Opens the list row of a DocumentReference id and waits until its article has finished loading. */
export async function openById(page: Page, id: string): Promise<Locator> {
  const button = page.locator(`button[data-key="${id}"]`);
  const title = (await button.locator(".document-row__title").textContent())?.trim() ?? "";
  expect(title, `a row for ${id}`).not.toBe("");
  await button.click();
  await page.waitForURL((url) => url.searchParams.get("doc") === id);
  const article = page.getByRole("article", { name: title, exact: true });
  await article.waitFor();
  await expect
    .poll(() => article.getAttribute("aria-busy"), { timeout: 30_000, message: `${id} finished loading` })
    .toBe("false");
  return article;
}

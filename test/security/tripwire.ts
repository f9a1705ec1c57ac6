/**
 * The tripwire for hostile documents in real Chromium. Installed before any app script runs:
 * - `__tw(label)`: a Playwright binding every payload we wrote calls; alert/confirm/prompt/print call it too
 *   (the shared XSS vectors call those);
 * - fetch to a foreign origin is refused and recorded (the network log records everything else);
 * - `securitypolicyviolation` events are recorded separately: an attempt the CSP blocked, i.e. markup that
 *   got past the sanitizer but could not run.
 */
import type { Page } from "playwright-core";

export interface Tripwire {
  /** Script that ran: tripwire calls, overridden functions, dialogs. */
  executions: string[];
  /** CSP violations on live elements of the page: markup past the sanitizer that the policy stopped. */
  blocked: string[];
  /**
   * CSP violation reports Chromium raises while *parsing* inert documents (DOMParser: our XML parse and
   * DOMPurify's HTML parse inherit the page's policy). Nothing there is live; counted apart.
   */
  inertParseReports: number;
  /** fetch() calls to foreign origins the override refused. */
  foreignFetches: string[];
  /**
   * Real JavaScript dialogs. Every frame of our origin has alert/confirm/prompt overridden before its scripts
   * run, so a real dialog can only come from the browser's PDF viewer running a PDF's own script (PDFium's
   * isolated interpreter, with no access to our origin): recorded apart from executions in our origin.
   */
  pdfViewerDialogs: string[];
}

export async function armTripwire(page: Page, allowedOrigins: readonly string[]): Promise<Tripwire> {
  const wire: Tripwire = {
    executions: [],
    blocked: [],
    inertParseReports: 0,
    foreignFetches: [],
    pdfViewerDialogs: [],
  };
  await page.exposeBinding("__tw", (_source, label: unknown) => {
    wire.executions.push(String(label));
  });
  await page.exposeBinding("__twBlocked", (_source, what: unknown, live: unknown) => {
    if (live === true) wire.blocked.push(String(what));
    else wire.inertParseReports += 1;
  });
  await page.exposeBinding("__twFetch", (_source, url: unknown) => {
    wire.foreignFetches.push(String(url));
  });
  page.on("dialog", (dialog) => {
    wire.pdfViewerDialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  await page.addInitScript((allowed: readonly string[]) => {
    const w = window as unknown as Record<string, unknown> & {
      __tw(label: string): void;
      __twBlocked(what: string, live: boolean): void;
      __twFetch(url: string): void;
    };
    for (const name of ["alert", "confirm", "prompt", "print"]) {
      w[name] = (...args: unknown[]) => {
        w.__tw(`${name}(${args.map(String).join(",")})`);
        return name === "confirm" ? false : null;
      };
    }
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (/^https?:$/.test(url.protocol) && !allowed.includes(url.origin)) {
        w.__twFetch(url.href);
        return Promise.reject(new TypeError("tripwire: foreign fetch refused"));
      }
      return realFetch(input, init);
    };
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
      // A violation in the live page is fired at the element; one raised inside an inert document is not.
      const live = event.target instanceof Element && event.target.isConnected;
      w.__twBlocked(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sample} at ${where}`.trim(),
        live,
      );
    });
  }, allowedOrigins);
  return wire;
}

export interface DocumentInspection {
  /** Elements of the document drawn outside the container's box (and not clipped by it). */
  outside: string[];
  /** Viewport points outside the container where the topmost element belongs to the document. */
  overlaid: string[];
  /** ids inside the container that do not carry the renderer's namespace, and ids used twice on the page. */
  foreignIds: string[];
  duplicateIds: string[];
  /** Links whose scheme is not http(s)/mailto/tel/#fragment. */
  unsafeLinks: string[];
  /** Globals the app (or the tripwire) relies on that are no longer what they were. */
  touchedGlobals: string[];
  /** The app's #root is no longer the element index.html created. */
  rootReplaced: boolean;
  elements: number;
}

/**
 * Runs inside the page: pokes every element of the container with synthetic events (an inline handler that
 * survived would fire), then measures boxes, ids, links and globals.
 */
export async function inspectDocument(page: Page, containerSelector: string): Promise<DocumentInspection> {
  return page.evaluate((selector) => {
    const container = document.querySelector(selector);
    if (container === null) throw new Error(`no ${selector}`);
    const all = Array.from(container.querySelectorAll("*"));
    for (const el of all) {
      for (const type of ["mouseover", "pointerenter", "focus", "animationstart", "load", "error"]) {
        el.dispatchEvent(new Event(type));
      }
      if (el.tagName !== "A") el.dispatchEvent(new MouseEvent("click", { bubbles: false, cancelable: true }));
    }
    // The pokes' clicks toggle <details> (a summary's activation behaviour): measure them all open, so what they
    // hold is measured too.
    container.querySelectorAll("details:not([open])").forEach((details) => {
      (details as HTMLDetailsElement).open = true;
    });
    const box = container.getBoundingClientRect();
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80);
    const clips = (a: Element) => {
      const style = getComputedStyle(a);
      return (
        style.overflowX !== "visible" ||
        style.overflowY !== "visible" ||
        /paint|strict|content/.test(style.contain) ||
        // content-visibility auto/hidden brings paint containment: the box clips what it holds (and an
        // off-screen one, sized by its placeholder, paints nothing at all).
        style.contentVisibility === "auto" ||
        style.contentVisibility === "hidden"
      );
    };
    /** The part of an element that can be seen: its box cut by every clipping ancestor up to the container. */
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let a = el.parentElement; a !== null; a = a.parentElement) {
        if (clips(a)) {
          const c = a.getBoundingClientRect();
          [left, top, right, bottom] = [
            Math.max(left, c.left),
            Math.max(top, c.top),
            Math.min(right, c.right),
            Math.min(bottom, c.bottom),
          ];
        }
        if (a === container) break;
      }
      return { left, top, right, bottom, empty: right <= left || bottom <= top };
    };
    const outside: string[] = [];
    for (const el of all) {
      const position = getComputedStyle(el).position;
      if (position === "fixed" || position === "sticky") outside.push(`${describe(el)} position:${position}`);
      const v = visible(el);
      const inside =
        v.empty ||
        (v.left >= box.left - 1 &&
          v.right <= box.right + 1 &&
          v.top >= box.top - 1 &&
          v.bottom <= box.bottom + 1);
      if (!inside)
        outside.push(
          `${describe(el)} ${Math.round(v.left)},${Math.round(v.top)}–${Math.round(v.right)},${Math.round(v.bottom)} box ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
        );
      if (outside.length > 20) break;
    }
    const overlaid: string[] = [];
    for (let x = 2; x < innerWidth; x += 37) {
      for (let y = 2; y < innerHeight; y += 37) {
        // Layout snaps to whole pixels: a point within 1 px of the box is the box's own edge.
        if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && container.contains(hit)) overlaid.push(`(${x},${y}) ${describe(hit)}`);
      }
    }
    const idsInside = all.map((el) => el.id).filter((id) => id !== "");
    const pageIds = Array.from(document.querySelectorAll("[id]"), (el) => el.id);
    const seen = new Set<string>();
    const duplicateIds = pageIds.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    const unsafeLinks = Array.from(
      container.querySelectorAll("a[href], area[href]"),
      (a) => a.getAttribute("href") ?? "",
    ).filter((href) => !/^(https?:\/\/|mailto:|tel:|#)/i.test(href) && !href.startsWith("blob:"));
    const w = window as unknown as Record<string, unknown>;
    const touchedGlobals = [
      "__tw",
      "fetch",
      "alert",
      "setTimeout",
      "localStorage",
      "sessionStorage",
      "location",
      "document",
    ].filter((name) => {
      const value = w[name];
      return (
        value instanceof Element || value instanceof HTMLCollection || value === undefined || value === null
      );
    });
    const root = document.getElementById("root");
    return {
      outside,
      overlaid: overlaid.slice(0, 10),
      foreignIds: idsInside.filter((id) => !id.startsWith("ccda-")).slice(0, 20),
      duplicateIds: duplicateIds.slice(0, 20),
      unsafeLinks: unsafeLinks.slice(0, 20),
      touchedGlobals,
      rootReplaced: root === null || root.parentElement !== document.body || !root.contains(container),
      elements: all.length,
    };
  }, containerSelector);
}

import { useLayoutEffect, useMemo, type RefObject } from "react";
import { createPortal } from "react-dom";
import type { BodyAttachment } from "../../ccda/types";
import { BodyAttachmentView } from "../documents/body-attachment-view";
import type { SafeNodes } from "../../sanitize/safe-nodes";
import { stepWhenIdle } from "../../lib/next-task";
import { mountTableTools } from "./table-tools";

interface Targets {
  attachments: ReadonlyMap<number, Element>;
  tables: readonly { marker: Element; table: HTMLTableElement }[];
}

/** Tables this view made focusable (so a table that stops overflowing loses only the tab stop we added). */
const madeFocusable = new WeakSet<Element>();
/** Tables longer than this are not measured unseen (see measureWhenIdle). */
const IDLE_ROWS = 1_000;

function setScrollable(table: Element, overflowing: boolean): void {
  if (overflowing && !table.hasAttribute("tabindex")) {
    table.setAttribute("tabindex", "0");
    madeFocusable.add(table);
  } else if (!overflowing && madeFocusable.has(table)) {
    table.removeAttribute("tabindex");
    madeFocusable.delete(table);
  }
}

/**
 * Tables are their own sideways scroll boxes (ccda-tables.css); one that overflows must be reachable by
 * keyboard to be scrolled. Only a tabindex is added to the sanitized table, nothing else. Measured from a
 * ResizeObserver, which reports after the browser's own layout: reading the sizes there forces nothing, where
 * measuring every table at once used to force the layout of the whole document (off-screen sections included).
 */
function updateScrollers(entries: readonly ResizeObserverEntry[]): void {
  // All reads first, then the writes: a write between reads would make the next read lay out again.
  const overflowing = entries.map(({ target }) => target.scrollWidth > target.clientWidth + 1);
  entries.forEach(({ target }, i) => {
    setScrollable(target, overflowing[i] === true);
  });
}

/**
 * Off-screen sections are not laid out (content-visibility: auto), so the observer says nothing about their
 * tables until they are shown; Tab could then pass an overflowing table by. Those are measured while the page
 * is idle, a few at a time; `done` runs when every table has been measured.
 */
export function measureWhenIdle(tables: readonly HTMLTableElement[], done: () => void): () => void {
  let next = 0;
  return stepWhenIdle((deadline?: IdleDeadline) => {
    const until = performance.now() + 8;
    // Called for the timeout (a page never idle), timeRemaining() is 0: then an 8 ms budget, and at least one
    // table per slice either way, so the pass always ends.
    const more = () =>
      deadline === undefined || deadline.didTimeout
        ? performance.now() < until
        : deadline.timeRemaining() > 1;
    for (let first = true; next < tables.length && (first || more()); first = false) {
      const table = tables[next];
      next += 1;
      // A giant table is left to the observer (it measures it once shown): measuring it unseen forced one
      // layout of 240–310 ms on the 20 MB document.
      if (table !== undefined && table.isConnected && table.rows.length <= IDLE_ROWS)
        setScrollable(table, table.scrollWidth > table.clientWidth + 1);
    }
    if (next < tables.length) return false;
    done();
    return true;
  });
}

/** The portal targets inside one sanitized chunk (memoized: chunks never change once made). */
const chunkTargets = new WeakMap<SafeNodes, Targets>();

function scanChunk(nodes: SafeNodes): Targets {
  const known = chunkTargets.get(nodes);
  if (known !== undefined) return known;
  const attachments = new Map<number, Element>();
  const tables: Targets["tables"][number][] = [];
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    const within = (selector: string) => [
      ...(node.matches(selector) ? [node] : []),
      ...Array.from(node.querySelectorAll(selector)),
    ];
    for (const element of within("[data-attachment]")) {
      const index = Number(element.getAttribute("data-attachment"));
      if (Number.isInteger(index) && !attachments.has(index)) attachments.set(index, element);
    }
    for (const marker of within(".ccda-table-tools")) {
      const table = marker.nextElementSibling;
      if (table instanceof HTMLTableElement) tables.push({ marker, table });
    }
  }
  const targets = { attachments, tables };
  chunkTargets.set(nodes, targets);
  return targets;
}

/** The targets of every chunk, in document order (the first marker of an attachment wins). */
function scan(chunks: readonly SafeNodes[]): Targets {
  const attachments = new Map<number, Element>();
  const tables: Targets["tables"][number][] = [];
  for (const chunk of chunks) {
    const found = scanChunk(chunk);
    for (const [index, element] of found.attachments)
      if (!attachments.has(index)) attachments.set(index, element);
    tables.push(...found.tables);
  }
  return { attachments, tables };
}

/**
 * The app's controls placed inside the sanitized output, at the renderer's markers: attachment views (React
 * portals) in `[data-attachment]` and table controls (plain DOM, see mountTableTools) in `.ccda-table-tools`.
 * The markers are found in the sanitized chunks while rendering, before they are inserted: the controls go into
 * them in the same commit that inserts them (a scan of the page after the commit needed a second render of every
 * document).
 */
export function DocumentPortals({
  container,
  chunks,
  attachments,
  version,
  complete,
}: {
  container: RefObject<HTMLElement | null>;
  /** Every sanitized chunk of the document so far (body and sections). */
  chunks: readonly SafeNodes[];
  attachments: readonly BodyAttachment[];
  /** Changes whenever new sanitized output was inserted or shown. */
  version: string;
  /** Everything is rendered: then the tables not laid out yet are measured while the page is idle. */
  complete: boolean;
}) {
  const targets = useMemo(() => scan(chunks), [chunks]);
  useLayoutEffect(() => {
    for (const { marker, table } of targets.tables) mountTableTools(marker, table);
  }, [targets]);
  useLayoutEffect(() => {
    const element = container.current;
    if (element === null || typeof ResizeObserver === "undefined") return undefined;
    // A table starts or stops overflowing when it first lays out, when the view narrows (a phone turned, an
    // EHR frame resized) or when its collapsed section opens: each changes the table's own box.
    const observer = new ResizeObserver(updateScrollers);
    const tables = Array.from(element.querySelectorAll("table"));
    tables.forEach((table) => {
      observer.observe(table);
    });
    let cancel: (() => void) | undefined;
    const measureAll = () => {
      cancel?.();
      element.removeAttribute("data-tables-measured");
      cancel = measureWhenIdle(tables, () => {
        element.setAttribute("data-tables-measured", "");
      });
    };
    if (complete) measureAll();
    // A new width changes which tables overflow in sections not laid out too, which the observer does not hear
    // about: measure those again.
    let width: number | undefined;
    const widthObserver = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (width !== undefined && next !== width && complete) measureAll();
      width = next;
    });
    widthObserver.observe(element);
    return () => {
      observer.disconnect();
      widthObserver.disconnect();
      cancel?.();
    };
  }, [container, version, complete]);
  return (
    <>
      {attachments.map((attachment) => {
        const view = <BodyAttachmentView key={attachment.index} attachment={attachment} />;
        const target = targets.attachments.get(attachment.index);
        return target === undefined ? view : createPortal(view, target, String(attachment.index));
      })}
    </>
  );
}

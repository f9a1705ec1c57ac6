import { useLayoutEffect, useState, type RefObject } from "react";
import { createPortal } from "react-dom";
import type { BodyAttachment } from "../../ccda/types";
import { BodyAttachmentView } from "../documents/body-attachment-view";
import { TableTools } from "./table-tools";

interface Targets {
  attachments: ReadonlyMap<number, Element>;
  tables: readonly { marker: Element; table: HTMLTableElement }[];
}

/** Stable portal keys per marker element, so controls keep their state when more tables arrive. */
const markerKeys = new WeakMap<Element, string>();
let nextKey = 0;

function keyOf(marker: Element): string {
  let key = markerKeys.get(marker);
  if (key === undefined) {
    nextKey += 1;
    key = `table-${String(nextKey)}`;
    markerKeys.set(marker, key);
  }
  return key;
}

/**
 * Tables are their own sideways scroll boxes (ccda-tables.css); one that overflows must be reachable by
 * keyboard to be scrolled. Only a tabindex is added to the sanitized table, nothing else.
 */
function focusableScrollers(container: Element): void {
  container.querySelectorAll("table").forEach((table) => {
    if (table.scrollWidth > table.clientWidth + 1 && !table.hasAttribute("tabindex")) table.tabIndex = 0;
  });
}

function scan(container: Element): Targets {
  const attachments = new Map<number, Element>();
  container.querySelectorAll("[data-attachment]").forEach((element) => {
    const index = Number(element.getAttribute("data-attachment"));
    if (Number.isInteger(index) && !attachments.has(index)) attachments.set(index, element);
  });
  const tables: Targets["tables"][number][] = [];
  container.querySelectorAll(".ccda-table-tools").forEach((marker) => {
    const table = marker.nextElementSibling;
    if (table instanceof HTMLTableElement) tables.push({ marker, table });
  });
  return { attachments, tables };
}

/**
 * React content placed inside the sanitized output, at the renderer's markers: attachment views in
 * `[data-attachment]` and table controls in `.ccda-table-tools`. Re-scanned whenever more output arrives.
 */
export function DocumentPortals({
  container,
  attachments,
  version,
  complete,
}: {
  container: RefObject<HTMLElement | null>;
  attachments: readonly BodyAttachment[];
  /** Changes whenever new sanitized output was inserted or shown. */
  version: string;
  /** Everything is rendered: only then are tables measured (measuring forces a layout of the whole page). */
  complete: boolean;
}) {
  const [targets, setTargets] = useState<Targets>({ attachments: new Map(), tables: [] });
  useLayoutEffect(() => {
    // The markers exist only once React has inserted the sanitized HTML: reading the DOM after the commit is
    // what this effect is for, and the portals need a second render to go there.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (container.current !== null) setTargets(scan(container.current));
  }, [container, version]);
  useLayoutEffect(() => {
    const element = container.current;
    if (!complete || element === null) return undefined;
    focusableScrollers(element);
    if (typeof ResizeObserver === "undefined") return undefined;
    // A table starts to overflow later when the view narrows (a phone turned, an EHR frame resized) or a
    // collapsed section opens: both change the container's size.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        focusableScrollers(element);
      });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container, version, complete]);
  return (
    <>
      {attachments.map((attachment) => {
        const view = <BodyAttachmentView key={attachment.index} attachment={attachment} />;
        const target = targets.attachments.get(attachment.index);
        return target === undefined ? view : createPortal(view, target, String(attachment.index));
      })}
      {targets.tables.map(({ marker, table }) =>
        createPortal(<TableTools table={table} />, marker, keyOf(marker)),
      )}
    </>
  );
}

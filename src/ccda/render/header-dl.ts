/**
 * Definition-list building blocks for the header panels. Empty values are dropped, so a missing datum never
 * becomes "undefined"/"null" or an empty row.
 *
 * Headings: each group of the details panel is a `<section>` headed by `<h2 class="ccda-header-group">`. The panel
 * is a top-level part of the document like the body's sections (h2), and the orchestrator places it after the
 * body: an h3 there would nest "Patient", "Authors" … under the last clinical section in the heading outline. h2
 * is right wherever the panel goes (before or after the body, always below the h1 title). People inside a group
 * get a bold name line, not a heading, to keep the outline short.
 */
import { h, type HNode } from "./html";

export type Value = string | HNode | undefined | false | null;

export interface Row {
  label: string;
  values: Value[];
}

/** A row; several values become several `<dd>`s under one `<dt>`. */
export function row(label: string, ...values: Value[]): Row {
  return { label, values };
}

function present(v: Value): v is string | HNode {
  if (v === undefined || v === false || v === null) return false;
  return typeof v === "string" ? v.trim() !== "" : true;
}

/** `<dl>` of the rows that have a value; undefined when none has. */
export function dl(rows: readonly Row[], cls = "ccda-dl"): HNode | undefined {
  const kids: HNode[] = [];
  for (const r of rows) {
    const values = r.values.filter(present);
    if (values.length === 0) continue;
    kids.push(h("dt", {}, [r.label]));
    for (const v of values) kids.push(h("dd", {}, [v]));
  }
  return kids.length === 0 ? undefined : h("dl", { class: cls }, kids);
}

/** Items separated by `<br>`, in a span; undefined when nothing is left. */
export function lines(items: readonly Value[], cls?: string): HNode | undefined {
  const kept = items.filter(present);
  if (kept.length === 0) return undefined;
  const kids: (HNode | string)[] = [];
  kept.forEach((k, i) => {
    if (i > 0) kids.push(h("br"));
    kids.push(k);
  });
  return h("span", cls === undefined ? {} : { class: cls }, kids);
}

/** A titled group of the details panel; undefined when it has no content. */
export function group(title: string, content: readonly (HNode | undefined)[]): HNode | undefined {
  const kept = content.filter((c): c is HNode => c !== undefined);
  if (kept.length === 0) return undefined;
  return h("section", { class: "ccda-header-section" }, [
    h("h2", { class: "ccda-header-group" }, [title]),
    ...kept,
  ]);
}

/** One person/organization inside a group: a bold name line, then its rows. */
export function entityBlock(name: string, rows: readonly Row[]): HNode | undefined {
  const list = dl(rows);
  if (!name && !list) return undefined;
  return h("div", { class: "ccda-header-entity" }, [
    name ? h("p", { class: "ccda-header-entity-name" }, [h("strong", {}, [name])]) : undefined,
    list,
  ]);
}

/**
 * linkHtml (and a CDA-namespace <a>) → <a> only when the URL policy allows it: external links open in a new tab
 * with rel="noopener noreferrer nofollow" and show their host when the text does not; "#ID" links are rewritten
 * to the namespaced id of a rendered target. Anything else keeps its text in a span and is reported.
 */
import { h, plainText, type HNode } from "../html";
import { withInLink, type NarrativeState } from "./state";
import { classifyHref } from "./url-policy";

export const EXTERNAL_REL = "noopener noreferrer nofollow";

function disabled(el: Element, state: NarrativeState, kids: HNode[]): HNode[] {
  return [h("span", state.common(el, ["ccda-link-disabled"]), kids)];
}

export function linkHtml(el: Element, state: NarrativeState): HNode[] {
  const kids = withInLink(state, true, () => state.all(el));
  if (state.inLink) return disabled(el, state, kids);
  const raw = el.getAttribute("href") ?? "";
  const verdict = classifyHref(raw);
  const title = el.getAttribute("title") ?? undefined;
  switch (verdict.kind) {
    case "external": {
      const attrs = { ...state.common(el), href: verdict.href, rel: EXTERNAL_REL, target: "_blank", title };
      const showHost = verdict.host !== "" && !plainText(kids).includes(verdict.host);
      const host = showHost && h("small", { class: "ccda-link-host" }, [` (${verdict.host})`]);
      return host ? [h("a", attrs, kids), host] : [h("a", attrs, kids)];
    }
    case "fragment": {
      const target = state.doc.resolveTarget(verdict.id);
      if (!target) {
        state.warn("broken-reference", `Link to "#${verdict.id}", which is not in the document text`);
        return disabled(el, state, kids);
      }
      return [h("a", { ...state.common(el), href: `#${state.doc.targetId(target)}`, title }, kids)];
    }
    case "unsafe":
      state.warn("unsafe-link", `Link not followed (${verdict.reason}): ${raw.slice(0, 200)}`);
      return disabled(el, state, kids);
  }
}

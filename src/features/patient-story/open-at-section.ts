/**
 * After a document was opened from the story, moves focus (and the view) into it: to one of its sections when
 * the story knows which, else to the document's title, so keyboard and screen-reader users land where the
 * link pointed rather than on a hidden tab. The renderer gives every section the id `<prefix><section key>`
 * and the document root `<prefix>doc`, so the prefix is read off the root. Polls until the document is
 * rendered, or gives up after a few seconds (the document then simply stays at its top).
 */
const cleanKey = (key: string): string => key.replace(/[^A-Za-z0-9_-]/g, "_");

function sectionHeading(scope: ParentNode, sectionKey: string): HTMLElement | undefined {
  const roots = scope.querySelectorAll<HTMLElement>(".ccda-document[id$='doc']");
  for (const root of Array.from(roots)) {
    const prefix = root.id.slice(0, -"doc".length);
    const section = root.ownerDocument.getElementById(`${prefix}${cleanKey(sectionKey)}`);
    if (section !== null && root.contains(section)) {
      return section.querySelector<HTMLElement>(".ccda-section-title") ?? section;
    }
  }
  return undefined;
}

function documentTitle(scope: ParentNode): HTMLElement | undefined {
  const pane = scope.querySelector<HTMLElement>("article.document-pane[aria-busy='false']");
  return pane?.querySelector<HTMLElement>("h2") ?? undefined;
}

export function focusOpenedDocument(
  scope: () => ParentNode | null,
  sectionKey: string | undefined,
  timeoutMs = 8000,
): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const root = scope();
    const target =
      root === null
        ? undefined
        : sectionKey === undefined
          ? documentTitle(root)
          : sectionHeading(root, sectionKey);
    if (target !== undefined) {
      target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      // Centred, not at the top: the viewer has a sticky toolbar that would cover the heading.
      target.scrollIntoView({ block: "center" });
      return;
    }
    if (Date.now() - started < timeoutMs) timer = setTimeout(attempt, 100);
  };
  // The previous document may still be on screen for a moment: look once the new one had a chance to render.
  timer = setTimeout(attempt, 150);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
}

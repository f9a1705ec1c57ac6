import { isValidElement } from "react";
import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import { SanitizedHtml } from "../../../src/components/sanitized-html";
import { EMPTY_SAFE_HTML } from "../../../src/sanitize/safe-html";
import { sanitizeDocumentHtml } from "../../../src/sanitize/sanitize-html";

describe("<SanitizedHtml>", () => {
  it("inserts sanitized HTML into a div with the given class", () => {
    const html = sanitizeDocumentHtml('<p class="ccda-bold">hi</p><img src=x onerror="alert(1)">');
    const { container } = render(<SanitizedHtml html={html} className="doc" />);
    const div = container.firstElementChild;
    expect(div?.className).toBe("doc");
    expect(div?.innerHTML).toBe('<p class="ccda-bold">hi</p><img>');
  });

  it("renders nothing for the empty value", () => {
    const { container } = render(<SanitizedHtml html={EMPTY_SAFE_HTML} />);
    expect(container.firstElementChild?.innerHTML).toBe("");
  });

  it("refuses plain strings at compile time", () => {
    // @ts-expect-error -- a plain string is not SafeHtml: it must come from a sanitizer
    const element = <SanitizedHtml html="<b>x</b>" />;
    // The real assertion is the @ts-expect-error above (typecheck fails if plain strings become accepted).
    expect(isValidElement(element)).toBe(true);
  });
});

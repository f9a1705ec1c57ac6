import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { send } from "./http/respond";

const CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin-top: 1.75rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #8884; }
code { font-size: 0.9em; background: #8882; padding: 0.05rem 0.25rem; border-radius: 3px; }
form { display: grid; gap: 0.6rem; max-width: 32rem; padding: 1rem; border: 1px solid #8886; border-radius: 6px; }
label { display: flex; gap: 0.5rem; align-items: center; }
.button, button { display: inline-block; padding: 0.35rem 0.8rem; border-radius: 4px; border: 1px solid #36c;
  background: #36c; color: #fff; text-decoration: none; font: inherit; cursor: pointer; }
.error { border-left: 4px solid #c33; padding: 0.5rem 1rem; background: #c331; }
.muted { opacity: 0.75; }
`;

const STYLE_HASH = createHash("sha256").update(CSS).digest("base64");

/** Strict CSP: no script at all, only our one inline stylesheet (by hash), forms and links to ourselves. */
export const HTML_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Markup that is already safe: built by `markup` or `trusted`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Trusted constant markup only (never data): e.g. a boolean attribute. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

export type HtmlPart = string | number | Html | readonly Html[];

/**
 * A tagged template that escapes every interpolated value unless it is already `Html`. (Not named `html`, so
 * Prettier leaves the markup, and the hashed <style>, alone.)
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    if (value instanceof Html) out += value.value;
    else if (Array.isArray(value)) out += value.map((h: Html) => h.value).join("");
    else out += escapeHtml(String(value));
    out += strings[i + 1] ?? "";
  });
  return new Html(out);
}

export function renderPage(title: string, body: Html): string {
  // The <style> content must stay byte-identical to CSS: the CSP allows it by hash.
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}

export function sendHtml(res: ServerResponse, status: number, title: string, body: Html): void {
  send(res, status, renderPage(title, body), {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": HTML_CSP,
    "Cache-Control": "no-store",
  });
}

export function sendErrorPage(res: ServerResponse, status: number, title: string, message: string): void {
  sendHtml(
    res,
    status,
    title,
    markup`<h1>${title}</h1>
      <p class="error">${message}</p>
      <p><a href="/">Sandbox home</a></p>`,
  );
}

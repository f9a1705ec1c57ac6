/**
 * SMART "context-style": the EHR's smart_style_url points at a JSON of colours, fonts and sizes so an embedded
 * app can look like its host. We take only what is safe and readable: hex colours that keep WCAG AA contrast
 * with the app's other colours, and font-family lists made of names (no url(), no CSS syntax at all).
 */
import { parseHttpUrl } from "../lib/http-url";

/** The style URL, when it is http(s) on the FHIR server's or the authorization server's origin. */
export function trustedStyleUrl(
  url: string | undefined,
  trustedUrls: readonly (string | undefined)[],
): string | undefined {
  if (url === undefined || url.trim() === "") return undefined;
  const parsed = parseHttpUrl(url);
  if (parsed === undefined) return undefined;
  const origins = trustedUrls.flatMap((trusted) => {
    try {
      return trusted === undefined ? [] : [new URL(trusted).origin];
    } catch {
      return [];
    }
  });
  return origins.includes(parsed.origin) ? parsed.href : undefined;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const FONT_LIST = /^[A-Za-z0-9 ,'"_.-]{1,200}$/;
const RADIUS = /^(\d{1,2}(?:\.\d+)?)px$/;

function channels(hex: string): [number, number, number] {
  const digits = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, "$1$1$2$2$3$3") : hex.slice(1);
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16) / 255) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The app's own colours the style's colours must stay readable against (see base.css). */
const SURFACE = "#ffffff";
const MUTED = "#5b6775";
const DANGER_SOFT = "#fdecec";
const AA = 4.5;

function hexField(style: Record<string, unknown>, key: string): string | undefined {
  const value = style[key];
  return typeof value === "string" && HEX.test(value.trim()) ? value.trim() : undefined;
}

function fontField(style: Record<string, unknown>, key: string): string | undefined {
  const value = style[key];
  return typeof value === "string" && FONT_LIST.test(value.trim()) ? value.trim() : undefined;
}

/** The CSS custom properties to set on the app, from a smart_style_url document; {} when nothing is usable. */
export function styleProperties(json: unknown): Record<string, string> {
  if (typeof json !== "object" || json === null) return {};
  const style = json as Record<string, unknown>;
  const props: Record<string, string> = {};
  const text = hexField(style, "color_text");
  const textColor = text !== undefined && contrastRatio(text, SURFACE) >= AA ? text : "#1d2733";
  if (textColor === text) props["--color-text"] = text;
  const background = hexField(style, "color_background");
  if (
    background !== undefined &&
    contrastRatio(background, textColor) >= AA &&
    contrastRatio(background, MUTED) >= AA
  )
    props["--color-bg"] = background;
  const highlight = hexField(style, "color_highlight");
  // Decorative only (header rule, group accents): never text, so no contrast floor applies.
  if (highlight !== undefined) props["--color-highlight"] = highlight;
  const error = hexField(style, "color_error");
  if (error !== undefined && contrastRatio(error, DANGER_SOFT) >= AA && contrastRatio(error, SURFACE) >= AA)
    props["--color-danger"] = error;
  const body = fontField(style, "font_family_body");
  if (body !== undefined) props["--font-sans"] = body;
  const heading = fontField(style, "font_family_heading");
  if (heading !== undefined) props["--font-heading"] = heading;
  const radius =
    typeof style["dim_border_radius"] === "string" ? RADIUS.exec(style["dim_border_radius"].trim()) : null;
  if (radius !== null && Number(radius[1]) <= 16) props["--radius"] = `${radius[1] ?? "0"}px`;
  return props;
}

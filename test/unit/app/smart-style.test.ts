import { describe, expect, it } from "vitest";
import { contrastRatio, styleProperties, trustedStyleUrl } from "../../../src/app/smart-style";

describe("trustedStyleUrl", () => {
  const trusted = ["https://ehr.example/fhir/r4", "https://auth.example/oauth/token"];

  it("accepts http(s) URLs on the FHIR server's or the authorization server's origin", () => {
    expect(trustedStyleUrl("https://ehr.example/smart-style.json", trusted)).toBe(
      "https://ehr.example/smart-style.json",
    );
    expect(trustedStyleUrl("https://auth.example/style", trusted)).toBe("https://auth.example/style");
  });

  it("refuses other origins, other schemes, look-alikes and garbage", () => {
    expect(trustedStyleUrl("https://evil.example/style.json", trusted)).toBeUndefined();
    expect(trustedStyleUrl("https://ehr.example.evil.test/style.json", trusted)).toBeUndefined();
    expect(trustedStyleUrl("http://ehr.example/smart-style.json", trusted)).toBeUndefined();
    expect(trustedStyleUrl("javascript:alert(1)", trusted)).toBeUndefined();
    expect(trustedStyleUrl("data:application/json,{}", trusted)).toBeUndefined();
    expect(trustedStyleUrl("not a url", trusted)).toBeUndefined();
    expect(trustedStyleUrl(undefined, trusted)).toBeUndefined();
  });
});

describe("styleProperties", () => {
  it("maps the sandbox's style to custom properties", () => {
    expect(
      styleProperties({
        color_background: "#edeae3",
        color_error: "#9e2d2d",
        color_highlight: "#69b5ce",
        color_text: "#303030",
        dim_border_radius: "6px",
        dim_font_size: "13px",
        font_family_body: "Georgia, Times, 'Times New Roman', serif",
        font_family_heading: "'HelveticaNeue-Light', Helvetica, Arial, 'Lucida Grande', sans-serif",
      }),
    ).toEqual({
      "--color-bg": "#edeae3",
      "--color-danger": "#9e2d2d",
      "--color-highlight": "#69b5ce",
      "--color-text": "#303030",
      "--radius": "6px",
      "--font-sans": "Georgia, Times, 'Times New Roman', serif",
      "--font-heading": "'HelveticaNeue-Light', Helvetica, Arial, 'Lucida Grande', sans-serif",
    });
  });

  it("never passes CSS syntax, url() or non-hex colours through", () => {
    const props = styleProperties({
      color_text: "red; background: url(https://evil.example/x)",
      color_background: "rgb(0,0,0)",
      color_highlight: "#12345",
      font_family_body: "x; } body { background: url(https://evil.example/y)",
      font_family_heading: "url(https://evil.example/font)",
      dim_border_radius: "calc(100vw)",
    });
    expect(props).toEqual({});
  });

  it("drops colours that would make text unreadable (WCAG AA 4.5:1)", () => {
    expect(styleProperties({ color_text: "#bbbbbb" })).toEqual({});
    expect(styleProperties({ color_background: "#303030" })).toEqual({});
    expect(styleProperties({ color_error: "#ff8080" })).toEqual({});
    expect(contrastRatio("#000", "#fff")).toBeCloseTo(21, 0);
  });

  it("ignores non-objects", () => {
    expect(styleProperties(null)).toEqual({});
    expect(styleProperties("style")).toEqual({});
  });
});

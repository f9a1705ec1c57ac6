/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const appPort = Number(process.env.PORT ?? 5173);

/**
 * The Content-Security-Policy of the built app. Documents are rendered as sanitized HTML into our own DOM, so
 * the policy is the second wall: no inline script, no plugins, no base-URI tricks, images only from ourselves,
 * data: and blob: (images we build), frames only from blob: (PDF viewer), network only to FHIR servers.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "frame-src blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** Adds the CSP and referrer policy as meta tags to the production build only (the dev server needs inline HMR). */
function securityMeta(): Plugin {
  return {
    name: "ccda-viewer-security-meta",
    apply: "build",
    transformIndexHtml() {
      return [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
          injectTo: "head-prepend",
        },
      ];
    },
  };
}

export default defineConfig({
  plugins: [react(), securityMeta()],
  server: { host: "127.0.0.1", port: appPort, strictPort: true },
  preview: {
    host: "127.0.0.1",
    port: appPort,
    strictPort: true,
    headers: { "Content-Security-Policy": contentSecurityPolicy, "Referrer-Policy": "no-referrer" },
  },
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "jsdom",
    include: ["test/unit/**/*.test.{ts,tsx}", "test/integration/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
    alias: [{ find: /^fhirclient$/, replacement: "fhirclient/lib/entry/browser.js" }],
    testTimeout: 30_000,
    pool: "forks",
  },
});

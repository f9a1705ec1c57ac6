/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { parseConfig } from "./src/config/app-config";
import { connectOrigins } from "./src/config/connect-origins";

const appPort = Number(process.env.PORT ?? 5173);

/** The FHIR servers (and their authorization servers) the build is configured for: connect-src. */
function configuredConnectOrigins(env: Record<string, string | undefined>): string[] {
  try {
    return connectOrigins(parseConfig(env));
  } catch {
    // A bad configuration is reported by the app itself, on a page; the policy then allows only our origin.
    return [];
  }
}

/** Extra connect-src origins for servers that only a deployed public/config.json names (comma-separated). */
function extraConnectOrigins(env: Record<string, string | undefined>): string[] {
  return (env.CSP_CONNECT_SRC ?? "").split(/[\s,]+/).filter((entry) => /^https?:\/\/[^/\s]+$/.test(entry));
}

/**
 * The Content-Security-Policy of the app. Documents are rendered as sanitized HTML into our own DOM, so the
 * policy is the second wall: scripts only from our origin (no inline script, no eval), no plugins, no base-URI
 * tricks, images only from ourselves, data: and blob: (pictures we build), frames only blob: (the PDF view),
 * no workers, requests only to our origin and the configured FHIR/authorization servers, no form posts.
 * In dev, Vite's HMR needs its websocket and its inline preamble, which gets a nonce (never 'unsafe-inline').
 */
export function contentSecurityPolicy(
  connect: readonly string[],
  dev?: { nonce: string; hmr: string },
): string {
  const scripts = dev === undefined ? "'self'" : `'self' 'nonce-${dev.nonce}'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src ${scripts}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect, ...(dev === undefined ? [] : [dev.hmr])].join(" "),
    "frame-src blob:",
    "child-src blob:",
    "worker-src 'none'",
    "media-src 'self' data: blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Adds the CSP as a meta tag to the production build (hosts that cannot set headers still get it). */
function securityMeta(policy: string): Plugin {
  return {
    name: "ccda-viewer-security-meta",
    apply: "build",
    transformIndexHtml() {
      return [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: policy },
          injectTo: "head-prepend",
        },
      ];
    },
  };
}

/** Headers a host serves with the app (README "Serving the app"); frame-ancestors only works as a header. */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
}

/** A fixed nonce is no secret, but it keeps inline event handlers and injected scripts blocked in dev too. */
const DEV_NONCE = "ccda-viewer-dev";

export default defineConfig(({ command, mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ["VITE_", "CSP_"]), ...process.env };
  const connect = [...configuredConnectOrigins(env), ...extraConnectOrigins(env)];
  const buildPolicy = contentSecurityPolicy(connect);
  const devPolicy = contentSecurityPolicy(connect, { nonce: DEV_NONCE, hmr: `ws://127.0.0.1:${appPort}` });
  return {
    plugins: [react(), securityMeta(buildPolicy)],
    ...(command === "serve" ? { html: { cspNonce: DEV_NONCE } } : {}),
    server: { host: "127.0.0.1", port: appPort, strictPort: true, headers: securityHeaders(devPolicy) },
    preview: {
      host: "127.0.0.1",
      port: appPort,
      strictPort: true,
      headers: securityHeaders(buildPolicy),
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
  };
});

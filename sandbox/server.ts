import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createKeys } from "./auth/keys";
import type { SandboxContext } from "./context";
import type { Dataset, DatasetOptions } from "./data/types";
import { loadDefaultDataset } from "./default-dataset";
import { logRequest } from "./http/request-log";
import { PERSONAS, type Persona, type ProfileName } from "./profiles/profile";
import { profileByName } from "./profiles/registry";
import { routeRequest, sendInternalError } from "./routes";

export interface SandboxOptions {
  host?: string;
  port?: number;
  appOrigin?: string;
  tokenLifetimeSeconds?: number;
  dataset?: Dataset;
  datasetOptions?: DatasetOptions;
  quiet?: boolean;
  /** Vendor behaviour (sandbox/profiles/README.md); default "strict-smart". */
  profile?: ProfileName;
  /** Delay every FHIR and token response by this many milliseconds (default 0). */
  latencyMs?: number;
}

export interface RunningSandbox {
  origin: string;
  /** The provider persona's FHIR base: what the EHR simulator launches with. */
  fhirBase: string;
  /** Absolute FHIR base per persona (equal except on oracle-millennium). */
  personas?: Readonly<Record<Persona, string>>;
  profile?: ProfileName;
  close(): Promise<void>;
}

const DEFAULT_PORT = 4010;
const DEFAULT_APP_ORIGIN = "http://127.0.0.1:5173";

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function originOf(host: string, port: number): string {
  const name = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${name.includes(":") ? `[${name}]` : name}:${port}`;
}

function handler(ctx: SandboxContext, quiet: boolean): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const startedAt = performance.now();
    if (!quiet)
      res.once("finish", () => {
        logRequest(req.method ?? "", req.url ?? "/", res.statusCode, startedAt);
      });
    routeRequest(ctx, req, res).catch((error: unknown) => {
      sendInternalError(ctx, req, res, error);
    });
  };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1";
  const profile = profileByName(options.profile ?? "strict-smart");
  const dataset =
    options.dataset ?? (await loadDefaultDataset({ flavor: profile.dataFlavor, ...options.datasetOptions }));
  const keys = await createKeys();
  const server = createServer();
  const address = await listen(server, options.port ?? DEFAULT_PORT, host);
  const origin = originOf(host, address.port);
  const personaBases = Object.fromEntries(
    PERSONAS.map((persona) => [persona, `${origin}${profile.personas[persona].basePath}`]),
  ) as Record<Persona, string>;
  const ctx: SandboxContext = {
    origin,
    fhirBase: personaBases.provider,
    persona: "provider",
    personaBases,
    profile,
    latencyMs: options.latencyMs ?? 0,
    appOrigin: (options.appOrigin ?? DEFAULT_APP_ORIGIN).replace(/\/+$/, ""),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? profile.tokenLifetimeSeconds,
    dataset,
    keys,
    usedCodes: new Map(),
    throttledSessions: new Set(),
    lastRefresh: new Map(),
  };
  server.on("request", handler(ctx, options.quiet ?? false));
  return {
    origin,
    fhirBase: ctx.fhirBase,
    personas: personaBases,
    profile: profile.name,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/**
 * Reads the sandbox's settings from environment variables (shared by `npm run sandbox` and `npm start`):
 * SANDBOX_PORT, APP_ORIGIN, TOKEN_LIFETIME (seconds), SANDBOX_DOCS (a folder of C-CDA files to serve as extra
 * documents), SANDBOX_SCALE (`docs:<extra documents per patient>,bytes:<size of one large document>`),
 * SANDBOX_QUIET=1 (no request log), SANDBOX_PROFILE (strict-smart | oracle-soarian | oracle-millennium | epic),
 * SANDBOX_LATENCY_MS (added to every FHIR and token response).
 */
import type { DatasetOptions } from "./data/types";
import { PROFILE_NAMES } from "./profiles/profile";
import { isProfileName } from "./profiles/registry";
import type { SandboxOptions } from "./server";

export class SandboxConfigError extends Error {
  override readonly name = "SandboxConfigError";
}

function intInRange(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SandboxConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function parseScale(raw: string | undefined): DatasetOptions["scale"] {
  if (raw === undefined || raw.trim() === "") return undefined;
  const scale: NonNullable<DatasetOptions["scale"]> = {};
  for (const part of raw.split(",")) {
    const [key = "", value] = part.split(":").map((s) => s.trim());
    const n = intInRange(`SANDBOX_SCALE ${key}`, value ?? "", 0, Number.MAX_SAFE_INTEGER);
    if (key === "docs" && n !== undefined) scale.extraDocumentsPerPatient = n;
    else if (key === "bytes" && n !== undefined) scale.largeDocumentBytes = n;
    else throw new SandboxConfigError(`SANDBOX_SCALE: unknown part "${part}" (use docs:<n>,bytes:<n>)`);
  }
  return scale;
}

function parseOrigin(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    throw new SandboxConfigError(`APP_ORIGIN must be an absolute URL, got "${raw}"`);
  }
}

export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv): SandboxOptions {
  const options: SandboxOptions = { quiet: env.SANDBOX_QUIET === "1" };
  const port = intInRange("SANDBOX_PORT", env.SANDBOX_PORT, 0, 65_535);
  if (port !== undefined) options.port = port;
  if (env.APP_ORIGIN) options.appOrigin = parseOrigin(env.APP_ORIGIN);
  const lifetime = intInRange("TOKEN_LIFETIME", env.TOKEN_LIFETIME, 1, 86_400);
  if (lifetime !== undefined) options.tokenLifetimeSeconds = lifetime;
  const scale = parseScale(env.SANDBOX_SCALE);
  const datasetOptions: DatasetOptions = {};
  if (scale) datasetOptions.scale = scale;
  if (env.SANDBOX_DOCS) datasetOptions.docsDir = env.SANDBOX_DOCS;
  if (scale || env.SANDBOX_DOCS) options.datasetOptions = datasetOptions;
  const profile = env.SANDBOX_PROFILE?.trim();
  if (profile !== undefined && profile !== "") {
    if (!isProfileName(profile)) {
      throw new SandboxConfigError(
        `SANDBOX_PROFILE must be one of ${PROFILE_NAMES.join(", ")}, got "${profile}"`,
      );
    }
    options.profile = profile;
  }
  const latency = intInRange("SANDBOX_LATENCY_MS", env.SANDBOX_LATENCY_MS, 0, 60_000);
  if (latency !== undefined) options.latencyMs = latency;
  return options;
}

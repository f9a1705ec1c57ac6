/**
 * Reads the sandbox's settings from environment variables (shared by `npm run sandbox` and `npm start`):
 * SANDBOX_PORT, APP_ORIGIN, TOKEN_LIFETIME (seconds), SANDBOX_DOCS (a folder of C-CDA files to serve as extra
 * documents), SANDBOX_SCALE (`docs:<extra documents per patient>,bytes:<size of one large document>`).
 */
import type { SandboxOptions } from "./server";

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

function parseScale(raw: string | undefined): NonNullable<SandboxOptions["datasetOptions"]>["scale"] {
  if (!raw) return undefined;
  const scale: { extraDocumentsPerPatient?: number; largeDocumentBytes?: number } = {};
  for (const part of raw.split(",")) {
    const [key, value] = part.split(":");
    const n = positiveInt(`SANDBOX_SCALE ${key ?? ""}`, value?.trim());
    if (key?.trim() === "docs" && n !== undefined) scale.extraDocumentsPerPatient = n;
    else if (key?.trim() === "bytes" && n !== undefined) scale.largeDocumentBytes = n;
    else throw new Error(`SANDBOX_SCALE: unknown part "${part}" (use docs:<n>,bytes:<n>)`);
  }
  return scale;
}

export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv): SandboxOptions {
  const options: SandboxOptions = {};
  const port = positiveInt("SANDBOX_PORT", env.SANDBOX_PORT);
  if (port !== undefined) options.port = port;
  if (env.APP_ORIGIN) options.appOrigin = new URL(env.APP_ORIGIN).origin;
  const lifetime = positiveInt("TOKEN_LIFETIME", env.TOKEN_LIFETIME);
  if (lifetime !== undefined) options.tokenLifetimeSeconds = lifetime;
  const scale = parseScale(env.SANDBOX_SCALE);
  const datasetOptions: NonNullable<SandboxOptions["datasetOptions"]> = {};
  if (scale) datasetOptions.scale = scale;
  if (env.SANDBOX_DOCS) datasetOptions.docsDir = env.SANDBOX_DOCS;
  if (scale || env.SANDBOX_DOCS) options.datasetOptions = datasetOptions;
  return options;
}

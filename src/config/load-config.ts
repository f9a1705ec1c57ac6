/**
 * Loads the configuration once at start: the build-time env, then public/config.json over it. A missing file
 * (404) means "build-time configuration only"; a file that is there but wrong is a ConfigError the app shows
 * on a page, never a blank screen.
 */
import { getAppConfig, readEnvConfig, setAppConfig, type AppConfig } from "./app-config";
import { applyConfigFile } from "./config-file";
import { ConfigError } from "./config-error";

export type FetchConfig = (url: string) => Promise<Response>;

async function readConfigFile(fetchConfig: FetchConfig, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchConfig(url);
  } catch (error) {
    // Our own origin served the script a moment ago; an unreachable config.json is not the deployer's intent.
    console.warn(`config.json could not be fetched; using the build-time configuration`, error);
    return undefined;
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
  const text = await response.text();
  // A static host's catch-all may answer index.html for a missing file: that is "no file", not a broken one.
  if (/^\s*</.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`config.json is not valid JSON: ${error instanceof Error ? error.message : ""}`);
  }
}

export async function loadAppConfig(
  fetchConfig: FetchConfig = (url) => fetch(url, { cache: "no-store", credentials: "same-origin" }),
  url = `${import.meta.env.BASE_URL}config.json`,
): Promise<AppConfig> {
  const base = readEnvConfig();
  const file = await readConfigFile(fetchConfig, url);
  const config = file === undefined ? base : applyConfigFile(file, base);
  setAppConfig(config);
  return getAppConfig();
}

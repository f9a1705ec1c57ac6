import { ConfigError } from "./config-error";

/**
 * Returns the URL without a trailing slash (unless asked to keep it: a redirect URI must match its
 * registration character for character), or throws when it is not an absolute http(s) URL.
 */
export function normalizeBaseUrl(
  value: string,
  variable: string,
  options: { keepTrailingSlash?: boolean } = {},
): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${variable}: "${value}" is not an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(`${variable}: "${value}" must use http or https`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new ConfigError(`${variable}: "${value}" must not have a query or fragment`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new ConfigError(`${variable}: "${value}" must not contain a user name or password`);
  }
  return options.keepTrailingSlash === true ? url.href : url.href.replace(/\/+$/, "");
}

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import type { SmartSession } from "../fhir/smart-session";
import { styleProperties, trustedStyleUrl } from "./smart-style";

async function fetchStyle(url: string, signal: AbortSignal): Promise<Record<string, string>> {
  // No credentials and no token: the style is public, and our access token is for FHIR requests only.
  const response = await fetch(url, { signal, credentials: "omit", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`smart_style_url answered ${response.status}`);
  return styleProperties(await response.json());
}

/**
 * Applies the launch's smart_style_url (when it is on the FHIR or authorization server's origin) as CSS
 * custom properties on the page. A missing or broken style leaves the app's own look: it is cosmetic, so it
 * never shows an error and is never retried.
 */
export function useSmartStyle(session: SmartSession | undefined): void {
  const url = trustedStyleUrl(session?.smartStyleUrl, [session?.fhirBase, session?.authServerUrl]);
  const { data } = useQuery({
    queryKey: ["smart-style", url],
    queryFn: ({ signal }) => fetchStyle(url ?? "", signal),
    enabled: url !== undefined,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  useEffect(() => {
    if (data === undefined) return undefined;
    const root = document.documentElement.style;
    const entries = Object.entries(data);
    for (const [name, value] of entries) root.setProperty(name, value);
    return () => {
      for (const [name] of entries) root.removeProperty(name);
    };
  }, [data]);
}

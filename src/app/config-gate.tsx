import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { AppHeader } from "../components/app-header";
import { Loading } from "../components/loading";
import { loadAppConfig } from "../config/load-config";
import { describeError } from "../lib/describe-error";

/**
 * Renders the app once its configuration (build env + public/config.json) is loaded and valid. A broken
 * configuration gets a page saying which field is wrong: the person who sees it is usually the deployer.
 */
export function ConfigGate({ children }: { children: ReactNode }) {
  const config = useQuery({
    queryKey: ["app-config"],
    queryFn: () => loadAppConfig(),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  if (config.isError) {
    const { title, detail } = describeError(config.error);
    return (
      <>
        <AppHeader />
        <main className="centered-screen">
          <section className="card" role="alert" aria-labelledby="config-error-title">
            <h1 id="config-error-title">{title}</h1>
            <p className="error-panel__detail">{detail}</p>
            <p>
              The app's administrator must correct <code>config.json</code> (served next to the app) or the
              build's <code>VITE_*</code> settings. The README's deployment section lists every field.
            </p>
          </section>
        </main>
      </>
    );
  }
  if (config.data === undefined) {
    return (
      <main className="centered-screen">
        <Loading label="Starting…" />
      </main>
    );
  }
  return children;
}

import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { AppHeader } from "../components/app-header";
import { ErrorBoundary } from "../components/error-boundary";
import { ErrorPanel } from "../components/error-panel";
import { ConfigGate } from "./config-gate";
import { LaunchPage } from "./launch-page";
import { LocalPage } from "./local-page";
import { createQueryClient } from "./query-client";
import { routeFor, type Route } from "./routes";
import { StartPage } from "./start-page";
import { usePathname } from "./use-pathname";
import { ViewerPage } from "./viewer-page";

function RouteView({ route }: { route: Route }) {
  switch (route) {
    case "start":
      return <StartPage />;
    case "launch":
      return <LaunchPage />;
    case "viewer":
      return <ViewerPage />;
    case "local":
      return <LocalPage />;
    case "not-found":
      return (
        <>
          <AppHeader />
          <main className="centered-screen">
            <h1>Page not found</h1>
            <a href="/">Go to the start page</a>
          </main>
        </>
      );
  }
}

function RootFallback({ error }: { error: unknown }) {
  return (
    <main className="centered-screen">
      <h1>C-CDA Viewer</h1>
      <ErrorPanel error={error} />
    </main>
  );
}

/** Providers, the root error boundary and the pathname switch (no router: four fixed routes). */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const route = routeFor(usePathname());
  return (
    <ErrorBoundary fallback={(error) => <RootFallback error={error} />}>
      <QueryClientProvider client={queryClient}>
        <ConfigGate>
          <RouteView route={route} />
        </ConfigGate>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

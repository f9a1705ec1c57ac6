import { Suspense } from "react";
import { AppHeader } from "../components/app-header";
import { Loading } from "../components/loading";
import { LocalFileScreen } from "../features/documents/local-file-screen";

export function LocalPage() {
  return (
    <>
      <AppHeader />
      <main className="viewer local-page">
        <h1 className="local-page__title">Open C-CDA files</h1>
        <Suspense fallback={<Loading label="Loading the viewer…" />}>
          <LocalFileScreen />
        </Suspense>
      </main>
    </>
  );
}

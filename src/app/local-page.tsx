import { AppHeader } from "../components/app-header";
import { LocalFileScreen } from "../features/documents/local-file-screen";

export function LocalPage() {
  return (
    <>
      <AppHeader />
      <main className="viewer">
        <h1 className="visually-hidden">Open a local file</h1>
        <LocalFileScreen />
      </main>
    </>
  );
}

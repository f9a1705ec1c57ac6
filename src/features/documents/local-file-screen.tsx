import { useState, type DragEvent } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { ErrorPanel } from "../../components/error-panel";
import { classifyContent, type DocumentContent } from "../../fhir/content-kind";
import { useContentView } from "./load-content-view";

type LocalState =
  | { status: "empty" }
  | { status: "reading"; name: string }
  | { status: "ready"; name: string; content: DocumentContent }
  | { status: "failed"; name: string; error: unknown };

/** Opens a file from the user's computer through the same decode/render pipeline, with no network at all. */
export function LocalFileScreen() {
  const { ContentView } = useContentView();
  const [state, setState] = useState<LocalState>({ status: "empty" });
  const [dragging, setDragging] = useState(false);

  const open = (file: File) => {
    setState({ status: "reading", name: file.name });
    file.arrayBuffer().then(
      (buffer) => {
        setState({
          status: "ready",
          name: file.name,
          content: classifyContent(new Uint8Array(buffer), file.type),
        });
      },
      (error: unknown) => {
        setState({ status: "failed", name: file.name, error });
      },
    );
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) open(file);
  };

  return (
    <div className="local-file">
      <div
        className={`drop-zone${dragging ? " drop-zone--active" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <p>Drop a C-CDA file here, or</p>
        <label className="button button--primary">
          Choose a file
          <input
            className="visually-hidden"
            type="file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) open(file);
            }}
          />
        </label>
        <p className="drop-zone__note">The file stays on this computer: nothing is uploaded.</p>
      </div>
      {state.status === "empty" ? null : (
        <article className="document-pane" aria-label={state.name} aria-busy={state.status === "reading"}>
          <header className="document-pane__header">
            <h2 className="document-pane__title">{state.name}</h2>
          </header>
          {state.status === "failed" ? <ErrorPanel error={state.error} /> : null}
          {state.status === "ready" ? (
            <ErrorBoundary resetKey={state.content} fallback={(error) => <ErrorPanel error={error} />}>
              <ContentView content={state.content} title={state.name} />
            </ErrorBoundary>
          ) : null}
        </article>
      )}
    </div>
  );
}

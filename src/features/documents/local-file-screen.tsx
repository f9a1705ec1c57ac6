import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { DocumentContent } from "../../fhir/content-kind";
import { ErrorBoundary } from "../../components/error-boundary";
import { ErrorPanel } from "../../components/error-panel";
import { Loading } from "../../components/loading";
import { takeHandedOverFiles } from "../document-list/handed-over-files";
import { useNextPreviousShortcuts } from "../document-list/list-keyboard";
import { LocalFileErrors } from "../document-list/local-file-errors";
import { LocalFileList } from "../document-list/local-file-list";
import { LocalFilePicker } from "../document-list/local-file-picker";
import { readLocalFile, sortLocalEntries, type LocalEntry } from "../document-list/local-files";
import { useLocalEntryChecks } from "../document-list/use-entry-checks";
import { useWindowFileDrop } from "../document-list/use-window-file-drop";
import { LARGE_TEXT_CHARS } from "../../ccda/parse/chunked-parse";
import { loadContentView, useContentView } from "./load-content-view";

type OpenedEntry = Extract<LocalEntry, { ok: true }>;

/** The viewers are their own chunk: only this part waits for it, the picker and the list do not. */
function LocalContent({ content, title }: { content: DocumentContent; title: string }) {
  const { ContentView } = useContentView();
  return <ContentView content={content} title={title} />;
}

/**
 * Up to this many bytes read, the chosen files are rendered in the task that read them. The large-document
 * bound itself: bytes are at least as many as characters, so these files all take the one-shot render.
 */
const SYNC_RENDER_BYTES = LARGE_TEXT_CHARS;

/**
 * Opens C-CDA files from the user's computer (picker, or drop anywhere on the page) through the same
 * decode/parse/render pipeline, lists them like fetched documents, with no network at all.
 */
export function LocalFileScreen() {
  const [entries, setEntries] = useState<readonly LocalEntry[]>([]);
  const [reading, setReading] = useState(0);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(undefined);
  const counter = useRef(0);

  const open = useCallback((files: readonly File[]) => {
    const keys = files.map(() => `local-${String((counter.current += 1))}`);
    setReading((count) => count + files.length);
    void Promise.all(files.map((file, index) => readLocalFile(file, keys[index] ?? ""))).then((read) => {
      const show = () => {
        setReading((count) => count - files.length);
        setEntries((current) => sortLocalEntries([...current, ...read]));
        // Open the newest of the files just chosen that could be read.
        const first = sortLocalEntries(read).find((entry) => entry.ok);
        if (first !== undefined) setSelectedKey(first.key);
      };
      // Small files render at once, not in a later scheduler task: the reader should not wait behind a frame
      // for the document to start (the bench saw 2–10 ms lost there). Large ones keep the task boundary, so
      // decoding them and taking the previous document down never add up to one long task.
      if (files.reduce((sum, file) => sum + file.size, 0) <= SYNC_RENDER_BYTES) flushSync(show);
      else show();
    });
  }, []);

  useEffect(() => {
    void loadContentView();
  }, []);
  useEffect(() => {
    // Files dropped on the start page; taken once, so StrictMode's second effect run finds none.
    const handedOver = takeHandedOverFiles();
    if (handedOver.length > 0)
      queueMicrotask(() => {
        open(handedOver);
      });
  }, [open]);
  const dragging = useWindowFileDrop(open);
  useLocalEntryChecks(entries, setEntries);

  const opened = entries.filter((entry): entry is OpenedEntry => entry.ok);
  const failed = entries.filter((entry) => !entry.ok);
  const selected = opened.find((entry) => entry.key === selectedKey);
  const select = useCallback((entry: OpenedEntry) => {
    setSelectedKey(entry.key);
  }, []);
  useNextPreviousShortcuts(opened, selectedKey, select);

  return (
    <div className={`local-file${entries.length > 0 ? " local-file--compact" : ""}`}>
      <div className="drop-zone">
        <p className="drop-zone__lead">Drop C-CDA files anywhere on this page, or</p>
        <LocalFilePicker onFiles={open} />
        <p className="drop-zone__note">The files stay on this computer: nothing is uploaded.</p>
      </div>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop to open
        </div>
      ) : null}
      <div aria-live="polite" className="local-file__status">
        {reading > 0 ? <Loading label={`Reading ${reading} ${reading === 1 ? "file" : "files"}…`} /> : null}
      </div>
      <LocalFileErrors failed={failed} />
      {opened.length === 0 ? null : (
        <div className="two-pane two-pane--local">
          <nav className="two-pane__list" aria-label="Opened files">
            {/* A stable onSelect: the rows are memoized, and opening a file then renders only the rows that changed. */}
            <LocalFileList entries={opened} selectedKey={selectedKey} onSelect={setSelectedKey} />
          </nav>
          <div className="two-pane__document">
            {selected === undefined ? null : (
              <article
                key={selected.key}
                className="document-pane"
                aria-label={selected.name}
                aria-busy={false}
              >
                <header className="document-pane__header">
                  <h2 className="document-pane__title">{selected.summary.title}</h2>
                  <span className="document-pane__file">{selected.name}</span>
                </header>
                <ErrorBoundary resetKey={selected.key} fallback={(error) => <ErrorPanel error={error} />}>
                  <Suspense fallback={<Loading label="Loading the viewer…" />}>
                    <LocalContent content={selected.content} title={selected.summary.title} />
                  </Suspense>
                </ErrorBoundary>
              </article>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

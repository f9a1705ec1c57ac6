import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { DocumentParts } from "../../ccda/types";
import { SanitizedNodes } from "../../components/sanitized-nodes";
import { CcdaToc } from "../documents/ccda-toc";
import { markFirstSections, measureRender } from "../documents/render-timing";
import { DocumentSectionView } from "./document-section";
import { FindBar } from "./find-bar";
import { PreferencesDialog } from "./preferences-dialog";
import { PrefsNotice } from "./prefs-notice";
import { arrange, documentTypeKey, EMPTY_PREFS, sectionKeys } from "./section-preferences";
import { SourceDialog } from "./source-dialog";
import { useCurrentSection } from "./use-current-section";
import { useOpenSections } from "./use-open-sections";
import { usePaneWidth } from "./use-pane-width";
import { usePrintExpand } from "./use-print-expand";
import { useProgressiveSections } from "./use-progressive-sections";
import { useSafeParts } from "./use-safe-parts";
import { useSectionPrefs } from "./use-section-prefs";
import { ViewToolbar } from "./view-toolbar";
import { DocumentPortals } from "./document-portals";
import { DeletionsToggle, useHasDeletions } from "./deletions-toggle";
import { DocumentDetails, useDocumentDetails } from "./document-details";
import "../../styles/ccda-view.css";

interface CcdaDocumentProps {
  parts: DocumentParts;
  title: string;
  source: string;
  /** Everything rendered so far could include attachments; the renderer's live list. */
  attachments: CcdaDocumentAttachments;
  onDownload: () => void;
  /** Extra content under the toolbar (notes, toggles); called at each render, as notes grow with sections. */
  notes: () => ReactNode;
}

type CcdaDocumentAttachments = Parameters<typeof DocumentPortals>[0]["attachments"];

/** A rendered C-CDA: header, sections (collapsible, ordered by preference, rendered progressively), tools. */
export function CcdaDocument({ parts, title, source, attachments, onDownload, notes }: CcdaDocumentProps) {
  const { sections } = parts;
  const safe = useSafeParts(parts);
  const progressive = useProgressiveSections(sections);
  const keys = useMemo(() => sectionKeys(sections), [sections]);
  const typeKey = documentTypeKey(parts.documentCode);
  const [prefs, savePrefs] = useSectionPrefs(typeKey);
  const arrangement = useMemo(() => arrange(keys, prefs), [keys, prefs]);
  const [showHidden, setShowHidden] = useState(false);
  const shown = showHidden ? [...arrangement.shown, ...arrangement.hidden] : arrangement.shown;
  const sections$ = useOpenSections(
    arrangement.shown.slice(0, arrangement.initialOpen),
    `${parts.docId}|${JSON.stringify(prefs)}`,
  );
  const [showDeletions, setShowDeletions] = useState(false);
  const hasDeletions = useHasDeletions(safe, source);
  const [dialog, setDialog] = useState<"prefs" | "source" | undefined>(undefined);
  const containerRef = useRef<HTMLDivElement>(null);
  const paneRef = usePaneWidth();
  const details = useDocumentDetails(parts.docId, parts.details !== undefined);
  const currentId = useCurrentSection(
    shown.map((i) => sections[i]?.id ?? ""),
    true,
  );

  useLayoutEffect(() => {
    markFirstSections();
  }, [parts]);
  useLayoutEffect(() => {
    if (progressive.complete) measureRender();
  }, [parts, progressive.complete]);

  const renderNow = progressive.renderNow;
  const openSection = useCallback(
    (index: number) => {
      renderNow(index);
      sections$.openNow(index);
    },
    [renderNow, sections$],
  );
  const jump = (index: number, headingId: string) => {
    openSection(index);
    const heading = document.getElementById(headingId);
    if (typeof heading?.scrollIntoView === "function") heading.scrollIntoView({ block: "start" });
    const button = heading?.querySelector("button");
    (button ?? heading)?.focus({ preventScroll: true });
  };
  usePrintExpand(
    () => containerRef.current,
    () => {
      renderNow();
      details.showNow();
      return sections$.expandAllNow(shown);
    },
  );
  const chunks = useMemo(
    () => [safe.body, ...progressive.html.flatMap((c) => c ?? [])],
    [safe.body, progressive.html],
  );
  const roots = () => (containerRef.current === null ? [] : [containerRef.current]);

  return (
    <div className="ccda-view__document" ref={paneRef}>
      <ViewToolbar
        onExpandAll={() => {
          sections$.setAll(shown, true);
        }}
        onCollapseAll={() => {
          sections$.setAll(shown, false);
        }}
        onPreferences={
          sections.length === 0
            ? undefined
            : () => {
                setDialog("prefs");
              }
        }
        onDownload={onDownload}
        onSource={() => {
          setDialog("source");
        }}
        onPrint={() => {
          window.print();
        }}
      >
        <FindBar
          roots={roots}
          prepare={() => {
            renderNow();
            details.showNow();
          }}
          openSection={openSection}
        />
      </ViewToolbar>
      <div className="ccda-toolbar">
        {notes()}
        {hasDeletions ? <DeletionsToggle checked={showDeletions} onChange={setShowDeletions} /> : null}
      </div>
      <PrefsNotice
        arrangement={arrangement}
        showingHidden={showHidden}
        onShowHidden={setShowHidden}
        onReset={() => {
          savePrefs(EMPTY_PREFS);
          setShowHidden(false);
        }}
      />
      <div className="ccda-view__layout">
        <CcdaToc
          sections={shown.flatMap((index) => {
            const section = sections[index];
            return section === undefined ? [] : [{ section, index }];
          })}
          currentId={currentId}
          onJump={jump}
        />
        <div
          ref={containerRef}
          className={`ccda-container${showDeletions ? " ccda-show-deletions" : ""}`}
          data-testid="ccda-container"
        >
          <div className="ccda-document" id={parts.docId || undefined}>
            <SanitizedNodes nodes={safe.header} className="ccda-document__header" />
            <div className="ccda-body">
              {safe.body.length === 0 ? null : <SanitizedNodes nodes={safe.body} />}
              {shown.map((index) => {
                const section = sections[index];
                if (section === undefined) return null;
                return (
                  <DocumentSectionView
                    key={section.id}
                    section={section}
                    index={index}
                    html={progressive.html[index]}
                    complete={progressive.isDone(index)}
                    open={sections$.open.has(index)}
                    onOpenChange={sections$.setOpen}
                  />
                );
              })}
            </div>
            {parts.details === undefined ? null : <DocumentDetails groups={parts.details} state={details} />}
          </div>
        </div>
      </div>
      <DocumentPortals
        complete={progressive.complete}
        container={containerRef}
        chunks={chunks}
        attachments={attachments}
        version={`${String(progressive.html.reduce((n, c) => n + (c?.length ?? 0), 0))}|${String(sections$.open.size)}`}
      />
      {dialog === "prefs" ? (
        <PreferencesDialog
          typeLabel={parts.documentCode?.displayName ?? title}
          sections={sections.map((s, i) => ({ key: keys[i] ?? s.id, title: s.title }))}
          prefs={prefs}
          onSave={savePrefs}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      ) : null}
      {dialog === "source" ? (
        <SourceDialog
          source={source}
          title={title}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      ) : null}
    </div>
  );
}

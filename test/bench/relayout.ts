/**
 * `npx tsx test/bench/relayout.ts <file> '<css>' ['<css>' …]`: what each part of the document view costs the
 * browser's style and layout, with far less noise than a whole pipeline run. Opens the document once in the
 * built app's local-file screen, then, again and again, takes the view's article out of the page, puts it back
 * and times the forced style and layout, once as it is and once per style sheet added (e.g.
 * `.ccda-toc{display:none}` shows what the table of contents costs), then the rendering work of the next
 * frame, timed by the bench's probe as in the bench (on-screen `content-visibility: auto` content is laid out
 * there, and everything is painted). The variants take turns, 40 rounds; the medians of each are printed, with
 * the ratio of the sum to the view as it is. No script is timed: use profile.ts and the bench for that.
 */
import { runTool, withBenchApp } from "./tool";
import { fileDocument } from "./corpus";
import { documentPage, pipelineRun } from "./doc-bench";
import { table } from "./report";

const ROUNDS = 40;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error("Usage: tsx test/bench/relayout.ts <file> '<css>' ['<css>' …]");
  const variants = ["", ...process.argv.slice(3)];
  await withBenchApp({ minify: true }, async (app, browser) => {
    const { page, cdp } = await documentPage(browser, app.app.origin, fileDocument(file), undefined);
    await pipelineRun(page, cdp);
    // Let the idle table measuring finish: it would land inside the timed layouts.
    await page.waitForFunction(() => document.querySelector("[data-tables-measured]") !== null, undefined, {
      timeout: 60_000,
    });
    const medians = await page.evaluate(
      async ({ sheets, rounds }) => {
        const article = document.querySelector("article.document-pane");
        const parent = article?.parentElement;
        if (article === null || parent === null || parent === undefined) throw new Error("No document view");
        // Constructed sheets: the app's CSP allows no <style> element.
        const styles = sheets.map((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          return sheet;
        });
        // Reading a layout property forces style and layout.
        const forceLayout = (): number => document.body.offsetHeight;
        // The next frame's rendering work, timed by the bench's own probe. Its DOM watcher from the run above
        // would force a layout after each move: it is stopped.
        const probe = window.__bench;
        probe.observer?.disconnect();
        const nextFrame = () => probe.nextFrameWork();
        const layouts: number[][] = styles.map(() => []);
        const frames: number[][] = styles.map(() => []);
        for (let round = 0; round <= rounds; round += 1)
          for (const [v, sheet] of styles.entries()) {
            document.adoptedStyleSheets = [sheet];
            article.remove();
            forceLayout();
            await nextFrame();
            await nextFrame();
            parent.append(article);
            const start = performance.now();
            forceLayout();
            const layout = performance.now() - start;
            const frame = await nextFrame();
            document.adoptedStyleSheets = [];
            // Round 0 warms up.
            if (round > 0) {
              layouts[v]?.push(layout);
              frames[v]?.push(frame);
            }
          }
        const median = (t: number[]) => [...t].sort((a, b) => a - b)[t.length >> 1] ?? Number.NaN;
        return styles.map((_, v) => {
          const sums = (layouts[v] ?? []).map((ms, i) => ms + (frames[v]?.[i] ?? Number.NaN));
          return { layout: median(layouts[v] ?? []), frame: median(frames[v] ?? []), sum: median(sums) };
        });
      },
      { sheets: variants, rounds: ROUNDS },
    );
    const base = medians[0]?.sum ?? Number.NaN;
    console.log(
      table([
        ["layout (ms)", "frame (ms)", "sum (ms)", "sum ratio", "style sheet added"],
        ...variants.map((css, i) => {
          const m = medians[i];
          return [
            (m?.layout ?? Number.NaN).toFixed(2),
            (m?.frame ?? Number.NaN).toFixed(2),
            (m?.sum ?? Number.NaN).toFixed(2),
            ((m?.sum ?? Number.NaN) / base).toFixed(3),
            css === "" ? "(none: the view as it is)" : css,
          ];
        }),
      ]),
    );
  });
}

runTool(main);

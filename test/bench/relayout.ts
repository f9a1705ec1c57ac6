/**
 * `npx tsx test/bench/relayout.ts <file> '<css>' ['<css>' …]`: what each part of the document view costs the
 * browser's style and layout, with far less noise than a whole pipeline run. Opens the document once in the
 * built app's local-file screen, then, again and again, takes the view's article out of the page, puts it back
 * and times the forced style and layout, once as it is and once per style sheet added (e.g.
 * `.ccda-toc{display:none}` shows what the table of contents costs); the variants take turns, 40 rounds, and
 * the median of each is printed with its ratio to the view as it is. Only style and layout: script, paint and
 * the next frame are not in these figures (use trace.ts and the bench for those).
 */
import { launchChromium } from "../e2e/browser";
import { startBenchApp } from "./app-server";
import { fileDocument } from "./corpus";
import { documentPage, pipelineRun } from "./doc-bench";
import { table } from "./report";

const ROUNDS = 40;

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error("Usage: tsx test/bench/relayout.ts <file> '<css>' ['<css>' …]");
  const variants = ["", ...process.argv.slice(3)];
  const app = await startBenchApp({ latency: false, scale: false, minify: true });
  const browser = await launchChromium();
  try {
    const { page, cdp } = await documentPage(browser, app.app.origin, fileDocument(file), undefined);
    await pipelineRun(page, cdp);
    // Let the idle table measuring finish: it would land inside the timed layouts.
    await page.waitForFunction(() => document.querySelector("[data-tables-measured]") !== null, undefined, {
      timeout: 60_000,
    });
    const medians = await page.evaluate(
      ({ sheets, rounds }) => {
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
        const times: number[][] = styles.map(() => []);
        for (let round = 0; round <= rounds; round += 1)
          styles.forEach((sheet, v) => {
            document.adoptedStyleSheets = [sheet];
            article.remove();
            forceLayout();
            parent.append(article);
            const start = performance.now();
            forceLayout();
            const ms = performance.now() - start;
            document.adoptedStyleSheets = [];
            // Round 0 warms up.
            if (round > 0) times[v]?.push(ms);
          });
        return times.map((t) => [...t].sort((a, b) => a - b)[t.length >> 1] ?? Number.NaN);
      },
      { sheets: variants, rounds: ROUNDS },
    );
    const base = medians[0] ?? Number.NaN;
    console.log(
      table([
        ["style + layout (ms)", "ratio", "style sheet added"],
        ...variants.map((css, i) => [
          (medians[i] ?? Number.NaN).toFixed(2),
          ((medians[i] ?? Number.NaN) / base).toFixed(3),
          css === "" ? "(none: the view as it is)" : css,
        ]),
      ]),
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

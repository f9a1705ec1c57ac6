/**
 * `npx tsx test/bench/ab.ts '<css>' ['<css>' …]`: CSS changes tried side by side, in one run, on the dev
 * documents (every AB_EVERY-th, default 4): one page of the built app's local-file screen as it is (A) and one
 * per change, each with that style sheet added, each document's runs interleaved between them. Prints each
 * document's median pipeline per page and the median over documents of each change's ratio to A: figures
 * swing with the machine's load, so a change is judged within one run, not from two bench runs minutes apart.
 * AB_BASE=<another checkout> makes A that checkout's build and B this one's (no style sheet), to compare two
 * versions of the app the same way (e.g. `git worktree add ../base <commit>`, with node_modules linked).
 */
import { launchChromium } from "../e2e/browser";
import { startBenchApp } from "./app-server";
import { loadDocuments } from "./corpus";
import { documentPage, pipelineRun } from "./doc-bench";
import { table } from "./report";
import { buildAndServe } from "./serve";
import { median } from "./stats";

const RUNS = Number(process.env.AB_RUNS ?? 7);
const EVERY = Number(process.env.AB_EVERY ?? 4);
const WARMUP = 2;

async function main(): Promise<void> {
  const base = process.env.AB_BASE;
  const changes = process.argv.slice(2);
  if (changes.length === 0 && base === undefined)
    throw new Error("Usage: tsx test/bench/ab.ts '<css>' ['<css>' …] (or AB_BASE=<checkout>)");
  // With a base checkout, B is this build as it is; each style sheet then comes after it.
  if (base !== undefined) changes.unshift("");
  const variants = [undefined, ...changes];
  const docs = loadDocuments()
    .filter((doc) => doc.group === "dev")
    .filter((_, i) => i % EVERY === 0);
  const app = await startBenchApp({ latency: false, scale: false, minify: true });
  const baseApp = base === undefined ? undefined : await buildAndServe(base, { useConfigFile: true });
  const browser = await launchChromium();
  const letters = variants.map((_, i) => String.fromCharCode(65 + i));
  const rows: string[][] = [["document", ...letters.map((l, i) => (i === 0 ? "A ms" : `${l}/A`))]];
  const ratios: number[][] = changes.map(() => []);
  // Each run against the A run just before it: the machine's speed drifts over seconds, so a pair taken
  // together is steadier than medians taken minutes apart. And each variant's fastest run against A's.
  const paired: number[][] = changes.map(() => []);
  const fastest: number[][] = changes.map(() => []);
  try {
    for (const doc of docs) {
      const pages = [];
      for (const [v, css] of variants.entries()) {
        const origin = v === 0 && baseApp !== undefined ? baseApp.origin : app.app.origin;
        pages.push(await documentPage(browser, origin, doc, css === "" ? undefined : css));
      }
      const times: number[][] = variants.map(() => []);
      for (let i = 0; i < WARMUP + RUNS; i += 1) {
        for (const [v, page] of pages.entries()) {
          const run = await pipelineRun(page.page, page.cdp);
          if (i >= WARMUP) times[v]?.push(run.pipelineMs);
        }
      }
      for (const page of pages) await page.page.close();
      const medians = times.map((t) => median(t));
      const a = medians[0] ?? Number.NaN;
      medians.slice(1).forEach((m, i) => ratios[i]?.push(m / a));
      const aTimes = times[0] ?? [];
      times.slice(1).forEach((t, i) => {
        t.forEach((ms, run) => paired[i]?.push(ms / (aTimes[run] ?? Number.NaN)));
        fastest[i]?.push(Math.min(...t) / Math.min(...aTimes));
      });
      rows.push([doc.name.slice(-60), a.toFixed(1), ...medians.slice(1).map((m) => (m / a).toFixed(3))]);
      process.stderr.write(".");
    }
  } finally {
    await browser.close();
    await app.close();
    await baseApp?.close();
  }
  console.log(`\n${table(rows)}`);
  changes.forEach((css, i) => {
    const what = css === "" ? `this build against ${base ?? "?"}` : css;
    console.log(
      `${letters[i + 1] ?? "?"}/A median ${median(ratios[i] ?? []).toFixed(3)} (run by run ` +
        `${median(paired[i] ?? []).toFixed(3)}, fastest runs ${median(fastest[i] ?? []).toFixed(3)}): ${what}`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm start`: the sandbox SMART/FHIR server and the Vite dev server in one process, so one Ctrl-C stops both.
 * PORT (app, default 5173) and SANDBOX_PORT (default 4010) choose the ports; both URLs are printed.
 */
import { createServer } from "vite";
import { startSandbox } from "../sandbox/server";
import { sandboxOptionsFromEnv } from "../sandbox/env-options";

const appPort = Number(process.env.PORT ?? 5173);
const appOrigin = `http://127.0.0.1:${appPort}`;

async function main(): Promise<void> {
  const sandbox = await startSandbox({ ...sandboxOptionsFromEnv(process.env), appOrigin });
  process.env.VITE_SANDBOX_FHIR_BASE = sandbox.fhirBase;
  const vite = await createServer({ server: { host: "127.0.0.1", port: appPort, strictPort: true } });
  await vite.listen();

  console.log("");
  console.log(`  C-CDA Viewer       ${appOrigin}/`);
  console.log(`  EHR simulator      ${sandbox.origin}/ehr`);
  console.log(`  Sandbox FHIR base  ${sandbox.fhirBase}`);
  console.log("");
  console.log(
    "  Open the app to launch standalone as a patient, or the EHR simulator to launch as a clinician.",
  );
  console.log("  Press Ctrl-C to stop both servers.");

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([vite.close(), sandbox.close()]).then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

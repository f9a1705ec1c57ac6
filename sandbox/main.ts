/**
 * `npm run sandbox`: the SMART sandbox on http://127.0.0.1:4010 (contract). Settings come from the environment,
 * see env-options.ts. Prints its URLs; stops cleanly on SIGINT/SIGTERM.
 */
import { SandboxConfigError, sandboxOptionsFromEnv } from "./env-options";
import { startSandbox } from "./server";

async function main(): Promise<void> {
  const sandbox = await startSandbox(sandboxOptionsFromEnv(process.env));
  console.log(`Sandbox:        ${sandbox.origin}/`);
  console.log(`EHR simulator:  ${sandbox.origin}/ehr`);
  console.log(`Profile:        ${sandbox.profile ?? "strict-smart"}`);
  if (sandbox.personas !== undefined && sandbox.personas.patient !== sandbox.personas.provider) {
    console.log(`FHIR base:      ${sandbox.personas.provider} (provider persona, EHR launch)`);
    console.log(`                ${sandbox.personas.patient} (patient persona, standalone launch)`);
  } else {
    console.log(`FHIR base:      ${sandbox.fhirBase}`);
  }
  const stop = (signal: string): void => {
    console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => {
    stop("SIGINT");
  });
  process.once("SIGTERM", () => {
    stop("SIGTERM");
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof SandboxConfigError ? `sandbox: ${error.message}` : error);
  process.exit(1);
});

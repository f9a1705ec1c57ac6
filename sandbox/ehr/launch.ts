import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { SandboxContext } from "../context";
import { signToken, type SessionClaims } from "../auth/tokens";
import { sendErrorPage } from "../html";
import { redirect } from "../http/respond";
import { parseLaunchOptions, serializeLaunchOptions } from "../launch-options";

/** A launch id is good for a quarter of an hour: long enough to debug a launch, short like a real EHR's. */
const LAUNCH_LIFETIME_SECONDS = 900;

/** GET /ehr/launch?patient=<id>[&options]: mint a signed launch id and open the app's launch URL with it. */
export async function handleEhrLaunch(ctx: SandboxContext, res: ServerResponse, url: URL): Promise<void> {
  const patientId = url.searchParams.get("patient") ?? "";
  if (!ctx.dataset.patients.some((p) => p.id === patientId)) {
    sendErrorPage(
      res,
      400,
      "Unknown patient",
      `No patient with id "${patientId}". Pick one on the EHR page.`,
    );
    return;
  }
  const parsed = parseLaunchOptions(url.searchParams);
  if (!parsed.ok) {
    sendErrorPage(res, 400, "Invalid launch options", parsed.message);
    return;
  }
  const session: SessionClaims = {
    sid: randomUUID(),
    patient: patientId,
    opts: serializeLaunchOptions(parsed.options),
    launchType: "ehr",
  };
  if (parsed.options.encounter !== undefined) session.encounter = parsed.options.encounter;
  const launch = await signToken(
    ctx.keys,
    "launch",
    { ...session },
    { lifetimeSeconds: LAUNCH_LIFETIME_SECONDS },
  );
  const target = new URL(`${ctx.appOrigin}/launch`);
  target.searchParams.set("iss", ctx.fhirBase);
  target.searchParams.set("launch", launch);
  redirect(res, target.toString());
}

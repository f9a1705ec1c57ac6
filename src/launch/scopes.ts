export type LaunchType = "ehr" | "standalone";

/**
 * The scope string sent to authorize. The launch scope is explicit for both types (pitfall P8): fhirclient
 * only appends `launch` when no word contains "launch", so `launch/patient` would hide a missing `launch`.
 */
export function buildScope(type: LaunchType, dataScope: string): string {
  const launchScope = type === "ehr" ? "launch" : "launch/patient";
  const words = dataScope.split(/\s+/).filter((word) => word !== "" && word !== launchScope);
  return [launchScope, ...words].join(" ");
}

import type { FhirResource } from "fhir/r4";

type ResourceType = FhirResource["resourceType"];

/**
 * True when a parsed JSON value claims to be a FHIR resource of the given type. Only `resourceType` is
 * checked: callers still read every field defensively, since real servers omit required ones.
 */
export function isResourceOfType<T extends ResourceType>(
  value: unknown,
  resourceType: T,
): value is Extract<FhirResource, { resourceType: T }> {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === resourceType
  );
}

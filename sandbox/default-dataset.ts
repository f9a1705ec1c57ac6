import type { Dataset, DatasetOptions } from "./data/types";

/** Loaded lazily so that tests passing their own dataset never pay for (or depend on) the generator. */
export async function loadDefaultDataset(options?: DatasetOptions): Promise<Dataset> {
  const { buildDataset } = await import("./data/dataset");
  return buildDataset(options);
}

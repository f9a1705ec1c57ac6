/** A deployment configuration problem, named after the variable or config.json field at fault. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

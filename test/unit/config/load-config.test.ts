import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, getAppConfig, setAppConfig } from "../../../src/config/app-config";
import { loadAppConfig } from "../../../src/config/load-config";

afterEach(() => {
  setAppConfig(undefined);
  vi.restoreAllMocks();
});

const answer =
  (body: string | null, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe("loadAppConfig", () => {
  it("installs config.json's servers for the rest of the app", async () => {
    const file = JSON.stringify({ servers: [{ name: "Epic", fhirBase: "https://epic.example/R4" }] });
    const config = await loadAppConfig(answer(file), "/config.json");
    expect(config.servers.map((server) => server.name)).toEqual(["Epic"]);
    expect(getAppConfig()).toBe(config);
  });

  it("uses the build-time configuration when there is no file (404) or a catch-all answers index.html", async () => {
    expect((await loadAppConfig(answer(null, 404), "/config.json")).servers[0]?.name).toBe(
      "Development sandbox",
    );
    const html = await loadAppConfig(answer("<!doctype html><html></html>"), "/config.json");
    expect(html.servers[0]?.name).toBe("Development sandbox");
  });

  it("falls back to the build-time configuration, with a warning, when the file cannot be fetched", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const config = await loadAppConfig(() => Promise.reject(new TypeError("offline")), "/config.json");
    expect(config.servers[0]?.name).toBe("Development sandbox");
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each([
    ["{ not json", /config\.json is not valid JSON/],
    [JSON.stringify({ servers: [{ name: "A" }] }), /servers\[0\]\.fhirBase is required/],
  ])("rejects a broken file %s with a ConfigError", async (body, message) => {
    const load = loadAppConfig(answer(body), "/config.json");
    await expect(load).rejects.toThrow(ConfigError);
    await expect(loadAppConfig(answer(body), "/config.json")).rejects.toThrow(message);
  });

  it("rejects a file the server fails to serve", async () => {
    await expect(loadAppConfig(answer("oops", 500), "/config.json")).rejects.toThrow(/HTTP 500/);
  });
});

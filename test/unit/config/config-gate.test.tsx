import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigGate } from "../../../src/app/config-gate";
import { setAppConfig } from "../../../src/config/app-config";

afterEach(() => {
  setAppConfig(undefined);
  vi.restoreAllMocks();
});

function renderGate() {
  const client = new QueryClient();
  render(
    <QueryClientProvider client={client}>
      <ConfigGate>
        <p>The app</p>
      </ConfigGate>
    </QueryClientProvider>,
  );
}

describe("ConfigGate", () => {
  it("shows the app once the configuration is loaded", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(null, { status: 404 }));
    renderGate();
    expect(await screen.findByText("The app")).toBeInTheDocument();
  });

  it("shows a page naming the wrong field instead of a blank screen", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      new Response(JSON.stringify({ servers: [{ name: "Epic", fhirBase: "epic.example/R4" }] })),
    );
    renderGate();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The app is not configured correctly");
    expect(alert).toHaveTextContent(
      'config.json servers[0].fhirBase: "epic.example/R4" is not an absolute URL',
    );
    expect(screen.queryByText("The app")).not.toBeInTheDocument();
  });
});

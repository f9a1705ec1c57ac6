import { describe, expect, it } from "vitest";
import { createRefreshGate, type Clock, type RefreshableClient } from "../../../src/launch/refresh-gate";

/** A clock the test moves by hand; sleep advances it (nothing waits on wall-clock time). */
function fakeClock(start = 1_000_000_000_000): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (milliseconds) => {
      slept.push(milliseconds);
      now += milliseconds;
      return Promise.resolve();
    },
  };
}

function fakeClient(clock: Clock, lifetimeSeconds: number) {
  const sent: number[] = [];
  const client: RefreshableClient & { sent: number[] } = {
    sent,
    state: { expiresAt: clock.now() / 1000 + lifetimeSeconds, tokenResponse: { refresh_token: "r" } },
    refresh() {
      sent.push(clock.now());
      client.state.expiresAt = clock.now() / 1000 + lifetimeSeconds;
      return Promise.resolve();
    },
  };
  return client;
}

describe("createRefreshGate", () => {
  it("does not refresh a token with time left, and refreshes one inside the 10 s margin", async () => {
    const clock = fakeClock();
    const client = fakeClient(clock, 570);
    const gate = createRefreshGate(client, 60, clock);
    await gate.ensureFresh();
    expect(client.sent).toEqual([]);
    client.state.expiresAt = clock.now() / 1000 + 5;
    await gate.ensureFresh();
    expect(client.sent).toHaveLength(1);
  });

  it("shares one refresh among concurrent requests", async () => {
    const clock = fakeClock();
    const client = fakeClient(clock, 570);
    client.state.expiresAt = clock.now() / 1000 - 1;
    const gate = createRefreshGate(client, 60, clock);
    await Promise.all([gate.ensureFresh(), gate.ensureFresh(), gate.ensureFresh()]);
    expect(client.sent).toHaveLength(1);
  });

  it("uses a still-valid token rather than refresh twice within the interval", async () => {
    const clock = fakeClock();
    const client = fakeClient(clock, 15); // shorter than the interval: always inside the margin
    const gate = createRefreshGate(client, 60, clock);
    client.state.expiresAt = clock.now() / 1000 + 5;
    await gate.ensureFresh();
    await gate.ensureFresh();
    expect(client.sent).toHaveLength(1);
    expect(clock.slept).toEqual([]);
  });

  it("waits out the interval when the token has expired, then refreshes: never two within 60 s", async () => {
    const clock = fakeClock();
    const client = fakeClient(clock, 15);
    const gate = createRefreshGate(client, 60, clock);
    client.state.expiresAt = clock.now() / 1000 - 1;
    await gate.ensureFresh();
    client.state.expiresAt = clock.now() / 1000 - 1; // expired again 0 s later
    await gate.ensureFresh();
    expect(client.sent).toHaveLength(2);
    expect(clock.slept).toEqual([60_000]);
    expect((client.sent[1] ?? 0) - (client.sent[0] ?? 0)).toBeGreaterThanOrEqual(60_000);
  });

  it("refreshes as fhirclient would when the interval is 0, and never without a refresh token", async () => {
    const clock = fakeClock();
    const client = fakeClient(clock, 15);
    const gate = createRefreshGate(client, 0, clock);
    client.state.expiresAt = clock.now() / 1000 - 1;
    await gate.ensureFresh();
    client.state.expiresAt = clock.now() / 1000 - 1;
    await gate.ensureFresh();
    expect(client.sent).toHaveLength(2);
    const noRefresh = fakeClient(clock, 15);
    noRefresh.state.tokenResponse = {};
    noRefresh.state.expiresAt = 0;
    await createRefreshGate(noRefresh, 0, clock).ensureFresh();
    expect(noRefresh.sent).toEqual([]);
  });
});

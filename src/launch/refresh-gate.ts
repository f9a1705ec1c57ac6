/**
 * Token refresh on our terms: fhirclient refreshes whenever a token has under 10 s left, as often as asked.
 * Oracle Health throttles refreshes repeated within a minute (429), so the gate never sends two refreshes
 * closer than the server's minimum interval: a still-valid token is used as is, and an expired one waits out
 * the interval rather than earning a refusal that would end the session.
 */

export interface RefreshableClient {
  readonly state: { expiresAt?: number; tokenResponse?: { refresh_token?: string } };
  refresh(): Promise<unknown>;
}

export interface Clock {
  /** Milliseconds, like Date.now(). */
  now(): number;
  sleep(milliseconds: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (milliseconds) =>
    new Promise((resolve) => {
      setTimeout(resolve, milliseconds);
    }),
};

/** fhirclient's own margin: refresh when the token has less than this left. */
const EARLY_SECONDS = 10;

export interface RefreshGate {
  /** Refreshes when the token is due and the interval allows; resolves when a usable token is in place. */
  ensureFresh(): Promise<void>;
  /** Refreshes sent so far (for tests and diagnostics). */
  readonly count: number;
}

export function createRefreshGate(
  client: RefreshableClient,
  minIntervalSeconds: number,
  clock: Clock = systemClock,
): RefreshGate {
  let lastSent: number | undefined;
  let inflight: Promise<void> | undefined;
  let count = 0;
  const run = async (): Promise<void> => {
    const wait = lastSent === undefined ? 0 : lastSent + minIntervalSeconds * 1000 - clock.now();
    if (wait > 0) {
      const expiresAt = client.state.expiresAt ?? 0;
      // Still valid (just inside the early margin): use it rather than refresh too soon.
      if (expiresAt * 1000 > clock.now()) return;
      await clock.sleep(wait);
    }
    lastSent = clock.now();
    count += 1;
    await client.refresh();
  };
  return {
    get count() {
      return count;
    },
    ensureFresh() {
      const expiresAt = client.state.expiresAt ?? 0;
      const refreshToken = client.state.tokenResponse?.refresh_token;
      if (refreshToken === undefined || expiresAt - EARLY_SECONDS > clock.now() / 1000) {
        return Promise.resolve();
      }
      inflight ??= run().finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
  };
}

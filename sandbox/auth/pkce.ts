import { createHash, timingSafeEqual } from "node:crypto";

/** RFC 7636 §4.1: 43–128 characters from the unreserved set. The same shape applies to S256 challenges. */
const VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;

export function isWellFormedVerifier(value: string): boolean {
  return VERIFIER_PATTERN.test(value);
}

/** A S256 challenge is base64url(sha256(verifier)) without padding: exactly 43 characters. */
export function isWellFormedChallenge(value: string): boolean {
  return /^[A-Za-z0-9\-_]{43}$/.test(value);
}

export function s256(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

export function verifierMatches(verifier: string, challenge: string): boolean {
  const expected = Buffer.from(s256(verifier));
  const actual = Buffer.from(challenge);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

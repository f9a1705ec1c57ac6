import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";

/** Per-process keys: codes and tokens die with the process, as they would on a restarted real server. */
export interface SandboxKeys {
  /** HS256 secret for launch ids, codes, access and refresh tokens. */
  secret: Uint8Array;
  /** RS256 private key for id_tokens. */
  idTokenKey: CryptoKey;
  /** The public half, as served at /auth/jwks. */
  publicJwk: JWK;
}

export async function createKeys(): Promise<SandboxKeys> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = randomBytes(8).toString("hex");
  return {
    secret: new Uint8Array(randomBytes(32)),
    idTokenKey: privateKey,
    publicJwk: { ...jwk, kid, alg: "RS256", use: "sig" },
  };
}

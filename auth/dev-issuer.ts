import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

/** Issuer and audience of development tokens. */
export const DEV_ISSUER = 'citizen360-dev-issuer';
export const DEV_ALGORITHM = 'ES256';

export interface DevIssuer {
  readonly publicKey: KeyLike;
  /** Signs a token with the given claims, valid for `ttlSeconds`. */
  mint(
    claims: Record<string, unknown>,
    options: { subject: string; audience: string; ttlSeconds: number },
  ): Promise<string>;
}

/**
 * The development issuer: an ES256 key pair kept in a file (created on first use, mode 600) so that
 * `npm run token` and the running hub share it. Never used in production (config refuses it there).
 */
export async function loadDevIssuer(keyFile: string): Promise<DevIssuer> {
  let privateJwk: JWK;
  if (existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
    privateJwk = await exportJWK(privateKey);
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const privateKey = (await importJWK(privateJwk, DEV_ALGORITHM)) as KeyLike;
  const { d: _secret, ...publicJwk } = privateJwk;
  const publicKey = (await importJWK(publicJwk, DEV_ALGORITHM)) as KeyLike;
  return {
    publicKey,
    mint: (claims, { subject, audience, ttlSeconds }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: DEV_ALGORITHM, typ: 'JWT' })
        .setIssuer(DEV_ISSUER)
        .setAudience(audience)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
        .sign(privateKey),
  };
}

import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { AuthError, type Caller, type Role } from './caller';
import { KeptTokens } from './kept-tokens';

/**
 * The gateway's word to a subgraph: a short-lived HS256 token naming the caller, signed with a secret only the
 * gateway and the subgraphs hold. Both halves live here because they change together.
 * A subgraph refuses any request without a valid one, `_entities` included.
 */
export const INTERNAL_TOKEN_HEADER = 'x-hub-internal-token';
const AUDIENCE = 'citizen360-subgraphs';
const ISSUER = 'citizen360-gateway';
const TTL_SECONDS = 60;

const keys = new Map<string, KeyObject>();

/** The secret as a key object, made once per secret (jose would make one per token from bytes). */
function keyOf(secret: string): KeyObject {
  if (secret.length < 32) throw new Error('the internal token secret must be at least 32 characters');
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

const signed = new Map<string, KeptTokens<Promise<string>>>();
const verified = new Map<string, KeptTokens<Caller>>();

function keptFor<T>(kept: Map<string, KeptTokens<T>>, secret: string): KeptTokens<T> {
  let found = kept.get(secret);
  if (!found) kept.set(secret, (found = new KeptTokens<T>()));
  return found;
}

/**
 * Gateway half: a token naming the caller, for its subgraph calls. It names no request (the request id travels
 * in its own header), so one caller's requests share it for half its life: the subgraphs then verify it once
 * each (`verifyInternalToken`), and a request made with it still has at least half a minute, more than any
 * request's budget.
 */
export function signInternalToken(secret: string, caller: Caller): Promise<string> {
  const kept = keptFor(signed, secret);
  const key = JSON.stringify([caller.subject, caller.role, caller.client, caller.purpose, caller.nik]);
  let token = kept.get(key);
  if (!token) {
    token = new SignJWT({ role: caller.role, client: caller.client, purpose: caller.purpose, nik: caller.nik })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(caller.subject)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + TTL_SECONDS)
      .sign(keyOf(secret));
    kept.set(key, token, Date.now() + (TTL_SECONDS * 1000) / 2);
    token.catch(() => kept.delete(key));
  }
  return token;
}

/**
 * Subgraph half: the caller the gateway vouched for, or an AuthError. A token verified once is known until it
 * expires: each process checks a token's signature once (a jose verification per subgraph call was a
 * fifteenth of a subgraph's CPU per profile, bench S10).
 */
export async function verifyInternalToken(secret: string, token: string | undefined): Promise<Caller> {
  if (!token) throw new AuthError('requests must come through the gateway');
  const kept = keptFor(verified, secret);
  const known = kept.get(token);
  if (known) return known;
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
    });
    const caller: Caller = Object.freeze({
      subject: payload.sub!,
      role: payload.role as Role,
      client: (payload.client as string | null) ?? null,
      purpose: (payload.purpose as string | null) ?? null,
      nik: (payload.nik as string | null) ?? null,
    });
    kept.set(token, caller, payload.exp! * 1000);
    return caller;
  } catch {
    throw new AuthError('requests must come through the gateway');
  }
}

import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { AuthError, type Caller, type Role } from './caller';

/**
 * The gateway's word to a subgraph: a short-lived HS256 token naming the caller and the request, signed with a
 * secret only the gateway and the subgraphs hold. Both halves live here because they change together.
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

/** Gateway half: signs the caller and request id for one subgraph call. */
export function signInternalToken(secret: string, caller: Caller, requestId: string): Promise<string> {
  return new SignJWT({
    role: caller.role,
    client: caller.client,
    purpose: caller.purpose,
    nik: caller.nik,
    rid: requestId,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(caller.subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + TTL_SECONDS)
    .sign(keyOf(secret));
}

/** Subgraph half: the caller the gateway vouched for, or an AuthError. */
export async function verifyInternalToken(
  secret: string,
  token: string | undefined,
): Promise<Caller & { requestId: string }> {
  if (!token) throw new AuthError('requests must come through the gateway');
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
    });
    return Object.freeze({
      subject: payload.sub!,
      role: payload.role as Role,
      client: (payload.client as string | null) ?? null,
      purpose: (payload.purpose as string | null) ?? null,
      nik: (payload.nik as string | null) ?? null,
      requestId: String(payload.rid ?? ''),
    });
  } catch {
    throw new AuthError('requests must come through the gateway');
  }
}

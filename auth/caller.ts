import { checkNik } from '../schema/scalars/identity-number';

/** Who may call the hub. Deny by default: a token without one of these roles is refused. */
export const ROLES = ['citizen', 'officer', 'planner', 'steward', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller of one request, as the gateway passes it to every subgraph. */
export interface Caller {
  /** Token subject: the NIK for a citizen, the user id for everyone else. */
  readonly subject: string;
  readonly role: Role;
  /** The registered service (OIDC client) the request comes through. */
  readonly client: string | null;
  /** Purpose-of-use code (header `x-purpose` or the token's `purpose` claim). */
  readonly purpose: string | null;
  /** The citizen's own NIK (citizens only). */
  readonly nik: string | null;
}

export class AuthError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'AuthError';
  }
}

/** A malformed request header next to valid credentials: the client's mistake, not a failed sign-on. */
export class HeaderError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'HeaderError';
  }
}

/**
 * Maps verified token claims to a caller. Works with the development issuer (`role`, `client_id`, `purpose`) and
 * with a Keycloak realm: the role is the first hub role in `realm_access.roles`, the client is `azp`, and a
 * citizen's NIK is the `nik` claim (a user-attribute mapper) or else the subject.
 */
const PURPOSE_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

export function callerFromClaims(claims: Record<string, unknown>, purposeHeader?: string): Caller {
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!subject) throw new AuthError('token has no subject');
  const realmRoles = (claims.realm_access as { roles?: unknown } | undefined)?.roles;
  const candidates = [claims.role, ...(Array.isArray(realmRoles) ? realmRoles : [])];
  const role = candidates.find((r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r));
  if (!role) throw new AuthError('token carries no hub role');
  const client =
    typeof claims.azp === 'string' ? claims.azp : typeof claims.client_id === 'string' ? claims.client_id : null;
  const stated = purposeHeader?.trim();
  const purpose = stated || (typeof claims.purpose === 'string' ? claims.purpose : null);
  if (purpose !== null && !PURPOSE_CODE.test(purpose)) {
    const reason = 'purpose must be an upper-case code such as LICENSE_APPLICATION';
    throw stated ? new HeaderError(`the x-purpose header: ${reason}`) : new AuthError(reason);
  }
  let nik: string | null = null;
  if (role === 'citizen') {
    nik = typeof claims.nik === 'string' ? claims.nik : subject;
    if (!checkNik(nik).ok) throw new AuthError('a citizen token must carry a valid NIK');
  }
  return Object.freeze({ subject, role, client, purpose, nik });
}

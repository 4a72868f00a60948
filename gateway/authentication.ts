import type { IncomingMessage } from 'node:http';
import { createBearerVerifier } from '../auth/bearer';
import { AuthError, HeaderError, type Caller } from '../auth/caller';
import { DEV_ALGORITHM, DEV_ISSUER, loadDevIssuer } from '../auth/dev-issuer';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../auth/internal-token';
import type { Authentication } from '../hub/config';
import { requestError, unauthenticatedError } from '../schema/errors';

export type Authenticator = (request: IncomingMessage) => Promise<Caller>;

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Who is calling: an OIDC bearer token (or a development one), or, for a subgraph reading the graph on a
 * caller's behalf, the internal token the gateway gave that subgraph. Anything else is refused with 401
 * UNAUTHENTICATED before any operation is parsed or planned.
 */
export async function createAuthenticator(
  authentication: Authentication,
  internalSecret: string,
): Promise<Authenticator> {
  const verifyBearer =
    authentication.kind === 'oidc'
      ? createBearerVerifier({
          issuer: authentication.issuer,
          audience: authentication.audience,
          algorithms: authentication.algorithms,
          keys: { jwksUrl: authentication.jwksUrl },
        })
      : createBearerVerifier({
          issuer: DEV_ISSUER,
          audience: authentication.audience,
          algorithms: [DEV_ALGORITHM],
          keys: { key: (await loadDevIssuer(authentication.keyFile)).publicKey },
        });
  return async (request) => {
    try {
      const internal = header(request, INTERNAL_TOKEN_HEADER);
      if (internal) return await verifyInternalToken(internalSecret, internal);
      return await verifyBearer(header(request, 'authorization'), header(request, 'x-purpose'));
    } catch (error) {
      if (error instanceof AuthError) throw unauthenticatedError(error.reason);
      if (error instanceof HeaderError) throw requestError(error.reason);
      throw error;
    }
  };
}

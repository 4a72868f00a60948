// A real OpenID provider (panva's oidc-provider) on loopback, for the web app's sign-in tests: Authorization Code
// with PKCE for one public client, JWT access tokens for the hub's audience carrying the hub's claims, and the
// provider's own development login and consent pages. An account's login name is its role, or a 16-digit NIK for
// a citizen. Started as a child process (the package is ESM only); prints the issuer URL once it listens.
// Environment: REDIRECT_URI (the web app's address), CLIENT_ID, AUDIENCE.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import process from 'node:process';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const RESOURCE = 'urn:citizen360';
const ROLES = ['officer', 'steward', 'auditor', 'planner'];

const jwk = (type, options, alg) => ({
  ...generateKeyPairSync(type, options).privateKey.export({ format: 'jwk' }),
  alg,
  use: 'sig',
  kid: randomUUID(),
});

/** The hub's claims for a login name: a NIK signs a citizen in, a role name one of the staff. */
function hubClaims(accountId) {
  if (/^[0-9]{16}$/.test(accountId)) return { role: 'citizen', nik: accountId };
  if (ROLES.includes(accountId)) return { role: accountId };
  return {};
}

const server = createServer();
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID ?? 'citizen360-web',
      token_endpoint_auth_method: 'none',
      redirect_uris: [process.env.REDIRECT_URI],
      post_logout_redirect_uris: [process.env.REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [jwk('rsa', { modulusLength: 2048 }, 'RS256'), jwk('ec', { namedCurve: 'P-256' }, 'ES256')] },
  pkce: { required: () => true },
  scopes: ['openid', 'hub'],
  claims: { openid: ['sub'], hub: ['name'] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, name: id }) };
  },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'hub',
        audience: process.env.AUDIENCE ?? 'citizen360',
        accessTokenTTL: 15 * 60,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES256' } },
      }),
    },
  },
  extraTokenClaims: (_ctx, token) => hubClaims(token.accountId),
});
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider: ${error.stack}\n`));
server.on('request', provider.callback());
process.stdout.write(`${issuer}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));

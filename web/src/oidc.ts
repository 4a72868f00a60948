import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { claimsOf, type Session } from './api';

/** How the hub says the app signs in (`/config.json`). */
export type SignInConfig = { kind: 'development' } | { kind: 'oidc'; issuer: string; clientId: string; scope: string };

export async function signInConfig(): Promise<SignInConfig> {
  const response = await fetch('/config.json');
  if (!response.ok) return { kind: 'development' };
  return ((await response.json()) as { signIn: SignInConfig }).signIn;
}

let manager: UserManager | undefined;

/**
 * OpenID Connect Authorization Code with PKCE (oidc-client-ts) against the hub's identity provider, back to the
 * app's own address. The tokens are kept in memory only (a reload signs in again); only the request's state and
 * code verifier wait in sessionStorage across the redirect, as the flow needs.
 */
function userManager(config: Extract<SignInConfig, { kind: 'oidc' }>): UserManager {
  manager ??= new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: config.scope,
    loadUserInfo: false,
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  });
  return manager;
}

export function signInWithProvider(config: Extract<SignInConfig, { kind: 'oidc' }>): Promise<void> {
  return userManager(config).signinRedirect();
}

/** Whether this page load is the provider sending the browser back with a code. */
export function isSignInCallback(): boolean {
  const params = new URLSearchParams(window.location.search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** Completes the sign-in the provider sent back, and takes the code out of the address bar. */
export async function completeSignIn(config: Extract<SignInConfig, { kind: 'oidc' }>): Promise<Session> {
  try {
    const user = await userManager(config).signinRedirectCallback();
    const claims = claimsOf(user.access_token);
    const role = typeof claims.role === 'string' ? claims.role : '';
    const who = typeof claims.nik === 'string' ? claims.nik : String(user.profile.name ?? user.profile.sub);
    return {
      token: user.access_token,
      expiresAt: (user.expires_at ?? 0) * 1000,
      label: `${role} ${who}`.trim(),
      role,
      purpose: typeof claims.purpose === 'string' ? claims.purpose : null,
    };
  } finally {
    window.history.replaceState(null, '', '/');
  }
}

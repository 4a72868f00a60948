// Calls to the hub's GraphQL endpoint (same origin). Personal data such as a NIK travels in request bodies only,
// never in a URL.
import type { TypedDocumentString } from './generated/graphql';

export interface Session {
  token: string;
  /** When the token ends (ms since the epoch): the app signs out then, and says so. */
  expiresAt: number;
  label: string;
  role: string;
  /** The purpose the token states (officers, planners), if any. */
  purpose: string | null;
}

/** The claims of a token (a JWT), read to label the session and pick the pages: the hub verifies it itself. */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as Record<
    string,
    unknown
  >;
}

const purposeOf = (token: string) => {
  const { purpose } = claimsOf(token);
  return typeof purpose === 'string' ? purpose : null;
};

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export class SessionEnded extends Error {}

/**
 * Runs one operation (a document from `gql`, typed from the API schema by `npm run codegen`); resolves with data
 * and errors (a partial answer is normal), rejects on a failed request.
 */
export async function graphql<TResult, TVariables>(
  session: Session,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<{ data: TResult | null; errors: GraphQLError[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLError[] };
  if (response.status === 401) throw new SessionEnded();
  if (!body.data && body.errors?.length) throw new Error(body.errors[0].message);
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

export interface OfferedCaller {
  id: number;
  label: string;
  role: string;
}

/** The demonstration callers (development, this machine only), or none where the hub offers none. */
export async function offeredCallers(): Promise<OfferedCaller[]> {
  const response = await fetch('/explorer/callers');
  if (!response.ok) return [];
  return ((await response.json()) as { callers: OfferedCaller[] }).callers;
}

export async function signInAs(caller: number): Promise<Session> {
  const response = await fetch('/explorer/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ caller }),
  });
  if (!response.ok) throw new Error(`sign-in refused (${response.status})`);
  const body = (await response.json()) as {
    token: string;
    expiresInSeconds: number;
    caller: { label: string; role: string };
  };
  return {
    token: body.token,
    expiresAt: Date.now() + body.expiresInSeconds * 1000,
    label: body.caller.label,
    role: body.caller.role,
    purpose: purposeOf(body.token),
  };
}

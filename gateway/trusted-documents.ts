import type { HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller';
import { createLogger, errorFields } from '../hub/log';
import type { RuleBook } from '../policy/rule-book';
import { ErrorCode } from '../schema/errors';
import { isRecord, refuse, requestFields, type Refusal } from './operation-limits';
import { DOCUMENT_ID, documentId } from '../schema/trusted-documents';

const log = createLogger('gateway');

const refusal = (status: number, code: string, message: string) =>
  refuse(status, new GraphQLError(message, { extensions: { code } }));

/**
 * Trusted documents, before anything else looks at an operation. A client may send an operation by the SHA-256 of
 * its text (`extensions.persistedQuery.sha256Hash`, version 1: Apollo Client's persisted-query link) when a
 * steward registered it for the client; the gateway puts the registered text in its place, and the request goes
 * on as if the client had sent it. A hash sent next to a text must be that text's. A client the steward holds to
 * its registered operations gets 403 OPERATION_NOT_TRUSTED for any other text or hash; any other client gets
 * PERSISTED_QUERY_NOT_FOUND for an unknown hash (and may send the text). Nobody registers an operation by sending
 * it (Apollo's automatic persisted queries are off): only stewards do, through `registerTrustedDocuments`.
 */
export function trustedDocuments(
  rules: RuleBook,
): (caller: Caller | undefined, request: HTTPGraphQLRequest) => Promise<HTTPGraphQLRequest | Refusal> {
  return async (caller, request) => {
    const fields = requestFields(request);
    if (!fields) return request;
    const extensions = isRecord(fields.extensions) ? fields.extensions : undefined;
    const persisted = extensions?.persistedQuery;
    let query = typeof fields.query === 'string' ? fields.query : undefined;
    const client = caller?.client ?? null;
    try {
      if (persisted === undefined) {
        if (query === undefined || !client || !(await rules.requiresTrustedDocuments(client))) return request;
        if (await rules.trustedDocument(client, documentId(query))) return request;
        return notTrusted();
      }
      if (!isRecord(persisted) || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string')
        return refusal(400, ErrorCode.BAD_REQUEST, 'extensions.persistedQuery must be { version: 1, sha256Hash }');
      const hash = persisted.sha256Hash;
      if (!DOCUMENT_ID.test(hash))
        return refusal(400, ErrorCode.BAD_REQUEST, 'sha256Hash must be a SHA-256 in 64 lower-case hex digits');
      if (query !== undefined) {
        if (documentId(query) !== hash)
          return refusal(400, ErrorCode.BAD_REQUEST, 'the persisted query hash is not the sha256 of the query sent');
        if (client && (await rules.requiresTrustedDocuments(client)) && !(await rules.trustedDocument(client, hash)))
          return notTrusted();
      } else {
        // Without a caller the request is refused as unauthenticated later on; without a client, nothing is registered.
        if (!caller) return request;
        query = client ? await rules.trustedDocument(client, hash) : undefined;
        if (query === undefined)
          return client && (await rules.requiresTrustedDocuments(client))
            ? notTrusted()
            : refusal(
                200,
                ErrorCode.PERSISTED_QUERY_NOT_FOUND,
                "no operation with this hash is registered for the caller's client: send its text",
              );
      }
    } catch (error) {
      log.error('trusted documents unavailable', errorFields(error));
      return refusal(503, ErrorCode.DATABASE_UNAVAILABLE, 'The registered operations could not be read: try again');
    }
    return withQuery(request, fields, query);
  };
}

function notTrusted(): Refusal {
  return refusal(
    403,
    ErrorCode.OPERATION_NOT_TRUSTED,
    "this client runs registered operations only, and this is not one of them: have a steward register the app's " +
      'manifest, and send the operation by its hash',
  );
}

/** The request with this operation text, and without the persisted-query extension (already dealt with). */
function withQuery(request: HTTPGraphQLRequest, fields: Record<string, unknown>, query: string): HTTPGraphQLRequest {
  const extensions = { ...(isRecord(fields.extensions) ? fields.extensions : {}) };
  delete extensions.persistedQuery;
  const kept = Object.keys(extensions).length > 0;
  if (request.method !== 'GET') {
    const body: Record<string, unknown> = { ...fields, query };
    if (kept) body.extensions = extensions;
    else delete body.extensions;
    return { ...request, body };
  }
  const params = new URLSearchParams(request.search);
  params.set('query', query);
  if (kept) params.set('extensions', JSON.stringify(extensions));
  else params.delete('extensions');
  return { ...request, search: `?${params.toString()}` };
}

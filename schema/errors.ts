import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The closed set of `extensions.code` values a client can receive. Anything else is masked to
 * INTERNAL_SERVER_ERROR before it leaves the process, and logged in full with the request id.
 */
export const ErrorCode = {
  /** An argument or variable failed validation (bad NIK, list too long, ...). HTTP 400. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST: 'BAD_REQUEST',
  /**
   * An operation sent by its hash that the caller's client has not registered (send its text, or have a steward
   * register it). HTTP 200, as Apollo Client's persisted-query link expects.
   */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** The caller's client runs registered operations only (trusted documents), and this is not one. HTTP 403. */
  OPERATION_NOT_TRUSTED: 'OPERATION_NOT_TRUSTED',
  /**
   * The operation is deeper, wider or longer than the gateway allows (`extensions.limit` names the limit). HTTP 400.
   */
  OPERATION_LIMIT_EXCEEDED: 'OPERATION_LIMIT_EXCEEDED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller's role or client may not have this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The data rests on consent, and no active consent by this citizen covers it for the caller's client and purpose. */
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** The citizen's consent that covered this has passed its end date. */
  CONSENT_EXPIRED: 'CONSENT_EXPIRED',
  /** No purpose stated, a purpose outside the catalogue, or no steward rule lets the client use this data for it. */
  PURPOSE_NOT_ALLOWED: 'PURPOSE_NOT_ALLOWED',
  /**
   * The operation conflicts with the current state (an application already reviewed another way, a consent
   * already revoked): HTTP 409 when nothing else was answered; `extensions.reason` names the current state.
   */
  CONFLICT: 'CONFLICT',
  /**
   * The caller's client is over its quota (requests per minute, or persons read per hour or day): HTTP 429 with
   * Retry-After; `extensions.limit` names the limit.
   */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The access log cannot be written, so no personal data is released (HTTP 503). */
  ACCESS_LOG_UNAVAILABLE: 'ACCESS_LOG_UNAVAILABLE',
  /** An agency's subgraph could not be reached; the rest of the response is still served. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /**
   * An agency's subgraph did not answer within its timeout or what was left of the request's budget: its fields
   * are null, the rest of the response is still served.
   */
  SUBGRAPH_TIMEOUT: 'SUBGRAPH_TIMEOUT',
  /**
   * The database did not answer within its statement or lock timeout (a stall, a lock held elsewhere): the
   * field is null; HTTP 503 when nothing else was answered. Nothing was changed.
   */
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  /**
   * The database could not be reached, or the connection was lost mid-request (a restart, a session ended, a
   * network fault): the field is null; HTTP 503 when nothing else was answered. A change was not made; try again.
   */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /**
   * An Idempotency-Key sent again with a different request (HTTP 422): a key names one request; a new request
   * needs a new key.
   */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** The hub is starting (or stopping) and does not serve yet: HTTP 503 with Retry-After. */
  NOT_READY: 'NOT_READY',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && KNOWN_CODES.has(code);
}

/**
 * A client input error raised by a scalar or an argument check. Its message is the reason alone, written so
 * that it never contains the rejected value (a NIK is personal data, and echoing input is how logs and
 * screenshots leak it).
 */
export function inputError(reason: string): GraphQLError {
  // No HTTP status here: a subgraph answering 400 would make the gateway discard its error for a generic one.
  // Apollo already answers 400 for invalid literals and variables; the gateway sets it for its own checks.
  return new GraphQLError(reason, { extensions: { code: ErrorCode.BAD_USER_INPUT, reason } });
}

/** A malformed request (a header, a body) refused before any operation runs: HTTP 400 BAD_USER_INPUT. */
export function requestError(reason: string): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: ErrorCode.BAD_USER_INPUT, reason, http: { status: 400 } } });
}

/** The operation does not fit the current state of what it changes; the reason says the state, never a value. */
export function conflictError(reason: string): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: ErrorCode.CONFLICT, reason } });
}

/** A refused sign-on, at the gateway or at a subgraph: HTTP 401 with the reason (never the token). */
export function unauthenticatedError(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}`, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, reason, http: { status: 401 } },
  });
}

/** The input error behind a graphql-js wrapper ("Variable "$nik" got invalid value ..."), if any. */
export function originalInputError(error: unknown): GraphQLError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (
      current instanceof GraphQLError &&
      current.extensions?.reason &&
      current.extensions.code === ErrorCode.BAD_USER_INPUT
    ) {
      return current;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * graphql-js quotes the offending input in its messages ("got invalid value {...}", "found \"tomorrow\"",
 * "cannot represent a non string value: 3204..."), and input can be a NIK, a name or an address. The value is
 * cut out; what was wrong with it stays.
 */
export function withoutInputValues(message: string): string {
  return message
    .replace(/ got invalid value .*?(?=( at "[^"]*")?; |$)/s, ' got an invalid value')
    .replace(/, found .*?(?=; |$)/s, '')
    .replace(/(cannot represent (?:an? )?(?:non[- ][a-z]+ |invalid [a-z-]+ )?value)(?::| ).*?(?=; |$)/s, '$1')
    .replace(/(cannot represent an? invalid [A-Za-z-]+)[ :].*?(?=; |$)/s, '$1')
    .replace(/^Value .* does not exist in "([^"]+)" enum\./s, 'The value does not exist in the "$1" enum.');
}

/** PostgreSQL's SQLSTATEs for a statement cancelled by its timeout and a lock not granted in time. */
const TIMEOUTS: Readonly<Record<string, string>> = { '57014': 'statement timeout', '55P03': 'lock timeout' };

/** Whether the error (or one it wraps: GraphQL, MikroORM, pg, knex) is a database timeout, and which. */
function databaseTimeout(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const { code, sqlState } = current as { code?: unknown; sqlState?: unknown };
    const found = TIMEOUTS[String(sqlState ?? code)];
    if (found) return found;
    // knex's pool gave no connection in time: every one is busy (MikroORM passes its message on, not the error).
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (name === 'KnexTimeoutError' || /^Knex: Timeout acquiring a connection/.test(String(message)))
      return 'no free connection';
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** SQLSTATEs of a session ended or refused by the server: class 08 (connection exception), shutdowns (57P0x). */
const LOST_SESSION = /^(08[0-9A-Z]{3}|57P0[1-3])$/;
/** What pg and pg-pool say when a connection broke or never opened, and what hub/silent-connections.ts says. */
const PG_LOST =
  /Connection terminated|no answer from the database|timeout exceeded when trying to connect|is not queryable/;
/** A network error, as the ORM passes it on from the driver. */
const NETWORK = /ECONNRESET|ECONNREFUSED|EPIPE|EHOSTUNREACH|ETIMEDOUT/;

/**
 * Whether the error (or one it wraps) is a database connection lost or not made: a server's SQLSTATE, or a
 * network error as the ORM passes it on (MikroORM's DriverException and kin) or as pg words it.
 */
function databaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const { code, sqlState, message, name } = current as Record<string, unknown>;
    if (LOST_SESSION.test(String(sqlState ?? code))) return true;
    if (PG_LOST.test(String(message))) return true;
    if (/^[A-Za-z]*Exception$/.test(String(name)) && NETWORK.test(`${String(code)} ${String(message)}`)) return true;
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Rewrites an error for the client:
 * - a scalar input error keeps only its reason (graphql-js wraps it in a message that quotes the value), and
 *   other input and validation errors lose the values they quote (withoutInputValues);
 * - a code outside the closed set becomes INTERNAL_SERVER_ERROR with a generic message;
 * - extensions are reduced to `code` (and `reason`, `serviceName`, `limit`, `retryAfterSeconds` where set): no
 *   stack trace, SQL or URL.
 * Returns whether the error was masked, so the caller can log the original.
 */
export function toClientError(
  formatted: GraphQLFormattedError,
  error: unknown,
): { error: GraphQLFormattedError; masked: boolean } {
  const timeout = databaseTimeout(error);
  if (timeout)
    return {
      error: {
        message: `The database did not answer in time (${timeout}): try again`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.DATABASE_TIMEOUT, reason: timeout },
      },
      masked: false,
    };
  const input = originalInputError(error);
  if (input) {
    const subject = /^Variable "\$([^"]+)"/.exec(formatted.message)?.[1];
    const reason = String(input.extensions.reason);
    return {
      error: {
        message: subject ? `Variable "$${subject}" is invalid: ${reason}` : reason,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason },
      },
      masked: false,
    };
  }
  const code = formatted.extensions?.code;
  const unexpected = !isKnownErrorCode(code) || code === ErrorCode.INTERNAL_SERVER_ERROR;
  if (unexpected && databaseUnavailable(error))
    return {
      error: {
        message: 'The database could not be reached: try again',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      },
      masked: false,
    };
  if (unexpected) {
    return {
      error: {
        message: 'Internal server error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      },
      masked: true,
    };
  }
  const extensions: Record<string, unknown> = { code };
  const message =
    code === ErrorCode.GRAPHQL_VALIDATION_FAILED || code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.BAD_REQUEST
      ? withoutInputValues(formatted.message)
      : formatted.message;
  if (formatted.extensions?.reason !== undefined) extensions.reason = formatted.extensions.reason;
  if (formatted.extensions?.serviceName !== undefined) extensions.serviceName = formatted.extensions.serviceName;
  if (formatted.extensions?.limit !== undefined) extensions.limit = formatted.extensions.limit;
  if (typeof formatted.extensions?.retryAfterSeconds === 'number')
    extensions.retryAfterSeconds = formatted.extensions.retryAfterSeconds;
  return {
    error: { message, locations: formatted.locations, path: formatted.path, extensions },
    masked: false,
  };
}

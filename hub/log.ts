import { AsyncLocalStorage } from 'node:async_hooks';
import type { LogLevel } from './config';

/**
 * Structured JSON logging. Every line written while a request is being served carries that request's id,
 * taken from an AsyncLocalStorage scope the HTTP layer opens, so no caller has to pass it along.
 * Log fields must never carry personal data (NIK, names, addresses): log identifiers of requests, not people.
 */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** `info` until the process sets its configured level (setLogLevel, called by every launcher). */
let threshold: number = ORDER.info;

export function setLogLevel(level: LogLevel): void {
  threshold = ORDER[level];
}

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

export type LogFields = Record<string, unknown>;

function write(level: LogLevel, service: string, msg: string, fields?: LogFields): void {
  if (ORDER[level] < threshold) return;
  const line = { time: new Date().toISOString(), level, service, requestId: currentRequestId(), msg, ...fields };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function createLogger(service: string): Logger {
  return {
    debug: (msg, fields) => write('debug', service, msg, fields),
    info: (msg, fields) => write('info', service, msg, fields),
    warn: (msg, fields) => write('warn', service, msg, fields),
    error: (msg, fields) => write('error', service, msg, fields),
  };
}

/**
 * Identity numbers (NIK, KK, NPWP, BPJS card: 13 to 16 digits) masked out of text bound for a log line: a
 * database error quotes the failing statement's values, and those can be somebody's NIK.
 */
function redactIdentifiers(text: string): string {
  return text.replace(/(?<![0-9])[0-9]{13,16}(?![0-9])/g, '[id]');
}

/**
 * Quoted text masked: database and GraphQL errors quote the values they failed on (a name, a birth date, an
 * address), in single or double quotes. A variable's name (`"$nik"`) stays.
 */
function redactQuoted(text: string): string {
  return text
    .replace(/'(?:[^'\\]|\\.|'')*'/g, "'…'")
    .replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => (/^"\$[A-Za-z_][A-Za-z0-9_]*"$/.test(quoted) ? quoted : '"…"'));
}

/** A driver's error from PostgreSQL: it carries a five-character SQLSTATE. */
function sqlState(error: object): string | undefined {
  const code = (error as { sqlState?: unknown; code?: unknown }).sqlState ?? (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Serialises an unknown error for a log line. Full detail stays in the log, never in a client response; but no
 * personal data goes into the log either: identity numbers and quoted values are masked, and of a database
 * error only PostgreSQL's own message is kept (not the statement, its parameters or the failing row's `detail`),
 * with its SQLSTATE and the constraint, table and column it names.
 */
export function errorFields(error: unknown): LogFields {
  const clean = (text: string) => redactQuoted(redactIdentifiers(text));
  if (error instanceof Error) {
    const state = sqlState(error);
    if (state) {
      // MikroORM prefixes the driver's message with the statement: "insert into ... - <message>".
      const message = error.message.replace(/^\s*(select|insert|update|delete|with|copy)\b[\s\S]* - (?=[^-]*$)/i, '');
      const { constraint, table, column } = error as { constraint?: unknown; table?: unknown; column?: unknown };
      return {
        error: clean(message),
        errorName: error.name,
        sqlState: state,
        ...(typeof constraint === 'string' ? { constraint } : {}),
        ...(typeof table === 'string' ? { table } : {}),
        ...(typeof column === 'string' ? { column } : {}),
      };
    }
    const message = clean(error.message);
    // The stack's first line repeats the message: it is replaced by the cleaned one.
    const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
    return {
      error: message,
      errorName: error.name,
      stack: [`${error.name}: ${message}`, ...frames.map(clean)].join('\n'),
    };
  }
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string') return { error: clean(message) };
  return { error: clean(typeof error === 'object' && error !== null ? JSON.stringify(error) : String(error)) };
}

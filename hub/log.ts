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

/** Serialises an unknown error for a log line (full detail stays in the log, never in a client response). */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error)
    return {
      error: redactIdentifiers(error.message),
      errorName: error.name,
      stack: error.stack && redactIdentifiers(error.stack),
    };
  return {
    error: redactIdentifiers(typeof error === 'object' && error !== null ? JSON.stringify(error) : String(error)),
  };
}

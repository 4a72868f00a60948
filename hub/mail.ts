import { createTransport, type NodemailerError } from 'nodemailer';

/**
 * Outgoing e-mail: notices to citizens and officers (an application decided, a consent request waiting) sent
 * through the SMTP server of SMTP_URL. A message either reaches the server, or fails with a MailError that says
 * whether sending it again can help; the caller keeps an unsent message and its state, this module keeps nothing.
 * A message's recipient and body are personal data: no error message or log line of this module carries them,
 * nor the SMTP server's reply text (servers quote the refused address); only the SMTP stage and reply code.
 */
export interface MailMessage {
  /** One recipient address. */
  to: string;
  subject: string;
  /** The plain-text body; every message has one. */
  text: string;
  /** An HTML alternative of `text`. */
  html?: string;
}

export interface MailSender {
  /** `smtp`: sends through an SMTP server; `none`: no SMTP_URL is set, and every send fails (temporarily). */
  readonly kind: 'smtp' | 'none';
  /** Resolves once the SMTP server has accepted the message; rejects with a MailError. */
  send(message: MailMessage): Promise<void>;
  /** Waits for the sends in flight to end; later sends fail. */
  close(): Promise<void>;
}

/** Where a failed send stopped: the connection (and greeting, TLS), or the SMTP command that was refused. */
export type MailStage = 'connection' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL FROM' | 'RCPT TO' | 'DATA' | 'message';

/**
 * A message not sent. `permanent`: the server refused this message or its recipient for good (a 5xx reply to
 * MAIL FROM, RCPT TO or DATA, such as an unknown mailbox), or the message cannot be sent at all; sending it again
 * will fail again. Otherwise the failure is temporary (connection refused, a timeout, a 4xx reply, the server
 * refusing the hub itself at the greeting or login, no SMTP server configured): send it again later.
 */
export class MailError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    /** The stage that failed, when an SMTP conversation was under way. */
    readonly stage?: MailStage,
    /** The SMTP reply code, when the server replied with an error. */
    readonly responseCode?: number,
    /** Nodemailer's or the operating system's error code (ECONNREFUSED, ETIMEDOUT, EAUTH...). */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'MailError';
  }
}

/** An SMTP server as SMTP_URL names it. */
export interface SmtpTarget {
  /** `smtps://`: TLS from the first byte. `smtp://`: plain, upgraded with STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly host: string;
  /** Default 465 for `smtps://`, 587 for `smtp://`. */
  readonly port: number;
  /** The login, when the URL has one (user name and password, percent-decoded). */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** The URL without its password, for a log line or an error. */
  readonly redacted: string;
}

/** The problem alone (`has no host name`), as hub/config.ts puts it after the variable's name in a ConfigError. */
function smtpUrlError(problem: string): Error {
  return new Error(problem);
}

function decoded(text: string, part: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw smtpUrlError(`has a malformed percent-encoding in its ${part}`);
  }
}

/**
 * Reads `smtp://[user:password@]host[:port]` or `smtps://...`. Throws an Error whose message is what is wrong, to
 * follow the variable's name (`must start with smtp:// or smtps://`); no message repeats the URL, which may hold a
 * password.
 */
export function parseSmtpUrl(url: string): SmtpTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Node's own error carries the input (and so the password) in its `input` property: not passed on.
    throw smtpUrlError('is not a URL: expected smtp://[user:password@]host[:port] or smtps://...');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw smtpUrlError('must start with smtp:// or smtps://');
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw smtpUrlError('has no host name');
  if ((parsed.pathname && parsed.pathname !== '/') || parsed.search || parsed.hash)
    throw smtpUrlError('must have no path, query or fragment after the host and port');
  if (parsed.username && !parsed.password) throw smtpUrlError('has a user name but no password');
  if (!parsed.username && parsed.password) throw smtpUrlError('has a password but no user name');
  const secure = parsed.protocol === 'smtps:';
  const port = parsed.port ? Number(parsed.port) : secure ? 465 : 587;
  if (port < 1) throw smtpUrlError('must have a port from 1 to 65535');
  const auth = parsed.username
    ? Object.freeze({ user: decoded(parsed.username, 'user name'), pass: decoded(parsed.password, 'password') })
    : undefined;
  const redacted = `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ''}${parsed.host}`;
  return Object.freeze({ secure, host, port, ...(auth ? { auth } : {}), redacted });
}

const MAIL_STAGES: readonly MailStage[] = ['EHLO', 'STARTTLS', 'AUTH', 'MAIL FROM', 'RCPT TO', 'DATA'];
/** Replies to these refuse the message or its recipient; a reply before them refuses the hub. */
const MESSAGE_STAGES: readonly MailStage[] = ['MAIL FROM', 'RCPT TO', 'DATA', 'message'];
/** Nodemailer's codes for a message it cannot send at all, whatever the server. */
const MESSAGE_CODES = ['EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS'];

/** The stage a nodemailer error names (its `command`), from a fixed list: the command's text is never copied. */
function stageOf(error: NodemailerError): MailStage {
  const command = (error.command ?? '').toUpperCase();
  const named = MAIL_STAGES.find((stage) => command === stage || command.startsWith(`${stage} `));
  if (named) return named;
  if (command === 'HELO' || command === 'LHLO') return 'EHLO';
  if (!error.responseCode && MESSAGE_CODES.includes(error.code ?? '')) return 'message';
  return 'connection';
}

/**
 * A nodemailer error as a MailError. The message names the stage and the code only: nodemailer's own message
 * appends the server's reply, and a reply to RCPT TO usually quotes the recipient.
 */
export function toMailError(error: unknown): MailError {
  if (error instanceof MailError) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError;
  const stage = stageOf(failure);
  const responseCode =
    typeof failure.responseCode === 'number' && failure.responseCode >= 200 && failure.responseCode <= 599
      ? failure.responseCode
      : undefined;
  const codeText = failure.originalCode ?? failure.code;
  const code = typeof codeText === 'string' && /^[A-Z0-9_]{1,32}$/.test(codeText) ? codeText : undefined;
  // RFC 5321: a 5yz reply is permanent, but for 503 (bad sequence of commands), which a new session can cure.
  const permanentReply = responseCode !== undefined && responseCode >= 500 && responseCode !== 503;
  const permanent =
    MESSAGE_STAGES.includes(stage) && (responseCode === undefined ? stage === 'message' : permanentReply);
  const what = responseCode !== undefined ? `replied ${responseCode}` : code ? `failed with ${code}` : 'failed';
  const timeout = failure.timeoutType ? ` (${failure.timeoutType.toLowerCase().replace(/_/g, ' ')})` : '';
  return new MailError(
    `SMTP ${stage} ${what}${timeout}: ${permanent ? 'permanent, not to be retried' : 'temporary, retry later'}`,
    permanent,
    stage,
    responseCode,
    code,
  );
}

/** A header value or address with a line break could add headers of its own. */
function oneLine(text: string): boolean {
  return !/[\r\n]/.test(text);
}

/**
 * Sends through the SMTP server of `url`, one connection per message (`timeoutMs`, default 10 s, bounds the
 * connection, the greeting and every wait for the server). `from` is the sender of every message, e.g.
 * `Citizen 360 <noreply@example.go.id>`. Throws on a malformed URL or sender.
 */
export function smtpMailSender(options: { url: string; from: string; timeoutMs?: number }): MailSender {
  let target: SmtpTarget;
  try {
    target = parseSmtpUrl(options.url);
  } catch (error) {
    throw new Error(`The SMTP URL ${(error as Error).message}`);
  }
  if (!options.from.trim() || !oneLine(options.from) || !options.from.includes('@'))
    throw new Error('The mail sender address (from) must be one address on one line, e.g. noreply@example.go.id');
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new Error('The SMTP timeout must be a positive integer');
  const transport = createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    ...(target.auth ? { auth: { user: target.auth.user, pass: target.auth.pass } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    // Messages are built from the strings given, never from files or URLs they name.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  });
  const inFlight = new Set<Promise<void>>();
  let closed = false;
  return {
    kind: 'smtp',
    send(message) {
      if (closed) return Promise.reject(new MailError('The mail sender is closed: temporary, retry later', false));
      if (!message.to.trim() || !oneLine(message.to) || !message.to.includes('@') || message.to.includes(','))
        return Promise.reject(new MailError('The recipient is not one e-mail address: permanent', true, 'message'));
      if (!oneLine(message.subject))
        return Promise.reject(new MailError('The subject has a line break: permanent', true, 'message'));
      const sending = transport
        .sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined ? { html: message.html } : {}),
        })
        .then(
          () => undefined,
          (error: unknown) => {
            throw toMailError(error);
          },
        );
      inFlight.add(sending);
      const forget = () => void inFlight.delete(sending);
      sending.then(forget, forget);
      return sending;
    },
    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
      transport.close();
    },
  };
}

/** The sender when no SMTP_URL is set: every message stays unsent (a temporary failure), none is dropped. */
export function noMailSender(): MailSender {
  return {
    kind: 'none',
    send: () => Promise.reject(new MailError('No SMTP_URL is set: the message stays unsent', false)),
    close: () => Promise.resolve(),
  };
}

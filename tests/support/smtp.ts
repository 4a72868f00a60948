import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/**
 * A real SMTP server on loopback (smtp-server, a free port, no TLS) that keeps every message it accepts, for
 * tests of the hub's mail sending. It can refuse the next transactions with a chosen reply code.
 */
export interface ReceivedMail {
  /** MAIL FROM of the envelope. */
  readonly from: string;
  /** RCPT TO of the envelope. */
  readonly to: readonly string[];
  /** The message as it arrived (headers and body, CRLF line ends, the final dot removed). */
  readonly raw: string;
  /** Header fields, names in lower case, unfolded, RFC 2047 encoded words decoded; the last of a repeated one. */
  readonly headers: Readonly<Record<string, string>>;
  readonly subject: string;
  /** The text/plain body (or part), its transfer encoding undone, line ends as sent (CRLF). */
  readonly text: string;
  /** The text/html part, when the message has one. */
  readonly html?: string;
}

export interface SmtpServerOptions {
  /** A login the server requires (AUTH PLAIN or LOGIN, allowed without TLS); none by default. */
  auth?: { user: string; pass: string };
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:PORT`, without a login. */
  readonly url: string;
  readonly port: number;
  /** Every message accepted, in order of arrival. */
  readonly messages: ReceivedMail[];
  /** Logins tried (user names), accepted or not. */
  readonly logins: string[];
  /** Resolves with the messages once `count` have arrived; rejects after `timeoutMs` (default 5 s). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /**
   * The next `n` transactions fail with reply `code` (e.g. 451 temporary, 550 permanent) at RCPT TO (default), or
   * at the end of DATA, once the whole message has been read.
   */
  failNext(n: number, code: number, stage?: 'RCPT' | 'DATA'): void;
  /** Stops listening and closes the open connections; its port then refuses connections. */
  stop(): Promise<void>;
}

/** Header fields of a header block: unfolded, names in lower case. */
function headerFields(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return fields;
}

function quotedPrintable(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], 'utf8'));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?B?...?=`, `=?UTF-8?Q?...?=`) decoded; adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_word, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : quotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

function decodeBody(body: string, transferEncoding: string | undefined): string {
  const encoding = (transferEncoding ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(body).toString('utf8');
  return body;
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

function splitPart(source: string): Part {
  const end = source.search(/\r?\n\r?\n/);
  if (end < 0) return { headers: headerFields(source), body: '' };
  const separator = /\r?\n\r?\n/.exec(source.slice(end))![0];
  return { headers: headerFields(source.slice(0, end)), body: source.slice(end + separator.length) };
}

/** The leaf parts of a (possibly nested) multipart message. */
function leafParts(part: Part): Part[] {
  const type = part.headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  const sections = part.body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // Before the first boundary: the preamble; after the closing one (`--boundary--`): the epilogue.
  return sections
    .slice(1)
    .filter((section) => !section.startsWith('--'))
    .map((section) => splitPart(section.replace(/^[ \t]*\r?\n/, '')))
    .flatMap(leafParts);
}

/** A minimal MIME reading of what nodemailer sends: headers, and the text and HTML bodies. */
function parseMail(from: string, to: string[], raw: string): ReceivedMail {
  const message = splitPart(raw);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) headers[name] = decodeWords(value);
  const leaves = leafParts(message);
  const body = (type: string) => {
    const part = leaves.find((leaf) => (leaf.headers['content-type'] ?? 'text/plain').toLowerCase().startsWith(type));
    return part && decodeBody(part.body, part.headers['content-transfer-encoding']);
  };
  const html = body('text/html');
  return {
    from,
    to,
    raw,
    headers,
    subject: headers.subject ?? '',
    text: body('text/plain') ?? '',
    ...(html !== undefined ? { html } : {}),
  };
}

function replyError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const logins: string[] = [];
  const waiters = new Set<() => void>();
  let failing: { left: number; code: number; stage: 'RCPT' | 'DATA' } = { left: 0, code: 0, stage: 'RCPT' };
  /** Takes one failure for this stage, if one is due. Its reply quotes the recipient, as real servers' do. */
  const failureAt = (stage: 'RCPT' | 'DATA', recipients: string[]): Error | undefined => {
    if (failing.left <= 0 || failing.stage !== stage) return undefined;
    failing.left -= 1;
    const temporary = failing.code < 500;
    const quoted = recipients.map((address) => `<${address}>`).join(', ');
    return replyError(failing.code, `${quoted}: ${temporary ? 'try again later' : 'refused for good'} (test)`);
  };
  const serverOptions: SMTPServerOptions = {
    name: 'smtp.test',
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass)
        return callback(null, { user: auth.username });
      callback(replyError(535, 'Authentication failed (test)'));
    },
    onRcptTo(address, _session, callback) {
      callback(failureAt('RCPT', [address.address]));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelope = session.envelope;
        const from = envelope.mailFrom ? envelope.mailFrom.address : '';
        const to = envelope.rcptTo.map((recipient) => recipient.address);
        const refusal = failureAt('DATA', to);
        if (refusal) return callback(refusal);
        messages.push(parseMail(from, to, Buffer.concat(chunks).toString('utf8')));
        for (const check of [...waiters]) check();
        callback(null);
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as { port: number }).port;
  let stopped: Promise<void> | undefined;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    logins,
    waitFor(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve([...messages]);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${messages.length} of ${count} messages arrived in ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    failNext(n, code, stage = 'RCPT') {
      if (!Number.isInteger(code) || code < 400 || code > 599) throw new Error('failNext takes a 4xx or 5xx code');
      failing = { left: n, code, stage };
    },
    stop() {
      stopped ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return stopped;
    },
  };
}

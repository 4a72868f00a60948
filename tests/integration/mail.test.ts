import { createServer, type Server, type Socket } from 'node:net';
import { MailError, noMailSender, parseSmtpUrl, smtpMailSender, type MailSender } from '../../hub/mail';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

// Mail sent through a real SMTP server on loopback: what arrives, and how each kind of failure is reported. A
// failure's text names the SMTP stage and reply code only, never the recipient (personal data) nor a password.
const FROM = 'noreply@citizen360.example.go.id';
const RECIPIENT = 'siti.nurhaliza@warga.example.id';
const SUBJECT = 'Permohonan Anda telah selesai — NIB 1234';
const TEXT = 'Yth. Ibu Siti,\n\nPermohonan Anda telah selesai diproses. Terima kasih — “Layanan Publik”.\n';

let server: TestSmtpServer;
let sender: MailSender;

beforeAll(async () => {
  server = await startSmtpServer();
  sender = smtpMailSender({ url: server.url, from: `Citizen 360 <${FROM}>`, timeoutMs: 2_000 });
});

afterAll(async () => {
  await sender?.close();
  await server?.stop();
});

/** The MailError a send failed with, checked to say nothing of the recipient. */
async function failure(sending: Promise<void>): Promise<MailError> {
  const error = await sending.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MailError);
  const mailError = error as MailError;
  const everything = JSON.stringify({ ...mailError, message: mailError.message, stack: mailError.stack });
  expect(everything).not.toContain(RECIPIENT);
  expect(everything).not.toContain('siti.nurhaliza');
  return mailError;
}

const message = { to: RECIPIENT, subject: SUBJECT, text: TEXT };

it('delivers a message with its sender, recipient, subject and UTF-8 text intact', async () => {
  const before = server.messages.length;
  await sender.send(message);
  const [received] = (await server.waitFor(before + 1)).slice(before);
  expect(received.from).toBe(FROM);
  expect(received.to).toEqual([RECIPIENT]);
  expect(received.headers.from).toBe(`Citizen 360 <${FROM}>`);
  expect(received.headers.to).toBe(RECIPIENT);
  expect(received.subject).toBe(SUBJECT);
  expect(received.text.replace(/\r\n/g, '\n')).toBe(TEXT);
  expect(received.html).toBeUndefined();
});

it('delivers an HTML alternative beside the text', async () => {
  const before = server.messages.length;
  const html = '<p>Permohonan Anda telah <strong>selesai</strong> — terima kasih.</p>';
  await sender.send({ ...message, html });
  const [received] = (await server.waitFor(before + 1)).slice(before);
  expect(received.text.replace(/\r\n/g, '\n')).toBe(TEXT);
  expect(received.html).toBe(html);
});

it('reports a 451 at RCPT TO or DATA as temporary, and sends again afterwards', async () => {
  server.failNext(1, 451, 'RCPT');
  const atRecipient = await failure(sender.send(message));
  expect(atRecipient).toMatchObject({ permanent: false, stage: 'RCPT TO', responseCode: 451 });
  expect(atRecipient.message).toBe('SMTP RCPT TO replied 451: temporary, retry later');

  server.failNext(1, 451, 'DATA');
  const atData = await failure(sender.send(message));
  expect(atData).toMatchObject({ permanent: false, stage: 'DATA', responseCode: 451 });

  const before = server.messages.length;
  await sender.send(message);
  await server.waitFor(before + 1);
});

it('reports a 550 at RCPT TO or DATA as permanent', async () => {
  server.failNext(1, 550, 'RCPT');
  const atRecipient = await failure(sender.send(message));
  expect(atRecipient).toMatchObject({ permanent: true, stage: 'RCPT TO', responseCode: 550 });
  expect(atRecipient.message).toBe('SMTP RCPT TO replied 550: permanent, not to be retried');

  server.failNext(1, 554, 'DATA');
  const atData = await failure(sender.send(message));
  expect(atData).toMatchObject({ permanent: true, stage: 'DATA', responseCode: 554 });
});

it('fails every transaction failNext names, then delivers again', async () => {
  server.failNext(2, 452, 'RCPT');
  await expect(failure(sender.send(message))).resolves.toMatchObject({ permanent: false, responseCode: 452 });
  await expect(failure(sender.send(message))).resolves.toMatchObject({ permanent: false, responseCode: 452 });
  await expect(sender.send(message)).resolves.toBeUndefined();
});

it('reports a stopped server (connection refused) as temporary', async () => {
  const stopped = await startSmtpServer();
  await stopped.stop();
  const refused = smtpMailSender({ url: stopped.url, from: FROM, timeoutMs: 2_000 });
  try {
    const error = await failure(refused.send(message));
    expect(error).toMatchObject({ permanent: false, stage: 'connection', code: 'ECONNREFUSED' });
    expect(error.responseCode).toBeUndefined();
  } finally {
    await refused.close();
  }
});

it('reports a server that accepts the connection and never greets as a temporary timeout', async () => {
  const sockets = new Set<Socket>();
  const silent: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.resume();
  });
  await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
  const port = (silent.address() as { port: number }).port;
  const waiting = smtpMailSender({ url: `smtp://127.0.0.1:${port}`, from: FROM, timeoutMs: 300 });
  try {
    const error = await failure(waiting.send(message));
    expect(error).toMatchObject({ permanent: false, stage: 'connection', code: 'ETIMEDOUT' });
  } finally {
    await waiting.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((done) => silent.close(done));
  }
});

describe('a server that requires a login', () => {
  let guarded: TestSmtpServer;
  const password = 'p@ss:w/rd%Rahasia';

  beforeAll(async () => {
    guarded = await startSmtpServer({ auth: { user: 'hub-mailer', pass: password } });
  });

  afterAll(async () => {
    await guarded?.stop();
  });

  it('logs in with the percent-encoded user name and password of the URL', async () => {
    const url = `smtp://hub-mailer:${encodeURIComponent(password)}@127.0.0.1:${guarded.port}`;
    const login = smtpMailSender({ url, from: FROM, timeoutMs: 2_000 });
    try {
      await login.send(message);
      const [received] = await guarded.waitFor(1);
      expect(received.to).toEqual([RECIPIENT]);
      expect(guarded.logins).toEqual(['hub-mailer']);
    } finally {
      await login.close();
    }
  });

  it('reports a refused login as temporary (the hub is refused, not the message), without the password', async () => {
    const wrong = 'salah-Sandi-123';
    const login = smtpMailSender({ url: `smtp://hub-mailer:${wrong}@127.0.0.1:${guarded.port}`, from: FROM });
    try {
      const error = await failure(login.send(message));
      expect(error).toMatchObject({ permanent: false, stage: 'AUTH', responseCode: 535 });
      expect(error.message).not.toContain(wrong);
    } finally {
      await login.close();
    }
  });
});

describe('a malformed SMTP_URL', () => {
  const secret = 'Rahasia-Sekali-42';
  it.each([
    [`http://mailer:${secret}@smtp.example.go.id`, 'must start with smtp:// or smtps://'],
    [`smtp://mailer:${secret}@`, 'is not a URL'],
    ['smtp:///', 'no host name'],
    [`smtps://mailer:${secret}@smtp.example.go.id:0`, 'port from 1 to 65535'],
    [`smtp://mailer:${secret}@smtp.example.go.id:99999`, 'is not a URL'],
    [`smtp://mailer:${secret}@smtp.example.go.id/inbox?x=1`, 'no path, query or fragment'],
    [`smtp://:${secret}@smtp.example.go.id`, 'a password but no user name'],
    ['smtp://mailer@smtp.example.go.id', 'a user name but no password'],
    [`smtp://mailer:${secret}%zz@smtp.example.go.id`, 'malformed percent-encoding in its password'],
    [`mailer:${secret}@smtp.example.go.id`, 'must start with smtp:// or smtps://'],
    [`smtp.example.go.id ${secret}`, 'is not a URL'],
  ])('refuses %s', (url, problem) => {
    expect(() => parseSmtpUrl(url)).toThrow(problem);
    expect(() => smtpMailSender({ url, from: FROM })).toThrow(problem);
    expect(() => smtpMailSender({ url, from: FROM })).toThrow(/^The SMTP URL /);
    try {
      parseSmtpUrl(url);
    } catch (error) {
      expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(secret);
      expect((error as Error).cause).toBeUndefined();
    }
  });

  it('reads a well-formed one, and redacts its password', () => {
    expect(parseSmtpUrl(`smtps://mailer:${secret}@smtp.example.go.id`)).toEqual({
      secure: true,
      host: 'smtp.example.go.id',
      port: 465,
      auth: { user: 'mailer', pass: secret },
      redacted: 'smtps://mailer@smtp.example.go.id',
    });
    expect(parseSmtpUrl('smtp://[::1]:2525')).toEqual({
      secure: false,
      host: '::1',
      port: 2525,
      redacted: 'smtp://[::1]:2525',
    });
    expect(parseSmtpUrl('smtp://smtp.example.go.id').port).toBe(587);
  });
});

it('refuses a recipient that is not one address, for good and without quoting it', async () => {
  for (const to of ['', 'siti.nurhaliza', `${RECIPIENT}, budi@warga.example.id`, `${RECIPIENT}\r\nBcc: x@y.id`]) {
    await expect(failure(sender.send({ ...message, to }))).resolves.toMatchObject({ permanent: true });
  }
});

it('keeps a message unsent, temporarily, when no SMTP_URL is set', async () => {
  const none = noMailSender();
  expect(none.kind).toBe('none');
  const error = await failure(none.send(message));
  expect(error.permanent).toBe(false);
  expect(error.message).toMatch(/no SMTP_URL is set/i);
  await none.close();
});

it('fails a send after close, temporarily', async () => {
  const closing = smtpMailSender({ url: server.url, from: FROM });
  expect(closing.kind).toBe('smtp');
  await closing.close();
  await expect(failure(closing.send(message))).resolves.toMatchObject({ permanent: false });
});

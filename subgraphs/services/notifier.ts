import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailConfig } from '../../hub/config';
import { createLogger, errorFields } from '../../hub/log';
import { MailError, type MailSender } from '../../hub/mail';
import { transactionExecutor } from '../../hub/orm';
import { NotificationKind } from './entities/services.enums';
import { LINKS, notify, type Execute } from './notifications';
import { jakartaDate } from './working-days';

const log = createLogger('services');

/** How often the sources are read and due e-mails sent. */
const EVERY_MS = 2_000;
/** Rows read from a source, and e-mails sent, per round at most. */
const BATCH = 500;
const MAIL_BATCH = 20;
/** An e-mail failed this many times is given up (FAILED). */
export const MAX_MAIL_ATTEMPTS = 8;
/** The longest wait between two tries of one e-mail. */
const MAX_RETRY_MS = 6 * 3_600_000;
/** How long a taken e-mail is left to its sender before another process may take it. */
const LEASE_MS = 5 * 60_000;

/** A source of notifications: rows after `position`, made into notifications, and the position reached. */
interface Source {
  name: string;
  /** Where a new deployment starts reading: now, not the whole history. */
  start(execute: Execute): Promise<string>;
  read(execute: Execute, position: string): Promise<{ notifications: Parameters<typeof notify>[1]; next: string }>;
}

const scopeList = (scopes: unknown) => (Array.isArray(scopes) ? scopes.join(', ') : String(scopes));

/**
 * Every release of a citizen's data to an officer, from the access log (its position is the cursor), counted in
 * one notification per citizen, client, purpose and Jakarta day: each release adds to its count and makes it
 * unread again, so that an officer's work on one application is one notice (and one e-mail), not one per request;
 * the access log lists each release.
 */
const releases: Source = {
  name: 'access-log',
  start: async (execute) =>
    String((await execute('select coalesce(max(position), 0)::text as p from audit.access_event', []))[0].p),
  read: async (execute, position) => {
    const rows = await execute(
      `select e.position::text as position, e.nik, e.at, e.client_id, coalesce(c.name, e.client_id) as client,
              e.purpose, e.scopes
         from audit.access_event e left join consent.client c on c.id = e.client_id
        where e.position > ?::bigint and e.kind = 'ACCESS' and e.actor_role = 'officer' and e.nik is not null
          and e.decision in ('ALLOWED', 'PARTIAL')
        order by e.position limit ${BATCH}`,
      [position],
    );
    return {
      next: rows.length > 0 ? String(rows[rows.length - 1].position) : position,
      notifications: rows.map((row) => {
        const day = jakartaDate(new Date(row.at as string));
        return {
          nik: String(row.nik),
          kind: NotificationKind.DATA_RELEASED,
          title: `${row.client} received some of your data`,
          body:
            `${row.client} received your data for the purpose ${row.purpose} on ${day} ` +
            `(${scopeList(row.scopes)} first). Your access log lists each release.`,
          link: LINKS.accessLog,
          sourceKey: `release:${row.nik}:${row.client_id}:${row.purpose}:${day}`,
          counts: true,
        };
      }),
    };
  },
};

/**
 * A source reading one table's rows in the order of a time and an id (both the cursor): `sql` selects `id`, `nik`
 * and `at` with whatever `notice` needs; `notice` makes a row into a notification.
 */
function inOrderOf(
  name: string,
  sql: string,
  notice: (row: Record<string, unknown>) => Omit<Parameters<typeof notify>[1][number], 'nik' | 'sourceKey'>,
): Source {
  return {
    name,
    start: async (execute) => {
      const [row] = await execute(`select coalesce(max(at), 'epoch'::timestamptz) as at from (${sql}) rows`, []);
      return `${new Date(row.at as string).toISOString()}|`;
    },
    read: async (execute, position) => {
      const [at, id] = position.split('|');
      const rows = await execute(
        `select * from (${sql}) rows where (at, id) > (?::timestamptz, ?) order by at, id limit ${BATCH}`,
        [at, id],
      );
      const last = rows[rows.length - 1];
      return {
        next: last ? `${new Date(last.at as string).toISOString()}|${last.id}` : position,
        notifications: rows.map((row) => ({ nik: String(row.nik), ...notice(row), sourceKey: `${name}:${row.id}` })),
      };
    },
  };
}

/** Every consent request a service makes to a citizen. */
const consentRequests = inOrderOf(
  'consent-request',
  `select r.id::text as id, r.nik, r.requested_at as at, coalesce(c.name, r.client_id) as client, r.purpose, r.scopes
     from consent.consent_request r left join consent.client c on c.id = r.client_id`,
  (row) => ({
    kind: NotificationKind.CONSENT_REQUEST,
    title: `${row.client} asks for your consent`,
    body: `${row.client} asks for your consent to read ${scopeList(row.scopes)} for the purpose ${row.purpose}.`,
    link: LINKS.consentRequests,
  }),
);

/** A correction answered by the agency that holds the datum (UU PDP Pasal 6). */
const corrections = inOrderOf(
  'correction',
  `select id::text as id, nik, answered_at as at, agency, outcome, detail->>'field' as field
     from consent.rights_request where kind = 'CORRECTION' and answered_at is not null`,
  (row) => ({
    kind: NotificationKind.RIGHTS_ANSWER,
    title: `${row.agency} answered your correction`,
    body:
      `${row.agency} ${row.outcome === 'ACCEPTED' ? 'accepted' : 'rejected'} your correction of ${row.field}. ` +
      'Its answer is with your request.',
    link: LINKS.rights,
  }),
);

/** An objection to an automated eligibility decision, reviewed by a person at the social-affairs agency. */
const objections = inOrderOf(
  'objection',
  `select id::text as id, nik, reviewed_at as at, programme, outcome
     from regsosek.eligibility_objection where status = 'ANSWERED'`,
  (row) => ({
    kind: NotificationKind.RIGHTS_ANSWER,
    title: `Your objection to the ${row.programme} decision was reviewed`,
    body:
      `An officer of Kementerian Sosial reviewed the ${row.programme} decision you objected to and ` +
      `${row.outcome === 'OVERTURNED' ? 'overturned' : 'upheld'} it. The reason is with your eligibility.`,
    link: LINKS.rights,
  }),
);

const SOURCES: readonly Source[] = [releases, consentRequests, corrections, objections];

/**
 * Reads each source from where it was left and puts what it finds in the inboxes, with the position reached, in
 * one transaction per source: the source's row is locked meanwhile, so processes sharing the database take turns
 * and nothing is made twice (nor, the source keys being unique, if a position were ever lost).
 */
export async function collect(em: EntityManager): Promise<number> {
  let made = 0;
  for (const source of SOURCES) {
    made += await em.fork().transactional(async (tx) => {
      const execute = transactionExecutor(tx);
      const select = () =>
        execute('select position from services.notification_source where source = ? for update', [source.name]);
      let [cursor] = await select();
      // Where a new deployment starts, found once: the first round only.
      if (!cursor) {
        await execute(
          `insert into services.notification_source (source, position) values (?, ?) on conflict do nothing`,
          [source.name, await source.start(execute)],
        );
        [cursor] = await select();
      }
      const { notifications, next } = await source.read(execute, String(cursor.position));
      const added = await notify(execute, notifications);
      if (next !== cursor.position)
        await execute('update services.notification_source set position = ? where source = ?', [next, source.name]);
      return added;
    });
  }
  return made;
}

/** The e-mail of a notification: the citizen's name and a link, nothing more (no data of theirs in transit). */
export function notificationEmail(name: string, publicUrl: string) {
  const link = `${publicUrl}/`;
  return {
    subject: 'Citizen 360: pemberitahuan baru / new notification',
    text:
      `Yth. ${name},\n\nAda pemberitahuan baru untuk Anda di Citizen 360. Masuk untuk membacanya:\n${link}\n\n` +
      `There is a new notification for you in Citizen 360. Sign in to read it:\n${link}\n`,
  };
}

/** The wait after the `attempts`-th failure: doubling from the base, at most six hours. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(MAX_RETRY_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends the e-mails that are due, a few at a time. Each is first leased (its next try moved five minutes on), so
 * another process does not send it meanwhile; then sent, and marked SENT, or on failure tried again after a
 * doubling wait, or given up (FAILED) when the server refused it for good or after MAX_MAIL_ATTEMPTS tries.
 * A notification stays in the inbox whatever becomes of its e-mail. Returns how many were sent.
 */
export async function deliver(em: EntityManager, sender: MailSender, mail: MailConfig): Promise<number> {
  const execute = transactionExecutor(em.fork());
  const due = await execute(
    `update services.notification n set email_next_at = now() + make_interval(secs => ?)
       from services.contact c
      where n.id in (select id from services.notification where email_status = 'PENDING' and email_next_at <= now()
                      order by email_next_at limit ${MAIL_BATCH} for update skip locked)
        and c.nik = n.nik
      returning n.id, n.email_attempts as attempts, c.email, c.name`,
    [LEASE_MS / 1000],
  );
  let sent = 0;
  for (const row of due) {
    const attempts = Number(row.attempts) + 1;
    try {
      await sender.send({ to: String(row.email), ...notificationEmail(String(row.name), mail.publicUrl) });
      await execute(
        `update services.notification set email_status = 'SENT', email_attempts = ?, email_next_at = null
          where id = ?`,
        [attempts, row.id],
      );
      sent += 1;
    } catch (error) {
      const permanent = error instanceof MailError && error.permanent;
      const givenUp = permanent || attempts >= MAX_MAIL_ATTEMPTS;
      await execute(
        `update services.notification set email_status = ?, email_attempts = ?,
            email_next_at = case when ? then null else now() + make_interval(secs => ?) end
          where id = ?`,
        [givenUp ? 'FAILED' : 'PENDING', attempts, givenUp, retryDelayMs(attempts, mail.retryBaseMs) / 1000, row.id],
      );
      // The error names the SMTP stage and code only (hub/mail.ts): no address, no text.
      log.warn(givenUp ? 'notification e-mail given up' : 'notification e-mail to be tried again', {
        attempts,
        ...errorFields(error),
      });
    }
  }
  return sent;
}

/**
 * The services process's notifier: every two seconds it collects new notifications from the sources and sends the
 * e-mails that are due. A round that fails is logged and the next one tries again. Returns how to stop it (after
 * the round in progress).
 */
export function startNotifier(em: EntityManager, sender: MailSender, mail: MailConfig): () => Promise<void> {
  let stopped = false;
  let round: Promise<void> = Promise.resolve();
  const run = async () => {
    try {
      await collect(em);
      if (sender.kind !== 'none') await deliver(em, sender, mail);
    } catch (error) {
      if (!stopped) log.warn('notifications not collected or sent this round', errorFields(error));
    }
  };
  round = run();
  const timer = setInterval(() => {
    round = round.then(run);
  }, EVERY_MS).unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await round;
    await sender.close();
  };
}

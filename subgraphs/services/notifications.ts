import { randomUUID } from 'node:crypto';
import { NotificationKind } from './entities/services.enums';

/** Runs one statement in the caller's transaction (hub/orm.ts transactionExecutor). */
export type Execute = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** A notification to put in a citizen's inbox. */
export interface NewNotification {
  nik: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The web app's page it concerns (LINKS). */
  link: string;
  /** What it is about, once: the same source key again makes nothing, unless `counts`. */
  sourceKey: string;
  /**
   * It stands for events of one kind that share the source key (the releases to one service on one day): each
   * one again adds to its count and makes it unread again, without another e-mail.
   */
  counts?: boolean;
}

/**
 * Puts notifications in their citizens' inboxes, in the caller's transaction, so that a change and its
 * notification are committed together. Each is to be e-mailed (PENDING) when its citizen has set an address,
 * and not (NONE) otherwise. A source key seen before is skipped, or for a counting notification adds to the count
 * (and makes it unread again); within `given`, the first of a source key is kept, the others counted. Returns how
 * many were added.
 */
export async function notify(execute: Execute, given: readonly NewNotification[], now = new Date()) {
  const first = new Map<string, { notification: NewNotification; occurrences: number }>();
  for (const notification of given) {
    const seen = first.get(notification.sourceKey);
    if (seen) seen.occurrences += 1;
    else first.set(notification.sourceKey, { notification, occurrences: 1 });
  }
  let added = 0;
  for (const counting of [false, true]) {
    const batch = [...first.values()].filter(({ notification }) => Boolean(notification.counts) === counting);
    if (batch.length === 0) continue;
    const rows = await execute(
      `insert into services.notification (id, nik, kind, title, body, link, created_at, source_key, occurrences,
         email_status, email_attempts, email_next_at)
       select n.id::uuid, n.nik, n.kind, n.title, n.body, n.link, ?::timestamptz, n.source_key, n.occurrences,
              case when c.nik is null then 'NONE' else 'PENDING' end, 0,
              case when c.nik is null then null else ?::timestamptz end
         from jsonb_to_recordset(?::jsonb) as n(id text, nik text, kind text, title text, body text, link text,
              source_key text, occurrences int)
         left join services.contact c on c.nik = n.nik
       ${
         counting
           ? `on conflict (source_key) do update
                set occurrences = notification.occurrences + excluded.occurrences, read_at = null`
           : 'on conflict (source_key) do nothing'
       }
       returning (xmax = 0) as added`,
      [
        now,
        now,
        JSON.stringify(
          batch.map(({ notification: n, occurrences }) => ({
            id: randomUUID(),
            nik: n.nik,
            kind: n.kind,
            title: n.title,
            body: n.body,
            link: n.link,
            source_key: n.sourceKey,
            occurrences: counting ? occurrences : 1,
          })),
        ),
      ],
    );
    added += rows.filter((row) => row.added).length;
  }
  return added;
}

/** The web app's pages a notification concerns, by the name the citizen's pages know them by. */
export const LINKS = {
  applications: 'services',
  consentRequests: 'consent-requests',
  accessLog: 'access-log',
  complaints: 'services',
  rights: 'rights',
} as const;

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
  /** What it is about, once: the same source key again makes nothing. */
  sourceKey: string;
}

/**
 * Puts notifications in their citizens' inboxes, in the caller's transaction, so that a change and its
 * notification are committed together. Each is to be e-mailed (PENDING) when its citizen has set an address,
 * and not (NONE) otherwise. A source key seen before, or twice in `given` (the first counts), is skipped. Returns how
 * many were added.
 */
export async function notify(execute: Execute, given: readonly NewNotification[], now = new Date()) {
  const seen = new Set<string>();
  const notifications = given.filter((n) => !seen.has(n.sourceKey) && Boolean(seen.add(n.sourceKey)));
  if (notifications.length === 0) return 0;
  const rows = await execute(
    `insert into services.notification (id, nik, kind, title, body, link, created_at, source_key, email_status,
       email_attempts, email_next_at)
     select n.id::uuid, n.nik, n.kind, n.title, n.body, n.link, ?::timestamptz, n.source_key,
            case when c.nik is null then 'NONE' else 'PENDING' end, 0,
            case when c.nik is null then null else ?::timestamptz end
       from jsonb_to_recordset(?::jsonb) as n(id text, nik text, kind text, title text, body text, link text,
            source_key text)
       left join services.contact c on c.nik = n.nik
     on conflict (source_key) do nothing
     returning id`,
    [
      now,
      now,
      JSON.stringify(
        notifications.map((n) => ({
          id: randomUUID(),
          nik: n.nik,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
          source_key: n.sourceKey,
        })),
      ),
    ],
  );
  return rows.length;
}

/** The web app's pages a notification concerns, by the name the citizen's pages know them by. */
export const LINKS = {
  applications: 'services',
  consentRequests: 'consent-requests',
  accessLog: 'access-log',
  complaints: 'services',
} as const;

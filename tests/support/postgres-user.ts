import { chownSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';

/**
 * PostgreSQL's programs and PgBouncer refuse to run as root: as root, they run as Debian's `postgres` user, and
 * what they write to is handed to it; as anyone else, as that user.
 */
const root = userInfo().uid === 0;

/** `command args` as run by this process, or by the `postgres` user when this process is root. */
export function asPostgres(command: string, args: readonly string[]): [string, string[]] {
  return root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
}

/** Gives `paths` to the `postgres` user when this process is root (they are this process's otherwise). */
export function giveToPostgres(...paths: string[]): void {
  if (!root) return;
  const [, uid, gid] = readFileSync('/etc/passwd', 'utf8').match(/^postgres:[^:]*:(\d+):(\d+):/m) ?? [];
  for (const path of paths) chownSync(path, Number(uid), Number(gid));
}

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The embedded database's files are being used by another process. */
export class DatabaseInUseError extends Error {
  static heldBy(dataDir: string, pid: number): DatabaseInUseError {
    return new DatabaseInUseError(
      `The embedded database in ${dataDir} is in use by process ${pid} (a running hub, seed or import): stop it ` +
        `first, or set DATABASE_URL to a PostgreSQL server`,
    );
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims the embedded database's directory for this process: `<dataDir>.lock` holds the owner's PID. Two
 * processes on the same files would corrupt them, so a second one is refused while the first lives; a lock
 * left by a process that died (killed, crashed) is taken over. Returns the release, also run at exit.
 */
export function lockDataDir(dataDir: string): () => void {
  const lock = `${resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) throw DatabaseInUseError.heldBy(dataDir, holder);
      rmSync(lock, { force: true });
      continue;
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      rmSync(lock, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return release;
  }
  throw DatabaseInUseError.heldBy(dataDir, Number(readFileSync(lock, 'utf8').trim()));
}

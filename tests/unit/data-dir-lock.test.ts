import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseInUseError, lockDataDir } from '../../hub/data-dir-lock';

// The embedded database's files belong to one process at a time.
describe('the embedded database directory lock', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'c360-lock-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second claim while the first holds it, naming the process, and allows one after release', () => {
    const dataDir = join(root, 'pglite');
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DatabaseInUseError);
    expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${process.pid}`);
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    lockDataDir(dataDir)();
  });

  it('takes over a lock left by a process that died', () => {
    const dataDir = join(root, 'pglite');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${dataDir}.lock`, gone.stdout);
    const release = lockDataDir(dataDir);
    release();
  });
});

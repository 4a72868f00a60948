import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

// Preloaded (`node -r`) into a process under test: when it exits, the project's own modules it loaded are
// written, one path a line relative to the repository, to the file LOADED_MODULES_FILE names.
const ROOT = resolve(__dirname, '../..');
const file = process.env.LOADED_MODULES_FILE;
if (file) {
  process.on('exit', () => {
    const loaded = Object.keys(require.cache)
      .filter((path) => path.startsWith(`${ROOT}/`) && !path.includes('/node_modules/'))
      .map((path) => relative(ROOT, path))
      .sort();
    writeFileSync(file, `${loaded.join('\n')}\n`);
  });
}

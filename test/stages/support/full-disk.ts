// Preloaded into a CLI child process (node --import) to inject a full disk: every file write under
// $WSW_FULL_DISK_UNDER fails with ENOSPC, as on a full file system. Made-up failure, real CLI.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const root = process.env.WSW_FULL_DISK_UNDER;
if (root) {
  const writeFile = fs.promises.writeFile;
  fs.promises.writeFile = (async (...args: Parameters<typeof writeFile>) => {
    const path = String(args[0]);
    if (path.startsWith(root)) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', errno: -28, syscall: 'write', path });
    return writeFile(...args);
  }) as typeof writeFile;
  syncBuiltinESMExports();
}

// Runs the publish stage in its own process and stops it at one step of the version switch, for the kill -9 test:
// node --import tsx publish-child.ts <inDir> <outRoot> <step> <marker file> [no-exchange]
import { writeFileSync } from 'node:fs';
import { runPublish } from '../../../pipeline/publish/publish-stage.ts';

const [inDir, outRoot, step, marker, mode] = process.argv.slice(2) as [string, string, string, string, string | undefined];
await runPublish({
  inDir,
  outRoot,
  hooks: {
    pause: async (at) => {
      if (at !== step) return;
      writeFileSync(marker, at);
      await new Promise(() => undefined); // wait here until killed
    },
    ...(mode === 'no-exchange' ? { exchange: () => ({ done: false as const, why: 'made-up: no exchange on this system' }) } : {}),
  },
});

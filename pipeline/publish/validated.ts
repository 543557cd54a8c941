/**
 * The publish stage's guard: it publishes only tables that the validate
 * stage passed. The validate stage writes its report last on success and
 * removes it on failure, so a missing report means "not validated" (never
 * run, failed, or interrupted), and the old tables in the folder must not
 * be republished.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { PipelineError } from '../lib/errors.ts';
import { VALIDATE_FAILURES, VALIDATE_REPORT } from '../validate/validate-stage.ts';

/** Throws a PipelineError unless `<inDir>/validate-report.json` says the tables passed validation. */
export async function requireValidated(inDir: string): Promise<void> {
  const report = join(inDir, VALIDATE_REPORT);
  if (await access(report).then(() => true, () => false)) return;
  const failed = await access(join(inDir, VALIDATE_FAILURES)).then(() => true, () => false);
  throw new PipelineError('publish', failed ? 'refusing to publish: the last validate run failed' : 'refusing to publish: the tables were not validated', {
    file: failed ? join(inDir, VALIDATE_FAILURES) : report,
    hint: failed
      ? 'fix the records it lists and run `make` again, or publish the valid rest with `make ALLOW_INVALID=1`'
      : 'run the validate stage first (`make` runs every stage in order)',
  });
}

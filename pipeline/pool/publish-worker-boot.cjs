// The entry of a publish worker thread (see publish-workers.ts). Plain CommonJS: under tsx on
// Node 20 a worker thread has tsx's CommonJS hook but not its ESM hooks, so the TypeScript
// module is loaded with require; the compiled one (an ES module) with import().
// Started with its job, it runs it at once; started ahead (no job), it loads the module, then waits for the job.
const { parentPort, workerData } = require('node:worker_threads');

const load = workerData.module.endsWith('.ts') ? Promise.resolve(require(workerData.module)) : import(workerData.module);
const run = (job) => load.then((m) => m.runPublishJob(job)).then((result) => parentPort.postMessage(result));
if (workerData.job) run(workerData.job);
else parentPort.once('message', run);

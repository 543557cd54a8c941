// The entry of a publish worker thread (see publish-workers.ts). Plain CommonJS: under tsx on
// Node 20 a worker thread has tsx's CommonJS hook but not its ESM hooks, so the TypeScript
// module is loaded with require; the compiled one (an ES module) with import().
const { parentPort, workerData } = require('node:worker_threads');

const load = workerData.module.endsWith('.ts') ? Promise.resolve(require(workerData.module)) : import(workerData.module);
load.then((m) => m.runPublishJob(workerData.job)).then((result) => parentPort.postMessage(result));

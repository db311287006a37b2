import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check.ts';
import { schemaAuditProblems } from './schema-audit.ts';

/**
 * A build's content check, in a thread of its own (see ./gate.ts): it checks
 * every page and payload on the machine's other core while Astro loads them.
 */
const { contentDir } = workerData as { contentDir: string };
const problems = [...(await checkContent(contentDir)), ...schemaAuditProblems()];
parentPort?.postMessage(problems);

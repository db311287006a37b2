import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check.ts';
import { schemaAuditProblems } from './schema-audit.ts';
import { prerenderContent } from '../pages/prerender.ts';

/**
 * A build's content check, in a thread of its own (see ./gate.ts): it checks
 * every page and payload on the machine's other core while Astro loads them.
 * Content that passes is then rendered ahead, pages and FAQ answers, for the
 * build's pages to take (lib/render/prerendered.ts).
 */
const { contentDir } = workerData as { contentDir: string };
const problems = [...(await checkContent(contentDir)), ...schemaAuditProblems()];
parentPort?.postMessage({ problems });
if (problems.length === 0)
  await prerenderContent(contentDir, (prerendered) => parentPort?.postMessage({ prerendered }));

import { RELEASES } from '../../lib/model/history.ts';
import { auditSchema, type AuditProblem } from '../../lib/validation/audit.ts';
import { commonProperties } from '../../schemas/event-properties.ts';
import { EVENTS } from '../../schemas/events.ts';
import type { ContentProblem } from './problem.ts';

/** An audit problem in the words of the content report: the schema file to fix, the event, the property. */
function asContentProblem(problem: AuditProblem): ContentProblem {
  return {
    file: problem.property === undefined ? 'src/schemas/events.ts' : 'src/schemas/event-properties.ts',
    entry: problem.event === 'every event' ? 'properties on every event' : `event "${problem.event}"`,
    path: problem.property === undefined ? '' : `properties.${problem.property}`,
    message: problem.message,
    hint: problem.source ? `${problem.hint} The code: ${problem.source.label} (${problem.source.url}).` : problem.hint,
  };
}

/** The schema held against the snapshots of the app's code (src/lib/validation/audit.ts), as content problems. */
export function schemaAuditProblems(): ContentProblem[] {
  return auditSchema({ events: EVENTS, commonKeys: Object.keys(commonProperties) }, RELEASES).map(asContentProblem);
}

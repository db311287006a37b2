/**
 * Runs the capture check off the main thread, so a large capture never
 * freezes the page: receives the file the reader chose, reads it here, and
 * answers with the report. Nothing leaves the browser.
 */
import { checkCapture, type CaptureReport, type Setting } from '../lib/capture/check.ts';
import { problemLine, sizeProblem } from '../lib/capture/har.ts';
import type { ReleaseCatalog } from '../lib/model/release-catalog.ts';
import type { DocPages } from '../lib/validation/pasted-payload.ts';

/** What the page sends. */
export interface CaptureRequest {
  readonly file: File;
  readonly pages: DocPages;
  readonly catalog: ReleaseCatalog;
  readonly setting?: Setting;
}

/** What the worker answers: the report, with its problems as the lines the CLI prints. */
export interface CaptureAnswer {
  readonly report: CaptureReport;
  /** The file's problem as one line, when it could not be checked. */
  readonly problem?: string;
  /** Each entry left out, as one line. */
  readonly skipped: readonly string[];
}

async function check({ file, pages, catalog, setting }: CaptureRequest): Promise<CaptureAnswer> {
  const tooBig = sizeProblem(file.size);
  const report: CaptureReport = tooBig
    ? { ok: false, problem: tooBig }
    : await checkCapture(await file.text(), { pages, catalog, ...(setting ? { setting } : {}) });
  return report.ok
    ? { report, skipped: report.skipped.map((p) => problemLine(file.name, p)) }
    : { report, problem: problemLine(file.name, report.problem), skipped: [] };
}

self.addEventListener('message', (event: MessageEvent<CaptureRequest>) => {
  const post = (answer: CaptureAnswer) =>
    (globalThis as unknown as { postMessage(data: unknown): void }).postMessage(answer);
  void check(event.data).then(post);
});

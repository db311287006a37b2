/**
 * Runs the payload check off the main thread, so a 1 MB or deeply nested
 * paste never freezes the page. Receives the pasted text, answers with the
 * reports. Nothing leaves the browser.
 */
import { reconcile, type DocPages } from '../lib/validation/pasted-payload.ts';

self.addEventListener('message', (event: MessageEvent<{ text: string; pages: DocPages }>) => {
  (globalThis as unknown as { postMessage(data: unknown): void }).postMessage(
    reconcile(event.data.text, event.data.pages),
  );
});

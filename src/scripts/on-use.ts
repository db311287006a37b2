/**
 * What the tools loaded on first use share (the payload checker and the
 * capture check). Only their code imports this file: the script every page
 * loads stays without it, and without a list of chunks to load ahead.
 */

/** Adds a stylesheet once; resolves when it has loaded, or failed to (the tool still works unstyled). */
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => done());
    link.addEventListener('error', () => done());
    document.head.append(link);
  });
}

/**
 * Sends `message` to a worker made for one answer and resolves with its answer; the worker is
 * stopped when it answers, fails, or takes longer than `timeoutMs`.
 */
export function askWorker<T>(worker: Worker, message: unknown, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`The check took longer than ${timeoutMs / 1000} seconds and was stopped.`));
    }, timeoutMs);
    worker.addEventListener('message', (event: MessageEvent<T>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(event.message || 'The check failed to run.'));
    });
    worker.postMessage(message);
  });
}

/**
 * Wraps an async task so that runs never overlap: a call made while it runs
 * asks for exactly one more run after it, however many calls come in the
 * meantime. The dev server's content check uses it, because an editor's save
 * can fire twice (the file emptied, then written), and an earlier check
 * finishing last would otherwise leave the report of a half-written file on
 * screen.
 */
export function oneAtATime(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };
}

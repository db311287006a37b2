import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Astro keeps the content's generated modules in the project's one `.astro/`
 * folder, so two Astro processes in the project at once (a fixture build, a
 * fuzz build, the dev server) overwrite each other's. The test files that run
 * Astro in the project hold this lock while they do; every other file runs
 * beside them. A lock whose holder has exited is taken over.
 */
const LOCK = join(process.cwd(), 'node_modules', '.astro-in-project.lock');

function holderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else. No pid file yet: its holder is writing it.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EPERM' || code === 'ENOENT';
  }
}

/** Waits for the lock and takes it; returns the function that gives it back. */
export async function lockAstroInProject(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!holderAlive()) rmSync(LOCK, { recursive: true, force: true });
    else await sleep(100);
  }
}

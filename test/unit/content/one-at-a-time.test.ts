import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../src/integrations/one-at-a-time.ts';

/** A task whose runs the test finishes by hand, recording what it saw. */
function controlledTask() {
  const log: string[] = [];
  const finishers: (() => void)[] = [];
  let active = 0;
  const task = () => {
    active += 1;
    log.push(`start (active ${active})`);
    return new Promise<void>((done) =>
      finishers.push(() => {
        active -= 1;
        log.push('end');
        done();
      }),
    );
  };
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { task, log, finishNext, pending: () => finishers.length };
}

describe('oneAtATime', () => {
  it('never runs the task twice at once, and runs once more for calls made meanwhile', async () => {
    const { task, log, finishNext, pending } = controlledTask();
    const run = oneAtATime(task);
    const first = run();
    // Three saves while the first check runs ask for one more check, not three.
    const during = [run(), run(), run()];
    expect(pending()).toBe(1);
    await finishNext();
    expect(pending()).toBe(1);
    await finishNext();
    await Promise.all([first, ...during]);
    expect(log).toEqual(['start (active 1)', 'end', 'start (active 1)', 'end']);
  });

  it('runs again for a call after the last run ended', async () => {
    const { task, log, finishNext } = controlledTask();
    const run = oneAtATime(task);
    const first = run();
    await finishNext();
    await first;
    const second = run();
    await finishNext();
    await second;
    expect(log).toEqual(['start (active 1)', 'end', 'start (active 1)', 'end']);
  });

  it('lets the next call run after a task fails', async () => {
    let calls = 0;
    const run = oneAtATime(async () => {
      calls += 1;
      if (calls === 1) throw new Error('first run fails');
    });
    await expect(run()).rejects.toThrow('first run fails');
    await run();
    expect(calls).toBe(2);
  });
});

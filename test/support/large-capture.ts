import { SCENARIOS } from './capture-scenarios.ts';
import { recorded } from './har.ts';

/**
 * A large capture made of the recorded ones (test/fixtures/captures): their
 * entries again and again, each Segment message given its own ID, until the
 * HAR holds `entries` requests and about `bytes`. Each next entry comes from
 * the smaller or the larger half of the recorded ones, whichever keeps the
 * file on course for its size: every kind of request the recordings hold
 * takes part, as in a long session through mitmproxy.
 */
export function largeCapture(entries: number, bytes: number): string {
  const pool = SCENARIOS.flatMap((s) => (JSON.parse(recorded(s.name)) as { log: { entries: unknown[] } }).log.entries)
    .map((e) => JSON.stringify(e))
    .sort((a, b) => a.length - b.length);
  const small = pool.slice(0, Math.ceil(pool.length / 2));
  const large = pool.slice(small.length);
  const out: string[] = [];
  let size = 0;
  let s = 0;
  let l = 0;
  for (let i = 0; i < entries; i++) {
    const onCourse = size <= (bytes * i) / entries;
    const base = onCourse && large.length > 0 ? large[l++ % large.length] : small[s++ % small.length];
    const text = (base ?? '{}').replace(
      /node-next-(\d{13})-/g,
      (_, ms: string) => `node-next-${String(Number(ms) + i).padStart(13, '0')}-`,
    );
    out.push(text);
    size += text.length + 2;
  }
  return `{"log":{"version":"1.2","creator":{"name":"large-capture","version":"1"},"entries":[\n${out.join(',\n')}\n]}}\n`;
}

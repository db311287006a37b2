/**
 * The sending side of `npm run record:captures`: one step of a recorded
 * session, sent with the client library the app uses, through the proxy the
 * environment names (`HTTPS_PROXY`, with `NODE_USE_ENV_PROXY=1` for Node's
 * fetch), trusting mitmproxy's certificate through `NODE_EXTRA_CA_CERTS`, as a
 * reader points an app at mitmproxy. Run by record-captures.ts with the step
 * as JSON in argv[2]; never run on its own.
 */
import { Analytics } from '@segment/analytics-node';
import { Analytics as CustomerIo } from '@customerio/cdp-analytics-node';
import * as Sentry from '@sentry/node';

/** One call of a Segment-style client. */
export interface ClientCall {
  readonly type: 'track' | 'page' | 'identify';
  readonly event?: string;
  readonly name?: string;
  readonly properties?: Record<string, unknown>;
  readonly traits?: Record<string, unknown>;
  readonly anonymousId?: string;
  readonly userId?: string;
  readonly context?: Record<string, unknown>;
}

/** One step of a recorded session. */
export type Step =
  | { readonly kind: 'segment'; readonly writeKey: string; readonly calls: readonly ClientCall[] }
  | {
      readonly kind: 'customer-io';
      readonly writeKey: string;
      readonly host: string;
      readonly calls: readonly ClientCall[];
    }
  | {
      readonly kind: 'sentry';
      readonly dsn: string;
      readonly release: string;
      readonly error: string;
      readonly trace?: string;
    }
  | {
      readonly kind: 'fetch';
      readonly url: string;
      readonly method: string;
      readonly headers?: Record<string, string>;
      readonly body?: string;
    };

type SegmentLike = Pick<Analytics, 'track' | 'page' | 'identify' | 'closeAndFlush'>;

function send(client: SegmentLike, calls: readonly ClientCall[]): void {
  for (const c of calls) {
    const who = c.userId ? { userId: c.userId, anonymousId: c.anonymousId } : { anonymousId: c.anonymousId ?? '' };
    const base = { ...who, ...(c.context ? { context: c.context } : {}) };
    if (c.type === 'track') client.track({ ...base, event: c.event ?? '', properties: c.properties ?? {} });
    else if (c.type === 'page')
      client.page({ ...base, ...(c.name ? { name: c.name } : {}), properties: c.properties ?? {} });
    else client.identify({ ...base, traits: c.traits ?? {} });
  }
}

/** Where the stack traces of the recorded captures place the repository. */
const RECORDED_ROOT = '/srv/insomnia-docs';

async function run(step: Step): Promise<void> {
  switch (step.kind) {
    case 'segment': {
      // Everything in one batch, as the app's client sends what it queued within its flush interval.
      const client = new Analytics({ writeKey: step.writeKey, flushAt: 50, flushInterval: 60_000 });
      send(client, step.calls);
      await client.closeAndFlush({ timeout: 20_000 });
      return;
    }
    case 'customer-io': {
      const client = new CustomerIo({
        writeKey: step.writeKey,
        host: step.host,
        maxEventsInBatch: 50,
        flushInterval: 60_000,
      });
      send(client as unknown as SegmentLike, step.calls);
      await client.closeAndFlush({ timeout: 20_000 });
      return;
    }
    case 'sentry': {
      Sentry.init({
        dsn: step.dsn,
        release: step.release,
        sampleRate: 1,
        tracesSampleRate: step.trace ? 1 : 0,
        // The stack trace names this file as if the repository were at RECORDED_ROOT, wherever it is checked
        // out: a capture recorded again elsewhere reads the same, and its paths name no one's folders.
        beforeSend(event) {
          for (const value of event.exception?.values ?? [])
            for (const frame of value.stacktrace?.frames ?? [])
              if (frame.filename?.startsWith(`${process.cwd()}/`))
                frame.filename = `${RECORDED_ROOT}${frame.filename.slice(process.cwd().length)}`;
          return event;
        },
      });
      Sentry.captureException(new Error(step.error));
      if (step.trace) await Sentry.startSpan({ name: step.trace }, () => new Promise((done) => setTimeout(done, 20)));
      await Sentry.close(20_000);
      return;
    }
    case 'fetch': {
      const response = await fetch(step.url, {
        method: step.method,
        ...(step.headers ? { headers: step.headers } : {}),
        ...(step.body !== undefined ? { body: step.body } : {}),
      });
      await response.arrayBuffer();
      return;
    }
  }
}

await run(JSON.parse(process.argv[2] ?? '{}') as Step);

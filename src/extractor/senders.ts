import type { CallSite } from '../schemas/snapshot.ts';

/**
 * The functions through which the app sends analytics, named once. A call to
 * one of them is a send whatever its body does (or whether the tree read has
 * its body at all): it is found by its name, by the name it is imported under,
 * or through an alias (`const send = trackSegmentEvent`, `const { trackSegmentEvent } = window.main`).
 * A function of the app whose body calls one of these with its own parameter as
 * the event is a wrapper, found by what it does, and its calls are sends too.
 *
 * The arguments are read by their shape: `({ event, properties })` when the
 * first argument is an object with an `event` member (the window's IPC calls),
 * `(event, properties)` otherwise.
 */
export interface Sender {
  /** The function's name, as declared, exported or reached as a member (`window.main.<name>`). */
  readonly name: string;
  readonly sink: CallSite['sink'];
  /** Where the app has it, for a reader of this list. */
  readonly where: string;
}

export const SENDERS: readonly Sender[] = [
  {
    name: 'trackSegmentEvent',
    sink: 'segment',
    where: 'the main process (8.x to spring 2026), and window.main.trackSegmentEvent, its IPC entry for app windows',
  },
  {
    name: 'trackAnalyticsEvent',
    sink: 'segment',
    where: 'the main process (2026), and window.main.trackAnalyticsEvent, its IPC entry for app windows',
  },
  { name: 'trackOnceDaily', sink: 'segment', where: 'src/ui/analytics.ts (2026): sends at most once a day' },
  {
    name: 'trackImportEvent',
    sink: 'segment',
    where: 'src/ui/analytics.ts (2026): adds the import attribution',
  },
  { name: 'trackCioEvent', sink: 'customer-io', where: 'src/ui/hooks/use-cio.tsx (2026): Customer.io in the window' },
  { name: 'trackInsoEvent', sink: 'segment', where: 'packages/insomnia-inso/src/analytics.ts (2026): the inso CLI' },
];

/** The functions that send a page view: `window.main.trackPageView({ name })`, `trackPageView(name)`. */
export const PAGE_VIEW_SENDERS: readonly string[] = ['trackPageView'];

/** Modules whose clients send to Customer.io: their `track`, `identify` and `page` calls. */
export const CUSTOMER_IO_MODULES = /^@customerio\//;

const byName = new Map(SENDERS.map((s) => [s.name, s]));

/** The sender of that name, if the app sends through a function so named. */
export function senderNamed(name: string): Sender | undefined {
  return byName.get(name);
}

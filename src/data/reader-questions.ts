/**
 * The questions readers ask most about the app's data collection, each with
 * where it was asked in public and where the site answers it: in the body of
 * the page named for it, under one heading, not only in a FAQ. The build test
 * (test/build/reader-questions.test.ts) finds each answer there.
 */
export interface ReaderQuestion {
  /** The question, in the readers' words. */
  readonly question: string;
  /** Where readers asked it: a public issue, forum thread or docs page. */
  readonly asked: string;
  /** The URL of the page named for it, e.g. `/insomnia/opt-out/`. */
  readonly page: string;
  /** The id of the heading in that page's body whose section answers it. */
  readonly section: string;
  /** Words of the answer as that section says them: its first claim, which the build finds there. */
  readonly answer: string;
}

export const READER_QUESTIONS: readonly ReaderQuestion[] = [
  {
    question: 'What data does Insomnia collect?',
    asked: 'https://github.com/Kong/insomnia/issues/7751',
    page: '/insomnia/collected-data/',
    section: 'what-the-app-sends',
    answer: 'Each usage event is a Segment track call.',
  },
  {
    question: 'Does the app send my request URLs, headers or bodies?',
    asked: 'https://github.com/Kong/insomnia/issues/6585',
    page: '/insomnia/collected-data/',
    section: 'your-requests-urls-headers-and-bodies',
    answer: 'The app does not send them in its usage analytics.',
  },
  {
    question: 'Is my IP address sent or stored?',
    asked: 'https://github.com/Kong/insomnia/issues/3255',
    page: '/insomnia/collected-data/',
    section: 'ip-address',
    answer: 'The app puts no IP address into its events or error reports',
  },
  {
    question: 'How do I turn off usage analytics?',
    asked: 'https://github.com/Kong/insomnia/issues/1381',
    page: '/insomnia/opt-out/',
    section: 'turn-off-usage-analytics',
    answer: 'Log out of your Insomnia account if you are logged in, then untick Send Anonymous Usage Statistics',
  },
  {
    question: 'Can I opt out while I am logged in?',
    asked: 'https://github.com/Kong/developer.konghq.com/issues/3120',
    page: '/insomnia/opt-out/',
    section: 'while-you-are-logged-in',
    answer: 'You cannot turn usage analytics off while you are logged in',
  },
  {
    question: 'Does Scratch Pad send data, if I use the app locally without an account?',
    asked: 'https://github.com/Kong/developer.konghq.com/commit/a94142ce0957e9bbcfeb15dfc0992b2817e5ee8e',
    page: '/insomnia/opt-out/',
    section: 'scratch-pad',
    answer: 'Scratch Pad sends usage analytics too, until you untick the box.',
  },
  {
    question: 'How long is my data kept, and where is it stored?',
    asked:
      'https://github.com/Kong/developer.konghq.com/blob/bc1cd74260f0bddb06dcf004c9c34b53bb870c1a/app/insomnia/collected-data.md',
    page: '/insomnia/network-activity/',
    section: 'how-long-it-is-kept-and-where',
    answer: 'No document the site could read says how long Kong’s analytics events are kept.',
  },
  {
    question: 'Which hosts can I block without breaking Insomnia?',
    asked: 'https://github.com/Kong/insomnia/issues/7535',
    page: '/insomnia/block-at-network/',
    section: 'block-these-three-hosts',
    answer: 'Blocking them breaks nothing you use',
  },
];

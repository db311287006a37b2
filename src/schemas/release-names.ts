import { COMMITS, insomniaCommit, insomniaPull, type Source } from './sources.ts';

/**
 * How the site names the code it read between release tags. A tagged release
 * is named by its version number; code read file by file is named by what its
 * files prove about it: the version its package file gives, or, where no file
 * of it gives one, the dates of the changes it lies between. Every page names
 * a release the same way: `src/lib/model/history.ts` takes the names from here.
 */
export interface ReleaseName {
  /** As readers know it, in lists of releases and beside a line of code: `13.x`, `March–May 2026`. */
  readonly label: string;
  /** With the app's name, for titles and sentences: `Insomnia 13.x`, `Insomnia’s code of March–May 2026`. */
  readonly title: string;
  /** What code this is and why it carries that name, for its release page. Markdown inline code allowed. */
  readonly about: string;
  readonly sources: readonly [Source, ...Source[]];
}

/** The commit of the 2026 code's package files, where the app's `package.json` gives its version. */
const PACKAGE_2026 = '0b3c3831754d8c50f6b3dfc1db0246494afe7f1a';

/** The names of the snapshots in `src/data/snapshots/` that no release tag names, by their `release`. */
export const RELEASE_NAMES: Readonly<Record<string, ReleaseName>> = {
  '2026-spring': {
    label: 'March–May 2026',
    title: 'Insomnia’s code of March–May 2026',
    about:
      'Code read file by file. Its analytics client adds `organization_id`, which pull request #9723 brought in (merged 18 March 2026), and comes before the shared `insomnia-analytics` package of pull request #9915 (merged 13 May 2026). No file read gives its version, so which release first shipped it is not confirmed.',
    sources: [
      insomniaCommit(COMMITS.orgId2026, 'packages/insomnia/src/main/analytics.ts', [106]),
      insomniaPull(9723, 'organization_id on every track event (March 2026)'),
      insomniaPull(9915, 'shared insomnia-analytics package (May 2026)'),
    ],
  },
  '2026': {
    label: '13.x',
    title: 'Insomnia 13.x',
    about:
      'Code of 2026 read file by file at the newest commits available, after the shared `insomnia-analytics` package (pull request #9915, merged 13 May 2026). The app’s `package.json` at the commit read gives its version as 13.3.1-beta.1. Which release first shipped each of its changes is not confirmed, unless a page names it.',
    sources: [
      insomniaCommit(PACKAGE_2026, 'packages/insomnia/package.json', [3]),
      insomniaPull(9915, 'shared insomnia-analytics package (May 2026)'),
    ],
  },
};

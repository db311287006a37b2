import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtPages, readDist } from '../support/site.ts';
import { DOC_KEYWORDS } from '../../src/lib/model/json-schema.ts';

/**
 * The statements an independent reading of the site against Kong's source
 * found wrong, each checked on the built site so that it cannot return; the
 * published schemas against genuine payloads; where the data is kept; and the
 * page that says how to have it deleted.
 */

/** HTML as text: tags dropped, entities decoded, whitespace run together. */
function decode(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

/** A built page's text as read. */
async function text(path: string): Promise<string> {
  return decode(await readDist(path));
}

/** The text of one property's entry on an event page: from its heading to the next property or the page's end. */
async function property(event: string, key: string): Promise<string> {
  const html = await readDist(`insomnia/events/${event}/index.html`);
  const start = html.indexOf(`id="property-${key}"`);
  if (start < 0) return '';
  const next = html.indexOf('id="property-', start + 1);
  return decode(html.slice(start, next < 0 ? undefined : next));
}

const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

describe('the corrections', () => {
  it('says count_certificates counts every certificate of the workspace, with the code that gathers them', async () => {
    const entry = await property('request-executed', 'count_certificates');
    expect(entry).toContain('whole workspace');
    // The code behind it, as the page shows it (highlighted token by token, so read without its tags).
    const html = await readDist('insomnia/events/request-executed/index.html');
    const row = html.slice(html.indexOf('id="property-count_certificates"'));
    expect(row.slice(0, row.indexOf('</tr>')).replace(/<[^>]+>/g, '')).toContain(
      'clientCertificate.findByParentId(workspaceId)',
    );
    expect(html).toContain('64a4ef74411841ca197ab927498419450836dfa4');
  });

  it('has no page that says a certificate count is for the request', async () => {
    for (const path of await builtPages()) {
      const said = /certificates? (that )?(apply to|for) the (new )?request/i.exec(await text(pageFile(path)));
      expect(said?.[0], path).toBeUndefined();
    }
  });

  it('says the script flags and line counts include the scripts of parent folders', async () => {
    for (const key of ['has_prescript', 'has_postscript', 'count_prescript_lines', 'count_postscript_lines']) {
      expect(await property('request-executed', key), key).toMatch(/folder above it/);
    }
  });

  it('says preferredHttpVersion is the app-wide setting, not one of the request', async () => {
    const entry = await property('request-executed', 'preferredHttpVersion');
    expect(entry).toContain('app-wide HTTP version setting');
    expect(entry).not.toContain('preference of the request');
  });

  it('says Mock Created names the AI model whenever one is set up, even for a mock made by hand', async () => {
    for (const key of ['provider', 'model']) {
      const entry = await property('mock-created', key);
      expect(entry, key).toContain('whenever one is set up, even for a mock made by hand');
      expect(entry, key).not.toContain('when one did');
    }
  });

  it.each(['collection-created', 'document-created', 'mcp-client-workspace-created'])(
    'lists no type on %s, which only environments send',
    async (event) => {
      const html = await readDist(`insomnia/events/${event}/index.html`);
      expect(html).toContain('id="property-source"');
      expect(html).not.toContain('id="property-type"');
    },
  );

  it('lists type on Environment Created', async () => {
    expect(await property('environment-created', 'type')).toContain('private');
  });

  it('shows Invite Not Permitted with only the two reasons the dialog offers', async () => {
    const entry = await property('invite-not-permitted', 'collaboration_type');
    expect(entry).toContain('one of "long-term", "one-time"');
    for (const path of await builtPages()) expect(await readDist(pageFile(path)), path).not.toContain('teammate');
  });

  it('lists platform once on the 2026 release page, and files Customer.io’s page() under Customer.io', async () => {
    const page = await text('insomnia/releases/2026/index.html');
    const common = page.slice(page.indexOf('Properties on every event'), page.indexOf('Names whose sending code'));
    expect(common.match(/\bplatform\b/g)).toHaveLength(1);
    const views = page.slice(page.indexOf('Page views'), page.indexOf('What the extractor could not read'));
    expect(views).toContain('not a Segment page call');
    expect(views.indexOf('use-cio.tsx')).toBeGreaterThan(views.indexOf('Customer.io'));
    expect(views.slice(0, views.indexOf('Customer.io'))).not.toContain('use-cio.tsx');
  });

  it('states Sentry’s 50 % error sampling and the errors the app reports on purpose', async () => {
    const network = await text('insomnia/network-activity/index.html');
    expect(network).toContain('sampleRate: 0.5');
    expect(network).toContain('Missing parent ID for …');
    expect(network).toContain('Run tests by anonymous');
  });

  it('labels the 2026 example’s app version as the analytics package’s', async () => {
    const collected = await text('insomnia/collected-data/index.html');
    expect(collected).toContain('13.3.1-beta.1, is the version of the insomnia-analytics package');
    expect(collected).not.toContain('the app’s version at the newest commit read');
  });

  it('says organization_id is added only once the app has set an organization', async () => {
    const changes = await text('insomnia/changes/index.html');
    expect(changes).toContain('once the app has set an organization');
    expect(changes).not.toContain('Every event carries the ID of the organization');
  });

  it('says the value of repoId on VCS Sync Started is not known, and gives it no example', async () => {
    const entry = await property('vcs-sync-started', 'repoId');
    expect(entry).toContain('the value it sends is not known');
    expect(entry).not.toContain('Example');
  });
});

describe('the published JSON Schemas', () => {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const keyword of DOC_KEYWORDS) ajv.addKeyword(keyword);
  addFormats(ajv);
  const compile = async (path: string) => ajv.compile(JSON.parse(await readDist(path)) as object);
  const example = async () =>
    JSON.parse(await readDist('insomnia/examples/request-executed-2026.json')) as Record<string, unknown>;
  const vcsCommit1011 = async () => ({
    ...(await example()),
    userId: '',
    context: {
      app: { name: 'Insomnia', version: '10.1.1' },
      os: { name: 'mac', version: '15.5.0' },
      library: { name: '@segment/analytics-node', version: '2.1.0' },
    },
    event: 'VCS Action Executed',
    properties: { type: 'git', action: 'commit', providerName: 'github' },
  });

  it.each(['schemas/insomnia-analytics-event.json', 'schemas/insomnia-analytics-event/10.1.1.json'])(
    '%s accepts a genuine 10.1.1 VCS Action Executed (type, action, providerName, no repoId)',
    async (path) => {
      const validate = await compile(path);
      expect(validate(await vcsCommit1011()), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each(['schemas/insomnia-analytics-event.json', 'schemas/insomnia-analytics-event/2026.json'])(
    '%s accepts a 2026 Request Executed with every 2026 key, and rejects an unknown key',
    async (path) => {
      const validate = await compile(path);
      const event = await example();
      expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...event, properties: { ...(event['properties'] as object), url: 'https://x' } })).toBe(false);
    },
  );

  it('links each release’s schema from its release page and from Collected data', async () => {
    const collected = await readDist('insomnia/collected-data/index.html');
    for (const release of ['8.2.0', '8.6.1', '9.3.3', '10.1.1', '2026-spring', '2026']) {
      expect(collected, release).toContain(`href="/schemas/insomnia-analytics-event/${release}.json"`);
      expect(await readDist(`insomnia/releases/${release}/index.html`), release).toContain(
        `href="/schemas/insomnia-analytics-event/${release}.json"`,
      );
    }
  });
});

describe('where the data is kept', () => {
  it('names gitlab.com and raw.githubusercontent.com among the hosts the app contacts', async () => {
    const html = await readDist('insomnia/network-activity/index.html');
    for (const host of ['gitlab.com', 'raw.githubusercontent.com', 'registry.yarnpkg.com', 'auth.insomnia.rest']) {
      expect(html, host).toContain(`id="host-${host.replaceAll('.', '-')}"`);
    }
    expect(html).toContain('id="what-this-list-covers"');
  });

  it('states Segment’s and Sentry’s regions with the vendors’ documents that settle them', async () => {
    const html = await readDist('insomnia/network-activity/index.html');
    const entry = (host: string) =>
      new RegExp(`id="host-${host.replaceAll('.', '-')}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
    const segment = entry('api.segment.io');
    expect(segment).toContain('The United States (Oregon)');
    expect(segment).toContain(
      'segmentio/segment-docs/blob/747b35d8f5f1889b041f2101185d562d7c4c016e/src/guides/regional-segment.md',
    );
    const sentry = entry('o1147619.ingest.sentry.io');
    expect(sentry).toContain('The United States (Iowa)');
    expect(sentry).toContain('getsentry/sentry-docs/blob/');
    expect(sentry).toContain('sampleRate: 0.5');
    expect(sentry).toContain('src/common/sentry.ts#L7-L12');
    expect(entry('cdp-eu.customer.io')).toContain('The European Union');
  });

  it('no longer says that no public statement settles the regions', async () => {
    const collected = await text('insomnia/collected-data/index.html');
    expect(collected).not.toContain('in which region Segment and Sentry process them');
    expect(collected).toContain('Segment’s U.S. infrastructure in Oregon');
  });
});

describe('the page that says how to get your data deleted', () => {
  it('answers "how do I get my data deleted" with the identifiers to give and where they are', async () => {
    const html = await readDist('insomnia/your-data/index.html');
    const answer =
      /id="how-do-i-get-my-data-deleted"[\s\S]*?<div class="ia-faq__a">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    for (const words of ['anonymousId', 'deviceId', 'insomnia.Settings.db', 'userId', 'SHA-256']) {
      expect(answer, words).toContain(words);
    }
    const page = await text('insomnia/your-data/index.html');
    expect(page).toContain('insomnia.UserSession.db');
    expect(page).toContain('~/Library/Application Support/Insomnia');
    expect(page).toContain('support@insomnia.rest');
  });

  it('says what no source states, and cites what one does', async () => {
    const page = await text('insomnia/your-data/index.html');
    expect(page).toContain('is not stated in any document the site could read');
    const html = await readDist('insomnia/your-data/index.html');
    expect(html).toContain('href="https://insomnia.rest/privacy/"');
    expect(html).toContain('app/_landing_pages/insomnia/ai-in-insomnia.yaml');
    expect(html).toContain('src/ui/routes/actions.tsx#L978-L1001');
  });
});

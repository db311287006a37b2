import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { Resolver } from 'node:dns/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, readDist } from '../support/site.ts';
import { DESTINATIONS, DestinationListSchema } from '../../src/schemas/destinations.ts';

/**
 * Where the data goes, on the built site: the "Block it at the network"
 * guide, the published blocklists (read by a real resolver), the data-flow
 * picture, and the answers to the questions readers ask.
 */

const BLOCKED = ['api.segment.io', 'o1147619.ingest.sentry.io', 'cdp-eu.customer.io'];
const LISTS = [
  'insomnia-analytics.hosts',
  'insomnia-analytics.dnsmasq.conf',
  'insomnia-analytics.adblock.txt',
  'insomnia-analytics.txt',
  'insomnia-analytics.rpz',
  'insomnia-analytics.squid.conf',
  'insomnia-analytics.json',
];
const DNSMASQ = process.env['DNSMASQ_PATH'] ?? '/usr/sbin/dnsmasq';

describe('the destinations data', () => {
  it('passes its schema, and lists each host once', () => {
    expect(DestinationListSchema.safeParse(DESTINATIONS).error?.issues ?? []).toEqual([]);
  });
});

describe('the blocklists', () => {
  it.each(LISTS)('%s is published and names the three hosts', async (file) => {
    const text = await readDist(`insomnia/blocklists/${file}`);
    for (const host of BLOCKED) expect(text, host).toContain(host);
    expect(text).not.toContain('api.insomnia.rest\n');
  });

  it.each(LISTS)('%s names no host that is to stay open', async (file) => {
    const text = await readDist(`insomnia/blocklists/${file}`);
    const open = DESTINATIONS.filter((d) => d.blocking === 'keep').map((d) => d.host.replace(/^\*\./, ''));
    expect(open).toEqual(expect.arrayContaining(['gitlab.com', 'raw.githubusercontent.com', 'auth.insomnia.rest']));
    for (const host of open) expect(text, host).not.toContain(host);
  });

  it('keeps Kong’s service open, blocking only its telemetry path in the proxy rules', async () => {
    const squid = await readDist('insomnia/blocklists/insomnia-analytics.squid.conf');
    expect(squid).toContain('acl insomnia_telemetry url_regex -i ^https?://api\\.insomnia\\.rest/v1/telemetry/');
    const json = JSON.parse(await readDist('insomnia/blocklists/insomnia-analytics.json')) as {
      block: { host: string }[];
      blockPathOnly: { host: string; path: string }[];
    };
    expect(json.block.map((b) => b.host)).toEqual(BLOCKED);
    expect(json.blockPathOnly).toEqual([
      expect.objectContaining({ host: 'api.insomnia.rest', path: '/v1/telemetry/' }),
    ]);
  });

  describe('read by a real resolver (dnsmasq)', () => {
    let server: ReturnType<typeof spawn> | undefined;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    let failure = '';

    beforeAll(async () => {
      if (!existsSync(DNSMASQ)) {
        throw new Error(
          `dnsmasq was not found at ${DNSMASQ}. The blocklist tests need it: install it with "apt-get install -y dnsmasq-base", or set DNSMASQ_PATH.`,
        );
      }
      const conf = join(DIST, 'insomnia/blocklists/insomnia-analytics.dnsmasq.conf');
      const check = spawnSync(DNSMASQ, ['--test', `--conf-file=${conf}`], { encoding: 'utf8' });
      failure = check.status === 0 ? '' : check.stderr;
      server = spawn(
        DNSMASQ,
        [
          '--keep-in-foreground',
          '--no-resolv',
          '--no-hosts',
          `--addn-hosts=${join(DIST, 'insomnia/blocklists/insomnia-analytics.hosts')}`,
          '--listen-address=127.0.0.1',
          '--bind-interfaces',
          `--port=${port}`,
          `--pid-file=${join(mkdtempSync(join(tmpdir(), 'dnsmasq-')), 'pid')}`,
          '--user=root',
        ],
        { stdio: 'ignore' },
      );
      await new Promise((ok) => setTimeout(ok, 500));
    });
    afterAll(() => {
      server?.kill();
    });

    it('accepts the dnsmasq file as configuration', () => {
      expect(failure).toBe('');
    });

    it.each(BLOCKED)('answers %s with 0.0.0.0 from the hosts file', async (host) => {
      const resolver = new Resolver({ timeout: 2000, tries: 2 });
      resolver.setServers([`127.0.0.1:${port}`]);
      expect(await resolver.resolve4(host)).toEqual(['0.0.0.0']);
    });

    // The resolver has no upstream here: a host the lists leave open gets no answer from them at all.
    it.each(['gitlab.com', 'raw.githubusercontent.com', 'registry.yarnpkg.com', 'auth.insomnia.rest'])(
      'gives %s no blocked answer: the lists leave it open',
      async (host) => {
        const resolver = new Resolver({ timeout: 2000, tries: 1 });
        resolver.setServers([`127.0.0.1:${port}`]);
        const answer = await resolver.resolve4(host).catch((error: NodeJS.ErrnoException) => error.code);
        expect(answer).not.toEqual(['0.0.0.0']);
        expect(typeof answer).toBe('string');
      },
    );
  });
});

describe('the guide and the pages', () => {
  it('has the "Block it at the network" guide with each host and the steps to check', async () => {
    const html = await readDist('insomnia/block-at-network/index.html');
    for (const host of BLOCKED) expect(html).toContain(`id="host-${host.replaceAll('.', '-')}"`);
    expect(html).toContain('Check that nothing goes out');
    expect(html).toContain('href="/insomnia/blocklists/insomnia-analytics.hosts"');
  });

  it.each(['insomnia/network-activity/index.html'])(
    '%s shows the data-flow picture with its text alternative, in the HTML itself',
    async (page) => {
      const html = await readDist(page);
      // The picture is described by the same arrows in words, shown below it.
      expect(html).toMatch(
        /<svg class="ia-flow"[^>]*role="img"[^>]*aria-labelledby="ia-flow-title" aria-describedby="ia-flow-text"/,
      );
      expect(html).toContain('<ul class="ia-flow-figure__text" id="ia-flow-text">');
      expect(html).toContain('<title id="ia-flow-title">Where the data goes</title>');
      // The stacked drawing for a narrow column, of the same data and described by the same words.
      expect(html).toMatch(
        /<svg class="ia-flow ia-flow--narrow"[^>]*role="img"[^>]*aria-labelledby="ia-flow-narrow-title" aria-describedby="ia-flow-text"/,
      );
      expect(html).toContain('Insomnia app and inso command line → Segment (Twilio) (api.segment.io)');
      for (const name of ['Sentry', 'Customer.io (EU data centre)', 'Kong']) expect(html).toContain(name);
    },
  );

  it('answers each question readers ask, with a source or a plain "not known"', async () => {
    // The pages' text as read: an answer's lines run on as one.
    const read = async (page: string) => (await readDist(page)).replace(/\s+/g, ' ');
    const collected = await read('insomnia/collected-data/index.html');
    const network = await read('insomnia/network-activity/index.html');
    const optOut = await read('insomnia/opt-out/index.html');
    expect(collected).toContain('id="ip-address"');
    expect(collected).toContain('is not stated publicly');
    expect(collected).toContain('kept for up to 90 days');
    expect(collected).toContain('id="what-identifies-me"');
    expect(network).toContain('id="sentry-report-contents"');
    expect(network).toContain('id="offline"');
    expect(network).toContain('id="update-prompts"');
    expect(network).toContain('about when you installed it');
    expect(optOut).toContain('id="what-logged-out-costs"');
    expect(optOut).toContain('id="inso-in-ci"');
  });

  it('gives each host the role its code shows: the learning banner’s file is no account, sync or update service', async () => {
    const html = (await readDist('insomnia/network-activity/index.html')).replace(/\s+/g, ' ');
    const entry = /<h3 id="host-storage-googleapis-com">(.*?)<\/h3>/.exec(html)?.[1] ?? '';
    expect(entry).toContain('A public file of Kong’s, fetched for the app');
    expect(entry).not.toContain('account, sync, updates');
    expect(html).toContain('<code>inapp-learning.json</code>');
  });

  it('states the real counts of event names, and no example says "protocol": "http"', async () => {
    const collected = await readDist('insomnia/collected-data/index.html');
    expect(collected).toContain('24 names in Insomnia 8.2.0, 34 in 10.1.1 and 138 in');
    expect(collected).toContain('plus 5 for the');
    const example = await readDist('insomnia/examples/request-executed-2026.json');
    expect(example).toContain('"protocol": "Request"');
    expect(`${collected}${example}`).not.toMatch(/"protocol":\s*"http"/);
  });
});

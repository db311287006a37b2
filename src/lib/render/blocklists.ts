import { BLOCKING, type Destination } from '../../schemas/destinations.ts';

/**
 * The blocklists the site publishes, each written from the destinations data
 * in the format one kind of resolver, filter or proxy reads. Every list names
 * the same hosts: those whose only job is to collect data about you.
 */

export interface Blocklist {
  /** The file name, e.g. `insomnia-analytics.hosts`. */
  readonly file: string;
  /** What reads it, for the page that links it. */
  readonly title: string;
  readonly usage: string;
  readonly contentType: string;
  readonly render: (block: readonly Destination[], keepPaths: readonly Destination[], site: string) => string;
}

const header = (comment: string, site: string, block: readonly Destination[]) =>
  [
    `${comment} Insomnia analytics blocklist: ${block.map((d) => d.host).join(', ')}.`,
    `${comment} Stops usage analytics, error reports and marketing messages; login, sync, updates and AI keep working.`,
    `${comment} Generated from the documented destinations: ${site}/insomnia/block-at-network/`,
  ].join('\n');

export const BLOCKLISTS: readonly Blocklist[] = [
  {
    file: 'insomnia-analytics.hosts',
    title: 'Hosts file',
    usage: 'Append to /etc/hosts (macOS, Linux) or C:\\Windows\\System32\\drivers\\etc\\hosts (Windows).',
    contentType: 'text/plain; charset=utf-8',
    render: (block, _keep, site) =>
      `${header('#', site, block)}\n${block.flatMap((d) => [`0.0.0.0 ${d.host}`, `:: ${d.host}`]).join('\n')}\n`,
  },
  {
    file: 'insomnia-analytics.dnsmasq.conf',
    title: 'dnsmasq',
    usage: 'Put in /etc/dnsmasq.d/ and restart dnsmasq; it blocks each host and its subdomains.',
    contentType: 'text/plain; charset=utf-8',
    render: (block, _keep, site) =>
      `${header('#', site, block)}\n${block.flatMap((d) => [`address=/${d.host}/0.0.0.0`, `address=/${d.host}/::`]).join('\n')}\n`,
  },
  {
    file: 'insomnia-analytics.adblock.txt',
    title: 'Pi-hole and AdGuard Home',
    usage:
      'Add the file’s URL as a blocklist (Pi-hole: Adlists; AdGuard Home: Filters → DNS blocklists), or paste the lines as custom rules.',
    contentType: 'text/plain; charset=utf-8',
    render: (block, _keep, site) => `${header('!', site, block)}\n${block.map((d) => `||${d.host}^`).join('\n')}\n`,
  },
  {
    file: 'insomnia-analytics.txt',
    title: 'Plain list of domains',
    usage: 'One host per line, for any tool that takes a list of domains (firewalls, DNS filters, MDM profiles).',
    contentType: 'text/plain; charset=utf-8',
    render: (block) => `${block.map((d) => d.host).join('\n')}\n`,
  },
  {
    file: 'insomnia-analytics.rpz',
    title: 'DNS policy (Response Policy Zone)',
    usage:
      'For an organisation’s resolver (BIND, Unbound, Knot, PowerDNS, Infoblox): load as a response policy zone; each host answers NXDOMAIN.',
    contentType: 'text/plain; charset=utf-8',
    render: (block, _keep, site) =>
      [
        header(';', site, block),
        '$TTL 3600',
        '@ IN SOA localhost. hostmaster.localhost. 1 3600 600 86400 3600',
        '@ IN NS localhost.',
        ...block.flatMap((d) => [`${d.host} CNAME .`, `*.${d.host} CNAME .`]),
        '',
      ].join('\n'),
  },
  {
    file: 'insomnia-analytics.squid.conf',
    title: 'Web proxy (Squid)',
    usage:
      'For an organisation’s proxy. The host rules work on any proxy; the telemetry path rule needs TLS inspection (SSL bump), because a proxy that does not decrypt sees only host names.',
    contentType: 'text/plain; charset=utf-8',
    render: (block, keep, site) =>
      [
        header('#', site, block),
        `acl insomnia_analytics dstdomain ${block.map((d) => `.${d.host}`).join(' ')}`,
        'http_access deny insomnia_analytics',
        ...keep.flatMap((d) => [
          `# ${BLOCKING['path-only']}`,
          `acl insomnia_telemetry url_regex -i ^https?://${d.host.replaceAll('.', '\\.')}${d.path ?? ''}`,
          'http_access deny insomnia_telemetry',
        ]),
        '',
      ].join('\n'),
  },
  {
    file: 'insomnia-analytics.json',
    title: 'JSON',
    usage: 'For scripts: each host with what it carries, what blocking it costs, and sources.',
    contentType: 'application/json; charset=utf-8',
    render: (block, keep, site) =>
      `${JSON.stringify(
        {
          description: 'Hosts the Insomnia app sends usage analytics, error reports and marketing data to.',
          documentation: `${site}/insomnia/block-at-network/`,
          block: block.map((d) => ({
            host: d.host,
            operator: d.operator,
            carries: d.data,
            ifBlocked: d.ifBlocked,
            sources: d.sources.map((s) => s.url),
          })),
          blockPathOnly: keep.map((d) => ({ host: d.host, path: d.path, why: BLOCKING['path-only'] })),
        },
        null,
        2,
      )}\n`,
  },
];

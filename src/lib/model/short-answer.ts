import { blockedHosts } from '../../schemas/destinations.ts';

/**
 * The site's short answer, in three lines: each a bold lead and the rest, in
 * which `backticks` mark code. The home page, the pages with `short_answer`
 * and their Markdown copies all say it from here.
 */
export interface AnswerLine {
  readonly lead: string;
  readonly rest: string;
}

export function shortAnswer(): readonly AnswerLine[] {
  const hosts = blockedHosts().map((d) => `\`${d.host}\``);
  const list = hosts.length > 1 ? `${hosts.slice(0, -1).join(', ')} and ${hosts.at(-1)}` : (hosts[0] ?? '');
  return [
    { lead: 'On by default.', rest: 'Log out and untick “Send Anonymous Usage Statistics” to stop it.' },
    { lead: 'Logged in, you cannot opt out:', rest: 'the app sends it whatever the setting says.' },
    { lead: 'To stop it for everyone,', rest: `block ${list}.` },
  ];
}

/** The short answer as Markdown, for the pages' plain copies. */
export function shortAnswerMarkdown(): string {
  return ['**The short answer**', '', ...shortAnswer().map((l) => `- **${l.lead}** ${l.rest}`)].join('\n');
}

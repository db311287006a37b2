import { describe, expect, it } from 'vitest';
import { filterCatalog, type CatalogFilterEntry } from '../../../src/lib/model/catalog-filter.ts';

const EVENTS: CatalogFilterEntry[] = [
  {
    id: 'event-request-executed',
    text: 'Request Executed mimeType auth_type',
    sentIn: ['8.2.0', '8.6.1', '9.3.3', '10.1.1', '2026'],
  },
  { id: 'event-app-started', text: 'App Started', sentIn: ['2026-spring', '2026'] },
  { id: 'event-invite-sent', text: 'Invite Sent Invite Member', sentIn: ['9.3.3'] },
  { id: 'event-kong-connected', text: 'Kong Connected', sentIn: [] },
];

describe('the event catalog’s filter', () => {
  it.each([
    ['an empty query and no release leave every event', '', '', EVENTS.map((e) => e.id)],
    ['a word of the name, in any case', 'executed', '', ['event-request-executed']],
    ['a property’s key', 'MIMETYPE', '', ['event-request-executed']],
    ['every word must match, in any order', 'started app', '', ['event-app-started']],
    ['a former name', 'invite member', '', ['event-invite-sent']],
    ['a release alone: the events it sends', '', '9.3.3', ['event-request-executed', 'event-invite-sent']],
    ['a release and a query', 'invite', '2026', []],
    ['a query no event has', 'telemetry ping', '', []],
    ['a release no event is sent in', '', '1.0.0', []],
  ])('%s', (_, query, release, ids) => {
    expect([...filterCatalog(EVENTS, query, release)]).toEqual(ids);
  });
});

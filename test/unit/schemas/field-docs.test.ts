import { describe, expect, it } from 'vitest';
import { EVENTS, EVENT_NAMES } from '../../../src/schemas/events.ts';
import { SENSITIVITY, SET_BY } from '../../../src/schemas/field-doc.ts';
import { buildFieldTree, eventFieldTree, flattenTree, schemaAt } from '../../../src/lib/model/field-tree.ts';
import { z } from '../../../src/schemas/zod.ts';
import { catalogEvents } from '../../../src/lib/model/event-catalog.ts';
import { callSiteSources, eventHistory, RELEASES } from '../../../src/lib/model/history.ts';

const allFields = EVENTS.flatMap((spec) =>
  flattenTree(eventFieldTree(spec.name)).map((node) => ({ event: spec.name, node })),
);
/** Each documented field once: the envelope fields are shared by every event. */
const everyField = [...new Map(allFields.map((f) => [`${f.node.path} ${f.node.doc.description}`, f])).values()];

describe('field documentation', () => {
  it('covers every field of every event', () => {
    // eventFieldTree throws on the first field without documentation.
    expect(allFields.length).toBeGreaterThan(EVENTS.length * 20);
  });

  it.each(everyField.map(({ event, node }) => [`${event} → ${node.path}`, event, node] as const))(
    '%s has a description, setter, sensitivity and source',
    (_, event, node) => {
      expect(node.doc.description.trim().length).toBeGreaterThan(10);
      expect(Object.keys(SET_BY)).toContain(node.doc.setBy);
      expect(Object.keys(SENSITIVITY)).toContain(node.doc.sensitivity);
      // A property of an event may cite only the line of code that sends it, which the snapshots hold.
      const key = node.path.startsWith('properties.') ? node.path.split('.')[1] : undefined;
      const fromCode = key === undefined ? [] : callSiteSources(event, key);
      expect(node.doc.sources.length + fromCode.length).toBeGreaterThan(0);
      for (const source of [...node.doc.sources, ...fromCode]) {
        expect(source.url).toMatch(
          /^https:\/\/github\.com\/(Kong\/insomnia|segmentio\/(segment-docs|analytics-next))\//,
        );
        expect(source.label.length).toBeGreaterThan(5);
      }
    },
  );

  it('words the format of every value the schema checks with a pattern', () => {
    const leaves = everyField.filter(({ node }) => node.children.length === 0);
    const unworded = leaves.filter(({ event, node }) => {
      const schema = schemaAt(event, node.path.split('.'));
      const json = JSON.stringify(schema ? z.toJSONSchema(schema, { io: 'input' }) : {});
      const patterned = json.includes('"pattern"') && !json.includes('"format":"date-time"');
      return patterned && node.doc.format === undefined;
    });
    expect(unworded.map(({ node }) => node.path)).toEqual([]);
  });

  it('fails loudly when a field lacks documentation', () => {
    expect(() => buildFieldTree({ secret: z.string() })).toThrowErrorMatchingInlineSnapshot(
      `[Error: The field "secret" of AnalyticsEventSchema has no documentation. Wrap its schema in documented(…) in src/schemas/.]`,
    );
  });

  it('documents the redacted write key as redacted', () => {
    const writeKey = flattenTree(eventFieldTree('Request Executed')).find((n) => n.path === 'writeKey');
    expect(writeKey?.doc.redacted).toBe(true);
  });
});

describe('event catalog', () => {
  it('knows every event name of the facts: 138 of 2026, two old names of 10.1.1 and five of inso', () => {
    expect(EVENT_NAMES).toHaveLength(145);
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length);
    for (const name of [
      'Environment Workspace Created',
      'Invite Member',
      'inso_script',
      'first-request-pane-collection-changed',
      'Scratchpad Selected at Login',
    ]) {
      expect(EVENT_NAMES).toContain(name);
    }
  });

  it('has every name of 8.2.0 (24) and 10.1.1 (34), as the snapshots of those releases define them', () => {
    const defined = (release: string) =>
      EVENTS.filter((e) => eventHistory(e.name).defined.some((r) => r.release === release));
    expect(defined('8.2.0')).toHaveLength(24);
    expect(defined('10.1.1')).toHaveLength(34);
    expect(RELEASES.map((r) => r.release)).toEqual(['8.2.0', '8.6.1', '9.3.3', '10.1.1', '2026-spring', '2026']);
  });

  it('invents no properties for events no code read sends', () => {
    for (const event of catalogEvents().filter((e) =>
      ['not-resolved', 'no-call-site', 'not-found'].includes(e.status),
    )) {
      expect(Object.keys(event.spec.shape), event.spec.name).toEqual([]);
    }
  });

  it('has strict properties for each event the issue names', () => {
    const confirmed = catalogEvents()
      .filter((e) => e.status === 'confirmed')
      .map((e) => e.spec.name);
    expect(confirmed).toEqual(
      expect.arrayContaining([
        'Request Executed',
        'App Started',
        'Request Created',
        'Data Exported',
        'Data Imported',
        'VCS Sync Started',
        'VCS Sync Completed',
        'VCS Action Executed',
        'Collection Run Executed',
        'Button Clicked',
        'Invite Member',
        'Mock Created',
        'kong-konnect-sync-completed',
      ]),
    );
    expect(catalogEvents().find((e) => e.spec.name === 'Analytics Disabled')?.status).toBe('none');
  });
});

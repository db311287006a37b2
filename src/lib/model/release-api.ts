import { z } from '../../schemas/zod.ts';
import {
  ReleaseFileSchema,
  ReleaseIndexSchema,
  type ReleaseFile,
  type ReleaseIndex,
} from '../../schemas/release-api.ts';
import type { PropertyFinding, SourceLocation, Unresolved } from '../../schemas/snapshot.ts';
import { SITE } from '../../site-config.ts';
import { releasePageUrl } from './anchors.ts';
import { callSitesOf, RELEASES, sourceAt, unresolvedOf, type Release } from './history.ts';

/**
 * The public JSON of the releases read, built from their snapshots: the
 * index, one file per release, and the JSON Schemas of both, generated from
 * their zod schemas. Build-time only.
 */

/** Where the files are published. */
export const API = {
  index: '/api/insomnia/releases.json',
  release: (release: string) => `/api/insomnia/releases/${release}.json`,
  releaseSchema: '/api/insomnia/release.schema.json',
  indexSchema: '/api/insomnia/releases.schema.json',
} as const;

const absolute = (path: string) => new URL(path, `${SITE.url}/`).href;

function place(release: Release, at: SourceLocation) {
  return { file: at.file, line: at.line, url: sourceAt(release, at).url };
}

function property(release: Release, p: PropertyFinding) {
  return {
    key: p.key,
    value: p.value,
    at: place(release, p.at),
    conditional: p.conditional,
    ...(p.when === undefined ? {} : { when: p.when }),
    ...(p.via === undefined ? {} : { via: p.via }),
    ...(p.resolution ? { resolution: p.resolution.map((r) => ({ text: r.text, at: place(release, r.at) })) } : {}),
  };
}

function unresolved(release: Release, u: Unresolved) {
  return { at: place(release, u.at), what: u.what, text: u.text, ...(u.events ? { events: u.events } : {}) };
}

/** The fields every release entry has; `page` only when the site has release pages (it has an event catalog). */
function releaseFields(release: Release, pages: boolean) {
  const { snapshot } = release;
  return {
    release: release.release,
    label: release.label,
    complete: release.complete,
    ...(snapshot.date ? { date: snapshot.date } : {}),
    ...(snapshot.commit ? { commit: snapshot.commit } : {}),
    ...(pages ? { page: absolute(releasePageUrl(release.release)) } : {}),
  };
}

/** One release's file. */
export function releaseFile(release: Release, pages: boolean): ReleaseFile {
  const { snapshot } = release;
  return ReleaseFileSchema.parse({
    $schema: absolute(API.releaseSchema),
    ...releaseFields(release, pages),
    ...(snapshot.files ? { files: snapshot.files } : {}),
    events: snapshot.eventNames.map((e) => ({
      name: e.name,
      sending: e.sending,
      definitions: e.definitions.map((d) => ({ enum: d.enum, member: d.member, at: place(release, d.at) })),
      callSites: callSitesOf(release, e.name).map((c) => ({
        at: place(release, c.at),
        via: c.via,
        sink: c.sink,
        events: c.events,
        properties: c.properties.map((p) => property(release, p)),
      })),
      unresolved: unresolvedOf(release, e.name).map((u) => unresolved(release, u)),
    })),
    commonProperties: snapshot.commonProperties.map((p) => property(release, p)),
    pageViews: snapshot.pageViews.map((p) => ({ at: place(release, p.at), via: p.via, name: p.name })),
    identify: snapshot.identify.map((i) => ({
      at: place(release, i.at),
      userId: i.userId,
      traits: i.traits.map((t) => property(release, t)),
    })),
    unresolved: snapshot.unresolved.map((u) => unresolved(release, u)),
    syntaxErrors: snapshot.syntaxErrors.map((s) => ({ at: place(release, s.at), message: s.message })),
  });
}

/** The index of every release read, oldest first. */
export function releaseIndex(pages: boolean): ReleaseIndex {
  return ReleaseIndexSchema.parse({
    $schema: absolute(API.indexSchema),
    releases: RELEASES.map((release) => ({
      ...releaseFields(release, pages),
      file: absolute(API.release(release.release)),
      events: release.snapshot.eventNames.length,
      sent: release.snapshot.eventNames.filter((e) => e.sending === 'sent').length,
    })),
  });
}

/** A zod schema as JSON Schema 2020-12, with the URL it is published at as its `$id`. */
function jsonSchema(schema: z.ZodType, path: string): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>),
    $id: absolute(path),
  };
}

export const releaseFileJsonSchema = () => jsonSchema(ReleaseFileSchema, API.releaseSchema);
export const releaseIndexJsonSchema = () => jsonSchema(ReleaseIndexSchema, API.indexSchema);

/** A JSON response, as the site's other endpoints write them. */
export function jsonResponse(data: unknown, type = 'application/json'): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': type } });
}

/**
 * The ids and URLs of things on the site: FAQ questions, fields, events,
 * properties and examples. No dependencies, so the browser scripts share them
 * with the build.
 */

/**
 * A slug of a text: letters and digits of any script, joined by hyphens, e.g.
 * `Does Scratch Pad send data?` → `does-scratch-pad-send-data`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The anchor of a FAQ question: its `id` when front matter pins one, else a slug of its text. */
export function faqAnchor(item: { readonly q: string; readonly id?: string | undefined }): string {
  return item.id ?? slugify(item.q);
}

/** The id of a field's entry in the field reference, e.g. `field-context.os.name`. */
export function fieldAnchor(path: string): string {
  return `field-${path}`;
}

/** The field path an entry's id or a link's fragment names (`#field-context.os.name` → `context.os.name`). */
export function fieldPathOf(anchor: string): string | undefined {
  const id = decodeURIComponent(anchor.replace(/^#/, ''));
  return id.startsWith('field-') ? id.slice('field-'.length) : undefined;
}

/** Array items share their field's entry: `a[0].b` → `a.b`. */
export function schemaPath(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** The slug of an event name, e.g. `request-executed`. */
export function eventSlug(name: string): string {
  return slugify(name);
}

/** The anchor of an event's row in the catalog, e.g. `event-request-executed`. */
export function eventAnchor(name: string): string {
  return `event-${eventSlug(name)}`;
}

/** The anchor of a property on its event's page, e.g. `property-mimeType`. */
export function propertyAnchor(property: string): string {
  return `property-${property}`;
}

/** The anchor of a property every event carries, in the catalog, e.g. `event-common.platform`. */
export function commonPropertyAnchor(property: string): string {
  return `event-common.${property}`;
}

/** The URL of an event's page under the catalog, e.g. `/insomnia/events/request-executed/`. */
export function eventPageUrl(catalog: string, name: string): string {
  return `${catalog}${eventSlug(name)}/`;
}

/** The anchor of an example payload on its page, from its id: `example-request-executed-2026`. */
export function exampleAnchor(exampleId: string): string {
  return `example-${slugify(exampleId.split('/').pop() ?? exampleId)}`;
}

/** The URL of the page that shows what one release read sends, e.g. `/insomnia/releases/10.1.1/`. */
export function releasePageUrl(release: string): string {
  return `/insomnia/releases/${release}/`;
}

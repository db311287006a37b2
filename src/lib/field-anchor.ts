/**
 * The anchors of field entries in the field reference. No dependencies, so
 * the browser scripts share them with the build.
 */

/** The id of a field's entry in the field reference, e.g. `field-context.os.name`. */
export function fieldAnchor(path: string): string {
  return `field-${path}`;
}

/** Array items share their field's entry: `a[0].b` → `a.b`. */
export function schemaPath(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

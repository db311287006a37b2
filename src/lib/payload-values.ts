/**
 * The values of a payload by dotted path, as short JSON text: scalars and
 * arrays get an entry, objects only mark their path as present.
 */
export function payloadValues(payload: unknown): { present: Set<string>; values: Map<string, string> } {
  const present = new Set<string>();
  const values = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (path) present.add(path);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    if (path) {
      const text = JSON.stringify(value);
      values.set(path, text.length > 100 ? `${text.slice(0, 99)}…` : text);
    }
  };
  walk(payload, '');
  return { present, values };
}

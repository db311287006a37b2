/** The dotted paths of every field a payload has, objects included (`context`, `context.os`, …). */
export function presentPaths(payload: unknown): Set<string> {
  const present = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (path) present.add(path);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(payload, '');
  return present;
}

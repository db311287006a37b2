import type { z } from '../../schemas/zod.ts';
import { EVENT_SCHEMAS, EnvelopeSchema } from '../../schemas/analytics-event.ts';
import { fieldDocs, type FieldDoc } from '../../schemas/field-doc.ts';

/** One documented field of the analytics event, with its nested fields. */
export interface FieldNode {
  /** Dotted path from the event's root, e.g. `context.os.name`; also the deep-link id (`#field-<path>`). */
  readonly path: string;
  /** The key itself, e.g. `name`. */
  readonly name: string;
  /** Whether every event of this kind has the field. */
  readonly required: boolean;
  /** The value's type in words, derived from the schema, e.g. `integer ≥ 0` or `string or null`. */
  readonly type: string;
  readonly doc: FieldDoc;
  readonly children: readonly FieldNode[];
}

type AnyZod = z.core.$ZodType;

/** Structural view of the zod 4 definitions the walker reads. */
interface Def {
  readonly type: string;
  readonly innerType?: AnyZod;
  readonly shape?: Record<string, AnyZod>;
  readonly element?: AnyZod;
  readonly values?: readonly unknown[];
  readonly entries?: Record<string, unknown>;
}

function defOf(schema: AnyZod): Def {
  return (schema as unknown as { def: Def }).def;
}

function unwrap(schema: AnyZod): AnyZod {
  let cur = schema;
  for (;;) {
    const def = defOf(cur);
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) cur = def.innerType;
    else return cur;
  }
}

function isOptional(schema: AnyZod): boolean {
  return defOf(schema).type === 'optional';
}

/** The object shape a schema holds, after unwrapping optional and nullable. */
function shapeOf(schema: AnyZod): Record<string, AnyZod> | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? def.shape : undefined;
}

/** The type of a field in words, from its schema. */
export function describeType(schema: AnyZod): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return describeType(def.innerType as AnyZod);
    case 'nullable':
      return `${describeType(def.innerType as AnyZod)} or null`;
    case 'string':
      return 'string';
    case 'number': {
      const n = schema as unknown as { isInt?: boolean; minValue?: number | null };
      const base = n.isInt ? 'integer' : 'number';
      if (typeof n.minValue === 'number' && Number.isFinite(n.minValue) && n.minValue > Number.MIN_SAFE_INTEGER) {
        return `${base} ≥ ${n.minValue}`;
      }
      return base;
    }
    case 'boolean':
      return 'boolean';
    case 'literal':
      return (def.values ?? []).map((v) => JSON.stringify(v)).join(' or ');
    case 'enum':
      return `one of ${Object.values(def.entries ?? {})
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'array':
      return `array of ${describeType(def.element as AnyZod)}s`;
    case 'object':
    case 'record':
      return 'object';
    default:
      return def.type;
  }
}

function docOf(schema: AnyZod, path: string): FieldDoc {
  const doc = fieldDocs.get(schema);
  if (!doc) {
    throw new Error(
      `The field "${path}" of AnalyticsEventSchema has no documentation. Wrap its schema in documented(…) in src/schemas/.`,
    );
  }
  return doc;
}

/** Builds the documented tree of an object shape. Throws when a field lacks documentation. */
export function buildFieldTree(shape: Readonly<Record<string, AnyZod>>, prefix = ''): FieldNode[] {
  return Object.entries(shape).map(([name, schema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const inner = shapeOf(schema);
    return {
      path,
      name,
      required: !isOptional(schema),
      type: describeType(schema),
      doc: docOf(schema, path),
      children: inner ? buildFieldTree(inner, path) : [],
    };
  });
}

const treeCache = new Map<string, readonly FieldNode[]>();

/**
 * The full field tree of one event: the envelope every event shares, with the
 * `properties` of that event. Computed once per event name.
 */
export function eventFieldTree(eventName: string): readonly FieldNode[] {
  const cached = treeCache.get(eventName);
  if (cached) return cached;
  const schema = EVENT_SCHEMAS.get(eventName);
  if (!schema) throw new Error(`"${eventName}" is not a known event name.`);
  const tree = buildFieldTree(schema.shape);
  treeCache.set(eventName, tree);
  return tree;
}

const pathCache = new Map<string, ReadonlySet<string>>();

/** The dotted paths of every field of one event, computed once per event name. */
export function eventFieldPaths(eventName: string): ReadonlySet<string> {
  let paths = pathCache.get(eventName);
  if (!paths) {
    paths = new Set(flattenTree(eventFieldTree(eventName)).map((n) => n.path));
    pathCache.set(eventName, paths);
  }
  return paths;
}

/** Every node of a tree, depth first, in document order. */
export function flattenTree(nodes: readonly FieldNode[]): FieldNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

function rootShape(eventName: string | undefined): Record<string, AnyZod> {
  const member = eventName === undefined ? undefined : EVENT_SCHEMAS.get(eventName);
  return (member ?? EnvelopeSchema).shape;
}

/**
 * The schema of the field at `path` of an event (of any known event when the
 * name is unknown), or `undefined` when the schema has no such field.
 */
export function schemaAt(eventName: string | undefined, path: readonly PropertyKey[]): AnyZod | undefined {
  let shape: Record<string, AnyZod> | undefined = rootShape(eventName);
  let schema: AnyZod | undefined;
  for (const segment of path) {
    schema = shape?.[String(segment)];
    if (!schema) return undefined;
    shape = shapeOf(schema);
  }
  return schema;
}

/**
 * The keys the schema allows in the object at `path`. Used to say what was
 * expected when a payload has an unknown field.
 */
export function allowedKeysAt(eventName: string | undefined, path: readonly PropertyKey[]): string[] {
  const schema = path.length === 0 ? undefined : schemaAt(eventName, path);
  const shape = path.length === 0 ? rootShape(eventName) : schema && shapeOf(schema);
  return shape ? Object.keys(shape) : [];
}

/** What a field expects, in words: its type and, where the schema checks one, its format. */
export function expectationAt(eventName: string | undefined, path: readonly PropertyKey[]): string | undefined {
  const schema = schemaAt(eventName, path);
  if (!schema) return undefined;
  const format = fieldDocs.get(schema)?.format;
  const type = describeType(schema);
  return format ? `${type}: ${format}` : type;
}

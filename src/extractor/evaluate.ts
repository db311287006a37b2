import ts from 'typescript';
import type { PropertyFinding, SourceLocation, Unresolved } from '../schemas/snapshot.ts';
import type { Scopes } from './scope.ts';
import { type Declaration } from './scope.ts';
import { SourceTree } from './source-tree.ts';

/**
 * Evaluates the two arguments of an analytics call as far as the syntax
 * allows: the event name (an enum member, a string, a variable or conditional
 * that holds one of several) and the keys of the properties (object literals,
 * shorthand keys, spreads of objects and of helper functions, variables built
 * before the call, conditional spreads, keys known only from a type).
 * Whatever it cannot follow becomes an `Unresolved` with its place.
 */

/** An argument of a wrapper's call, bound to the wrapper's parameter while its body is read. */
export interface Binding {
  readonly expression: ts.Expression | undefined;
  readonly context: Context;
}

/** Where an expression is read: its file, and the wrapper parameters bound so far. */
export interface Context {
  readonly file: string;
  readonly bindings: ReadonlyMap<ts.ParameterDeclaration, Binding>;
}

/** An event enum: its name and the value of each member. */
export interface EventEnum {
  readonly name: string;
  readonly file: string;
  readonly node: ts.EnumDeclaration;
  readonly values: ReadonlyMap<string, string>;
}

export interface EventNames {
  readonly names: string[];
  readonly unresolved: Unresolved[];
  /** The name comes from a parameter of the enclosing function that no call has bound: the function forwards it. */
  readonly forwarded?: ts.ParameterDeclaration;
}

export interface PropertyKeys {
  readonly properties: PropertyFinding[];
  readonly unresolved: Unresolved[];
}

const NONE: PropertyKeys = { properties: [], unresolved: [] };

export function locate(node: ts.Node, file: string): SourceLocation {
  return { file, line: SourceTree.line(node) };
}

function text(node: ts.Node): string {
  return node.getText().replace(/\s+/g, ' ').slice(0, 200);
}

/** A short name for what a spread spreads: `helper()` for a call, else its text. */
function label(expression: ts.Expression): string {
  const e = unwrap(expression);
  return ts.isCallExpression(e) ? `${text(e.expression)}()` : text(e);
}

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

function merge(parts: readonly PropertyKeys[], conditional = false): PropertyKeys {
  return {
    properties: parts.flatMap((p) => p.properties.map((f) => (conditional ? { ...f, conditional: true } : f))),
    unresolved: parts.flatMap((p) => p.unresolved),
  };
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

export class Evaluator {
  /** Enum member references an analytics call has read, so the rest can be reported. */
  readonly consumed = new Set<ts.Node>();

  private readonly scopes: Scopes;
  private readonly enums: ReadonlyMap<ts.EnumDeclaration, EventEnum>;

  constructor(scopes: Scopes, enums: ReadonlyMap<ts.EnumDeclaration, EventEnum>) {
    this.scopes = scopes;
    this.enums = enums;
  }

  /** The event enum a name refers to at a place, following imports. */
  enumAt(name: string, at: ts.Node, file: string): EventEnum | undefined {
    const declaration = this.scopes.resolve(name, at, file);
    return declaration?.kind === 'enum' ? this.enums.get(declaration.node) : undefined;
  }

  // ── Event names ────────────────────────────────────────────────────────────

  eventNames(expression: ts.Expression | undefined, context: Context, depth = 0): EventNames {
    if (!expression) return { names: [], unresolved: [] };
    const e = unwrap(expression);
    const unresolved = (): EventNames => ({
      names: [],
      unresolved: [{ at: locate(e, context.file), what: 'event name', text: text(e) }],
    });
    if (depth > 12) return unresolved();
    if (ts.isStringLiteralLike(e)) return { names: [e.text], unresolved: [] };
    if (ts.isAsExpression(e)) return this.eventNames(e.expression, context, depth + 1);
    if (ts.isConditionalExpression(e)) {
      const a = this.eventNames(e.whenTrue, context, depth + 1);
      const b = this.eventNames(e.whenFalse, context, depth + 1);
      return { names: [...a.names, ...b.names], unresolved: [...a.unresolved, ...b.unresolved] };
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
      const eventEnum = this.enumAt(e.expression.text, e, context.file);
      const value = eventEnum?.values.get(e.name.text);
      if (value !== undefined) {
        this.consumed.add(e);
        return { names: [value], unresolved: [] };
      }
      // `options.event` where `options` is a parameter: the function forwards what it is given.
      const declaration = this.scopes.resolve(e.expression.text, e, context.file);
      if (declaration?.kind === 'parameter') {
        const bound = context.bindings.get(declaration.node);
        if (!bound) return { names: [], unresolved: [], forwarded: declaration.node };
        const object = bound.expression && unwrap(bound.expression);
        if (object && ts.isObjectLiteralExpression(object)) {
          const member = this.member(object, e.name.text);
          return member ? this.eventNames(member, bound.context, depth + 1) : unresolved();
        }
      }
      return unresolved();
    }
    if (ts.isElementAccessExpression(e)) {
      const object = this.objectLiteralOf(e.expression, context);
      if (!object) return unresolved();
      const parts = object.properties.map((p) =>
        ts.isPropertyAssignment(p) ? this.eventNames(p.initializer, context, depth + 1) : unresolved(),
      );
      return { names: parts.flatMap((p) => p.names), unresolved: parts.flatMap((p) => p.unresolved) };
    }
    if (ts.isIdentifier(e)) {
      const declaration = this.scopes.resolve(e.text, e, context.file);
      if (declaration?.kind === 'parameter') {
        const bound = context.bindings.get(declaration.node);
        if (!bound) return { names: [], unresolved: [], forwarded: declaration.node };
        return this.eventNames(bound.expression ?? declaration.node.initializer, bound.context, depth + 1);
      }
      if (declaration?.kind === 'variable') {
        const values = [declaration.node.initializer, ...this.scopes.assignments(declaration.node)];
        const inner = { file: declaration.file, bindings: context.bindings };
        const parts = values
          .filter((v): v is ts.Expression => v !== undefined)
          .map((v) => this.eventNames(v, inner, depth + 1));
        const forwarded = parts.find((p) => p.forwarded)?.forwarded;
        return {
          names: [...new Set(parts.flatMap((p) => p.names))],
          unresolved: parts.flatMap((p) => p.unresolved),
          ...(forwarded ? { forwarded } : {}),
        };
      }
    }
    return unresolved();
  }

  /** An object literal an expression evaluates to: the literal itself, or a variable initialised with one. */
  private objectLiteralOf(expression: ts.Expression, context: Context): ts.ObjectLiteralExpression | undefined {
    const e = unwrap(expression);
    if (ts.isObjectLiteralExpression(e)) return e;
    if (ts.isIdentifier(e)) {
      const declaration = this.scopes.resolve(e.text, e, context.file);
      const init = declaration?.kind === 'variable' ? declaration.node.initializer : undefined;
      if (init) {
        const inner = unwrap(ts.isAsExpression(init) ? init.expression : init);
        if (ts.isObjectLiteralExpression(inner)) return inner;
      }
    }
    return undefined;
  }

  /** The value of a named member of an object literal (`key: value` or shorthand `key`). */
  member(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
    for (const p of object.properties) {
      if (ts.isPropertyAssignment(p) && propertyName(p.name) === key) return p.initializer;
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
    }
    return undefined;
  }

  // ── Property keys ──────────────────────────────────────────────────────────

  /** The keys an expression's object has, each with where its value comes from. */
  keys(expression: ts.Expression | undefined, context: Context, via?: string, depth = 0): PropertyKeys {
    if (!expression) return NONE;
    const e = unwrap(expression);
    const unresolved = (): PropertyKeys => ({
      properties: [],
      unresolved: [{ at: locate(e, context.file), what: 'properties', text: text(e) }],
    });
    if (depth > 12) return unresolved();
    if (ts.isObjectLiteralExpression(e)) return this.objectKeys(e, context, via, depth);
    if (e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined')) return NONE;
    if (ts.isConditionalExpression(e)) {
      return merge(
        [this.keys(e.whenTrue, context, via, depth + 1), this.keys(e.whenFalse, context, via, depth + 1)],
        true,
      );
    }
    if (
      ts.isBinaryExpression(e) &&
      [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind)
    ) {
      return merge([this.keys(e.left, context, via, depth + 1), this.keys(e.right, context, via, depth + 1)], true);
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      return merge([this.keys(e.right, context, via, depth + 1)], true);
    }
    if (ts.isAsExpression(e)) {
      const inner = this.keys(e.expression, context, via, depth + 1);
      if (inner.unresolved.length === 0) return inner;
      const typed = this.typeKeys(e.type, context.file, via, depth + 1);
      return typed.properties.length > 0 ? typed : inner;
    }
    if (ts.isIdentifier(e)) return this.identifierKeys(e, context, via, depth);
    if (ts.isCallExpression(e)) return this.callKeys(e, context, via, depth);
    return unresolved();
  }

  private objectKeys(
    object: ts.ObjectLiteralExpression,
    context: Context,
    via: string | undefined,
    depth: number,
  ): PropertyKeys {
    const parts: PropertyKeys[] = [];
    for (const p of object.properties) {
      const at = locate(p, context.file);
      const found = (key: string, value: string): PropertyKeys => ({
        properties: [{ key, value, at, conditional: false, ...(via ? { via } : {}) }],
        unresolved: [],
      });
      if (ts.isPropertyAssignment(p)) {
        const key = propertyName(p.name);
        parts.push(
          key === undefined
            ? { properties: [], unresolved: [{ at, what: 'property key', text: text(p.name) }] }
            : found(key, text(p.initializer)),
        );
      } else if (ts.isShorthandPropertyAssignment(p)) {
        // A parameter the caller left out is undefined, and JSON leaves an undefined key out.
        if (!this.isLeftOut(p.name, context)) parts.push(found(p.name.text, this.sourceOf(p.name, context)));
      } else if (ts.isSpreadAssignment(p)) {
        // The spread of what a wrapper's caller passed: the caller's own keys, as it wrote them.
        const passedOn = this.isBound(p.expression, context);
        parts.push(
          this.keys(p.expression, context, passedOn ? via : (via ?? `spread of ${label(p.expression)}`), depth + 1),
        );
      } else if (p.name) {
        const key = propertyName(p.name);
        if (key !== undefined) parts.push(found(key, text(p)));
      }
    }
    return merge(parts);
  }

  /**
   * The expression a value comes from, for a reader: a local constant's
   * initializer (a destructured one as `(initializer).key`), a bound argument,
   * or the expression itself.
   */
  sourceOf(expression: ts.Expression, context: Context): string {
    const e = unwrap(expression);
    if (!ts.isIdentifier(e)) return text(e);
    const declaration = this.scopes.resolve(e.text, e, context.file);
    if (declaration?.kind === 'variable' && declaration.node.initializer) {
      let init = unwrap(declaration.node.initializer);
      while (ts.isAsExpression(init)) init = unwrap(init.expression);
      return ts.isIdentifier(declaration.node.name) ? text(init) : `(${text(init)}).${e.text}`;
    }
    if (declaration?.kind === 'parameter') {
      const bound = context.bindings.get(declaration.node);
      if (bound?.expression) return this.sourceOf(bound.expression, bound.context);
    }
    return e.text;
  }

  /** Whether an expression is a wrapper's parameter with an argument bound to it. */
  private isBound(expression: ts.Expression, context: Context): boolean {
    const e = unwrap(expression);
    if (!ts.isIdentifier(e)) return false;
    const declaration = this.scopes.resolve(e.text, e, context.file);
    return declaration?.kind === 'parameter' && context.bindings.has(declaration.node);
  }

  /** Whether a name is a wrapper's parameter that this call leaves out, with no default: `undefined`. */
  private isLeftOut(name: ts.Identifier, context: Context): boolean {
    const declaration = this.scopes.resolve(name.text, name, context.file);
    if (declaration?.kind !== 'parameter') return false;
    const bound = context.bindings.get(declaration.node);
    return bound !== undefined && bound.expression === undefined && declaration.node.initializer === undefined;
  }

  private identifierKeys(e: ts.Identifier, context: Context, via: string | undefined, depth: number): PropertyKeys {
    const declaration = this.scopes.resolve(e.text, e, context.file);
    if (declaration?.kind === 'parameter') {
      const bound = context.bindings.get(declaration.node);
      if (bound) {
        if (bound.expression) return this.keys(bound.expression, bound.context, via, depth + 1);
        if (declaration.node.initializer) return this.keys(declaration.node.initializer, context, via, depth + 1);
        return NONE; // The caller left the argument out.
      }
      if (declaration.node.type) return this.typeKeys(declaration.node.type, declaration.file, via, depth + 1);
    }
    if (declaration?.kind === 'variable') {
      const inner = { file: declaration.file, bindings: context.bindings };
      const initial = this.keys(declaration.node.initializer, inner, via, depth + 1);
      const later = this.scopes.propertyAssignments(declaration.node).map(({ key, value, node }) => ({
        key,
        value: text(value),
        at: locate(node, declaration.file),
        conditional: true,
        ...(via ? { via } : {}),
      }));
      return { properties: [...initial.properties, ...later], unresolved: initial.unresolved };
    }
    return { properties: [], unresolved: [{ at: locate(e, context.file), what: 'properties', text: text(e) }] };
  }

  /** A helper's call: the keys of what its function returns, with its parameters bound to the arguments. */
  private callKeys(call: ts.CallExpression, context: Context, via: string | undefined, depth: number): PropertyKeys {
    const callee = unwrap(call.expression);
    const declaration = ts.isIdentifier(callee) ? this.scopes.resolve(callee.text, callee, context.file) : undefined;
    if (declaration?.kind !== 'function' || !declaration.node.body) {
      return { properties: [], unresolved: [{ at: locate(call, context.file), what: 'properties', text: text(call) }] };
    }
    const fn = declaration.node;
    const bindings = new Map(context.bindings);
    fn.parameters.forEach((parameter, i) => bindings.set(parameter, { expression: call.arguments[i], context }));
    const inner: Context = { file: declaration.file, bindings };
    const labelled = via ?? `returned by ${declaration.name}()`;
    const body = fn.body as ts.ConciseBody;
    const returned = ts.isBlock(body) ? returnedExpressions(body) : [body as ts.Expression];
    const parts = returned.map((r) => this.keys(r, inner, labelled, depth + 1));
    const resolved = merge(parts, returned.length > 1);
    if (resolved.unresolved.length > 0 && fn.type) {
      const typed = this.typeKeys(fn.type, declaration.file, labelled, depth + 1);
      if (typed.properties.length > 0) return typed;
    }
    return resolved;
  }

  /** The keys a type names: an object type, an interface or alias (followed through imports), an intersection. */
  typeKeys(type: ts.TypeNode, file: string, via: string | undefined, depth: number): PropertyKeys {
    const unresolved = (): PropertyKeys => ({
      properties: [],
      unresolved: [{ at: locate(type, file), what: 'properties (type)', text: text(type) }],
    });
    if (depth > 12) return unresolved();
    if (ts.isTypeLiteralNode(type)) return this.memberKeys(type.members, file, via ?? `type ${text(type)}`);
    if (ts.isIntersectionTypeNode(type)) return merge(type.types.map((t) => this.typeKeys(t, file, via, depth + 1)));
    if (ts.isUnionTypeNode(type)) {
      const objects = type.types.filter(
        (t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && t.kind !== ts.SyntaxKind.NullKeyword,
      );
      return merge(
        objects.map((t) => this.typeKeys(t, file, via, depth + 1)),
        objects.length > 1,
      );
    }
    if (ts.isParenthesizedTypeNode(type)) return this.typeKeys(type.type, file, via, depth + 1);
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const name = type.typeName.text;
      if ((name === 'Partial' || name === 'Readonly') && type.typeArguments?.[0]) {
        return merge([this.typeKeys(type.typeArguments[0], file, via, depth + 1)], name === 'Partial');
      }
      const declaration: Declaration | undefined = this.scopes.topLevel(name, file, new Set());
      if (declaration?.kind === 'type') {
        const label = via ?? `type ${name}`;
        const node = declaration.node;
        if (ts.isInterfaceDeclaration(node)) return this.memberKeys(node.members, declaration.file, label);
        return this.typeKeys(node.type, declaration.file, label, depth + 1);
      }
    }
    return unresolved();
  }

  private memberKeys(members: ts.NodeArray<ts.TypeElement>, file: string, via: string): PropertyKeys {
    const properties: PropertyFinding[] = [];
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !m.name) continue;
      const key = propertyName(m.name);
      if (key === undefined) continue;
      properties.push({
        key,
        value: m.type ? text(m.type) : 'unknown',
        at: locate(m, file),
        conditional: Boolean(m.questionToken),
        via,
      });
    }
    return { properties, unresolved: [] };
  }
}

/** The expressions a function body returns (not those of functions nested in it). */
export function returnedExpressions(body: ts.Block): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

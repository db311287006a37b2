import ts from 'typescript';
import type { PropertyFinding, ResolutionStep, SourceLocation, Unresolved } from '../schemas/snapshot.ts';
import { bindingElement, bindingPath, enclosingFunctions, type Declaration, type Scopes } from './scope.ts';
import { SourceTree } from './source-tree.ts';

/**
 * Evaluates the two arguments of an analytics call as far as the syntax
 * allows: the event name (an enum member, a string, a variable or conditional
 * that holds one of several) and the keys of the properties (object literals,
 * shorthand keys, spreads of objects and of helper functions, variables built
 * before the call and changed after their declaration, `Object.assign`,
 * conditional spreads, computed keys from constants, keys known only from a
 * type). For each key it records when it is sent (the conditions on the way to
 * it, and whether its value may be `undefined`) and what its value resolves to.
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

/** A key found while reading, with what is known of when it is sent; written to a snapshot by `finish`. */
export interface Finding {
  readonly key: string;
  readonly value: string;
  readonly at: SourceLocation;
  readonly via?: string;
  /** The code of each condition on the way to the key, outermost first. */
  readonly conditions: readonly string[];
  /** The expression of a value that may be `undefined`, which JSON leaves out with its key. */
  readonly mayBeUndefined?: string;
  readonly resolution?: readonly ResolutionStep[];
}

export interface PropertyKeys {
  readonly properties: Finding[];
  readonly unresolved: Unresolved[];
}

/** What a parameter holds where it is read. */
type ParameterValue =
  | { readonly kind: 'bound'; readonly expression: ts.Expression; readonly context: Context }
  /** The caller left the argument (or the destructured member) out, and there is no default: `undefined`. */
  | { readonly kind: 'left-out' }
  /** No call bound it: the function is read on its own. */
  | { readonly kind: 'unbound' }
  /** Bound to something whose member cannot be picked (a destructured parameter given a non-literal object). */
  | { readonly kind: 'opaque'; readonly text: string; readonly at: SourceLocation };

const NONE: PropertyKeys = { properties: [], unresolved: [] };

/** How deep the evaluator follows variables, helpers and bindings before it reports what it met. */
const MAX_DEPTH = 12;

/** How many steps a value's resolution shows: a short chain, enough to see where a value comes from. */
const MAX_STEPS = 4;

/** Calls of the standard library whose result is `undefined` when nothing is found. */
const MAY_RETURN_UNDEFINED = new Set(['find', 'findLast', 'at', 'pop', 'shift']);

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

/** The negation of a condition, as a reader would write it. */
function negate(condition: ts.Expression): string {
  const e = ts.isParenthesizedExpression(condition) ? condition.expression : condition;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    return text(ts.isParenthesizedExpression(e.operand) ? e.operand.expression : e.operand);
  }
  const simple =
    ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) || ts.isCallExpression(e) || ts.isElementAccessExpression(e);
  return simple ? `!${text(e)}` : `!(${text(e)})`;
}

function merge(parts: readonly PropertyKeys[]): PropertyKeys {
  return { properties: parts.flatMap((p) => p.properties), unresolved: parts.flatMap((p) => p.unresolved) };
}

function withConditions(keys: PropertyKeys, conditions: readonly string[]): PropertyKeys {
  if (conditions.length === 0) return keys;
  return {
    properties: keys.properties.map((f) => ({ ...f, conditions: [...conditions, ...f.conditions] })),
    unresolved: keys.unresolved,
  };
}

/**
 * The keys of one of several alternatives (the branches of a conditional, the
 * returns of a helper, the members of a union): a key every alternative has is
 * sent whichever holds; any other key only when its alternative's condition does.
 */
function either(branches: readonly { readonly keys: PropertyKeys; readonly condition: string }[]): PropertyKeys {
  const everywhere = (key: string) => branches.every((b) => b.keys.properties.some((p) => p.key === key));
  return {
    properties: branches.flatMap((b) =>
      b.keys.properties.map((f) =>
        everywhere(f.key) || b.condition === '' ? f : { ...f, conditions: [b.condition, ...f.conditions] },
      ),
    ),
    unresolved: branches.flatMap((b) => b.keys.unresolved),
  };
}

/** A finding as a snapshot records it. */
export function finish(f: Finding): PropertyFinding {
  const parts = [...new Set(f.conditions)].join(' && ');
  const undefinedPart = f.mayBeUndefined === undefined ? '' : `the value may be undefined: ${f.mayBeUndefined}`;
  const when = [parts, undefinedPart].filter((p) => p !== '').join('; ');
  return {
    key: f.key,
    value: f.value,
    at: f.at,
    conditional: when !== '',
    ...(f.via === undefined ? {} : { via: f.via }),
    ...(when === '' ? {} : { when }),
    ...(f.resolution && f.resolution.length > 0 ? { resolution: [...f.resolution] } : {}),
  };
}

/** Whether a statement always leaves its block: `return`, `throw`, `break`, `continue`, or a block ending in one. */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBreakStatement(statement) || ts.isContinueStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements.at(-1);
    return last !== undefined && exits(last);
  }
  return false;
}

/**
 * The conditions under which `node` is reached from `stop`, outermost first:
 * the `if`s, conditionals, `&&`/`||`/`??` and `case`s it sits in, and the
 * early exits (`if (c) return;`) before it in its blocks. With `withinStop`,
 * the early exits of `stop`'s own block count too (a function body whose
 * returns are read).
 */
export function pathConditions(node: ts.Node, stop: ts.Node, withinStop = false): string[] {
  const found: string[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent === stop && !withinStop) break;
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) found.push(text(parent.expression));
      else if (child === parent.elseStatement) found.push(negate(parent.expression));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) found.push(text(parent.condition));
      else if (child === parent.whenFalse) found.push(negate(parent.condition));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const operator = parent.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) found.push(text(parent.left));
      else if (operator === ts.SyntaxKind.BarBarToken) found.push(negate(parent.left));
      else if (operator === ts.SyntaxKind.QuestionQuestionToken) found.push(`${text(parent.left)} == null`);
    } else if (ts.isCaseClause(parent)) {
      found.push(`${text(parent.parent.parent.expression)} === ${text(parent.expression)}`);
    } else if (ts.isDefaultClause(parent)) {
      found.push(`no case of switch (${text(parent.parent.parent.expression)}) matches`);
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      const statements: readonly ts.Statement[] = parent.statements;
      const index = statements.indexOf(child as ts.Statement);
      // Read backwards so that, reversed with the rest, the earlier exit comes first.
      for (let i = index - 1; i >= 0; i--) {
        const before = statements[i];
        if (before && ts.isIfStatement(before) && !before.elseStatement && exits(before.thenStatement)) {
          found.push(negate(before.expression));
        }
      }
    }
    if (parent === stop || ts.isFunctionLike(parent)) break;
  }
  return [...new Set(found.reverse())];
}

/** An expression's text with optional chaining read as plain access, to compare a guard with a use. */
function normalized(node: ts.Node): string {
  return node
    .getText()
    .replace(/\?\.(?=[[(])/g, '')
    .replace(/\?\./g, '.')
    .replace(/\s+/g, '');
}

/** `x` and the bases it is reached through (`a.b.c` → `a.b.c`, `a.b`, `a`): none is nullish when `x` holds. */
function chainOf(expression: ts.Expression): string[] {
  const found: string[] = [];
  for (let e: ts.Expression | undefined = expression; e;) {
    e = unwrap(e);
    found.push(normalized(e));
    e =
      ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isCallExpression(e)
        ? e.expression
        : undefined;
  }
  return found;
}

function isUndefinedOrNull(e: ts.Expression): boolean {
  const u = unwrap(e);
  return (ts.isIdentifier(u) && u.text === 'undefined') || u.kind === ts.SyntaxKind.NullKeyword;
}

/** What is known not to be nullish when `condition` holds (`true`) or fails (`false`). */
function definedWhen(condition: ts.Expression, holds: boolean): string[] {
  const c = unwrap(condition);
  if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
    return definedWhen(c.operand, !holds);
  }
  if (ts.isBinaryExpression(c)) {
    const operator = c.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) {
      return holds ? [...definedWhen(c.left, true), ...definedWhen(c.right, true)] : [];
    }
    if (operator === ts.SyntaxKind.BarBarToken) {
      return holds ? [] : [...definedWhen(c.left, false), ...definedWhen(c.right, false)];
    }
    const equal = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(operator);
    const unequal = [ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(
      operator,
    );
    if (!equal && !unequal) {
      if (holds && (operator === ts.SyntaxKind.InKeyword || operator === ts.SyntaxKind.InstanceOfKeyword)) {
        return chainOf(operator === ts.SyntaxKind.InKeyword ? c.right : c.left);
      }
      return [];
    }
    const left = unwrap(c.left);
    if (ts.isTypeOfExpression(left) && ts.isStringLiteral(unwrap(c.right))) {
      const isUndefined = (unwrap(c.right) as ts.StringLiteral).text === 'undefined';
      // `typeof x === 'string'` holding, or `typeof x === 'undefined'` failing, leaves `x` defined.
      return (equal === holds) !== isUndefined ? chainOf(left.expression) : [];
    }
    // `x !== undefined` holding, or `x === undefined` failing.
    if (isUndefinedOrNull(c.right) && equal !== holds) return chainOf(c.left);
    if (isUndefinedOrNull(c.left) && equal !== holds) return chainOf(c.right);
    return [];
  }
  return holds ? chainOf(c) : [];
}

/**
 * What is known not to be nullish where `node` sits: the guards of the `if`s,
 * conditionals and `&&`/`||` it is in, and, before it in its blocks, early
 * exits (`if (!x) return;`) and assertions (`invariant(x, …)`).
 */
function knownDefined(node: ts.Node): Set<string> {
  const found: string[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression) {
      found.push(...definedWhen(parent.expression, child === parent.thenStatement));
    } else if (ts.isConditionalExpression(parent) && child !== parent.condition) {
      found.push(...definedWhen(parent.condition, child === parent.whenTrue));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const operator = parent.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) found.push(...definedWhen(parent.left, true));
      else if (operator === ts.SyntaxKind.BarBarToken) found.push(...definedWhen(parent.left, false));
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      const statements: readonly ts.Statement[] = parent.statements;
      for (const before of statements.slice(0, Math.max(0, statements.indexOf(child as ts.Statement)))) {
        if (ts.isIfStatement(before) && !before.elseStatement && exits(before.thenStatement)) {
          found.push(...definedWhen(before.expression, false));
        } else if (ts.isExpressionStatement(before) && ts.isCallExpression(before.expression)) {
          const call = before.expression;
          const callee = ts.isIdentifier(call.expression) ? call.expression.text : '';
          if (ASSERTIONS.has(callee) && call.arguments[0]) found.push(...definedWhen(call.arguments[0], true));
        }
      }
    }
    if (ts.isFunctionLike(parent)) break;
  }
  return new Set(found);
}

/** Calls that throw unless their first argument holds. */
const ASSERTIONS = new Set(['invariant', 'assert', 'ok']);

/** The nearest node that holds both `a` and `b`, when they are in one file. */
function commonAncestor(a: ts.Node, b: ts.Node): ts.Node | undefined {
  if (a.getSourceFile() !== b.getSourceFile()) return undefined;
  const ancestors = new Set<ts.Node>();
  for (let n: ts.Node | undefined = b; n; n = n.parent) ancestors.add(n);
  for (let n: ts.Node | undefined = a; n; n = n.parent) if (ancestors.has(n)) return n;
  return undefined;
}

function typeIncludesUndefined(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (type.kind === ts.SyntaxKind.UndefinedKeyword) return true;
  if (ts.isUnionTypeNode(type)) return type.types.some(typeIncludesUndefined);
  if (ts.isParenthesizedTypeNode(type)) return typeIncludesUndefined(type.type);
  return false;
}

export class Evaluator {
  /** Enum member references an analytics call has read, so the rest can be reported. */
  readonly consumed = new Set<ts.Node>();

  private readonly scopes: Scopes;
  private readonly enums: ReadonlyMap<ts.EnumDeclaration, EventEnum>;
  /** The variables whose keys are being read, so that `x = { ...x, more }` does not read `x` again. */
  private readonly reading = new Set<ts.Node>();

  constructor(scopes: Scopes, enums: ReadonlyMap<ts.EnumDeclaration, EventEnum>) {
    this.scopes = scopes;
    this.enums = enums;
  }

  /** The event enum a name refers to at a place, following imports. */
  enumAt(name: string, at: ts.Node, file: string): EventEnum | undefined {
    const declaration = this.scopes.resolve(name, at, file);
    return declaration?.kind === 'enum' ? this.enums.get(declaration.node) : undefined;
  }

  // ── Parameters and objects ─────────────────────────────────────────────────

  /** What a parameter (or a name destructured from one) holds where it is read. */
  private parameterValue(name: ts.Identifier, parameter: ts.ParameterDeclaration, context: Context): ParameterValue {
    const bound = context.bindings.get(parameter);
    if (!bound) return { kind: 'unbound' };
    let expression = bound.expression;
    let where = bound.context;
    if (!expression) {
      if (!parameter.initializer) return { kind: 'left-out' };
      expression = parameter.initializer;
      where = context;
    }
    const path = bindingPath(parameter.name, name.text);
    if (!path) return { kind: 'bound', expression, context: where };
    for (const key of path) {
      const object = this.objectLiteralOf(expression, where);
      if (!object)
        return { kind: 'opaque', text: `${text(expression)}.${path.join('.')}`, at: locate(expression, where.file) };
      const member = this.member(object.object, key);
      if (!member) {
        const fallback = bindingElement(parameter.name, name.text)?.initializer;
        return fallback ? { kind: 'bound', expression: fallback, context } : { kind: 'left-out' };
      }
      expression = member;
      where = object.context;
    }
    return { kind: 'bound', expression, context: where };
  }

  /**
   * The object literal an expression evaluates to, with the context to read it
   * in: the literal itself, a variable initialised with one, or a parameter
   * bound to one.
   */
  objectLiteralOf(
    expression: ts.Expression,
    context: Context,
    depth = 0,
  ): { object: ts.ObjectLiteralExpression; context: Context } | undefined {
    let e = unwrap(expression);
    while (ts.isAsExpression(e)) e = unwrap(e.expression);
    if (ts.isObjectLiteralExpression(e)) return { object: e, context };
    if (!ts.isIdentifier(e) || depth > MAX_DEPTH) return undefined;
    const declaration = this.scopes.resolve(e.text, e, context.file);
    if (declaration?.kind === 'variable' && ts.isIdentifier(declaration.node.name) && declaration.node.initializer) {
      const inner = { file: declaration.file, bindings: context.bindings };
      return this.objectLiteralOf(declaration.node.initializer, inner, depth + 1);
    }
    if (declaration?.kind === 'parameter') {
      const value = this.parameterValue(e, declaration.node, context);
      if (value.kind === 'bound') return this.objectLiteralOf(value.expression, value.context, depth + 1);
    }
    return undefined;
  }

  /** The value of a named member of an object literal (`key: value` or shorthand `key`). */
  member(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
    for (const p of object.properties) {
      if (ts.isPropertyAssignment(p) && this.literalKey(p.name) === key) return p.initializer;
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
    }
    return undefined;
  }

  /** A key written literally: a name, a string, a number, or a string in brackets. */
  private literalKey(name: ts.PropertyName): string | undefined {
    if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
    if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
    return undefined;
  }

  /**
   * The string a key expression is: a literal, a constant initialised with
   * one, or a member of an enum with a string value; undefined otherwise.
   */
  constantString(expression: ts.Expression, context: Context, depth = 0): string | undefined {
    const e = unwrap(expression);
    if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
    if (depth > MAX_DEPTH) return undefined;
    if (ts.isAsExpression(e)) return this.constantString(e.expression, context, depth + 1);
    if (ts.isIdentifier(e)) {
      const declaration = this.scopes.resolve(e.text, e, context.file);
      if (declaration?.kind !== 'variable') return undefined;
      const node = declaration.node;
      const isConst = (ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) !== 0;
      if (!isConst || !ts.isIdentifier(node.name) || !node.initializer) return undefined;
      return this.constantString(node.initializer, { file: declaration.file, bindings: context.bindings }, depth + 1);
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
      const declaration = this.scopes.resolve(e.expression.text, e, context.file);
      if (declaration?.kind === 'enum') {
        const member = declaration.node.members.find((m) => ts.isIdentifier(m.name) && m.name.text === e.name.text);
        if (member?.initializer && ts.isStringLiteralLike(member.initializer)) return member.initializer.text;
      }
      const object = this.objectLiteralOf(e.expression, context, depth + 1);
      const value = object && this.member(object.object, e.name.text);
      return value ? this.constantString(value, object.context, depth + 1) : undefined;
    }
    return undefined;
  }

  /** The key of an object literal's member: written literally, or computed from a constant. */
  private propertyKey(name: ts.PropertyName, context: Context): string | undefined {
    const literal = this.literalKey(name);
    if (literal !== undefined) return literal;
    return ts.isComputedPropertyName(name) ? this.constantString(name.expression, context) : undefined;
  }

  // ── Event names ────────────────────────────────────────────────────────────

  eventNames(expression: ts.Expression | undefined, context: Context, depth = 0): EventNames {
    if (!expression) return { names: [], unresolved: [] };
    const e = unwrap(expression);
    const unresolved = (): EventNames => ({
      names: [],
      unresolved: [{ at: locate(e, context.file), what: 'event name', text: text(e) }],
    });
    if (depth > MAX_DEPTH) return unresolved();
    if (ts.isStringLiteralLike(e)) {
      this.consumed.add(e);
      return { names: [e.text], unresolved: [] };
    }
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
      if (
        declaration?.kind === 'parameter' &&
        this.parameterValue(e.expression, declaration.node, context).kind === 'unbound'
      ) {
        return { names: [], unresolved: [], forwarded: declaration.node };
      }
      const object = this.objectLiteralOf(e.expression, context, depth + 1);
      const member = object && this.member(object.object, e.name.text);
      return member ? this.eventNames(member, object.context, depth + 1) : unresolved();
    }
    if (ts.isElementAccessExpression(e)) {
      const object = this.objectLiteralOf(e.expression, context, depth + 1);
      if (!object) return unresolved();
      const parts = object.object.properties.map((p) =>
        ts.isPropertyAssignment(p) ? this.eventNames(p.initializer, object.context, depth + 1) : unresolved(),
      );
      return { names: parts.flatMap((p) => p.names), unresolved: parts.flatMap((p) => p.unresolved) };
    }
    if (ts.isIdentifier(e)) {
      const declaration = this.scopes.resolve(e.text, e, context.file);
      if (declaration?.kind === 'parameter') {
        const value = this.parameterValue(e, declaration.node, context);
        if (value.kind === 'unbound') return { names: [], unresolved: [], forwarded: declaration.node };
        if (value.kind === 'left-out') return { names: [], unresolved: [] };
        if (value.kind === 'opaque') {
          return { names: [], unresolved: [{ at: value.at, what: 'event name', text: value.text }] };
        }
        return this.eventNames(value.expression, value.context, depth + 1);
      }
      if (declaration?.kind === 'variable') {
        const inner = { file: declaration.file, bindings: context.bindings };
        if (!ts.isIdentifier(declaration.node.name)) {
          const path = bindingPath(declaration.node.name, e.text);
          let value: ts.Expression | undefined = declaration.node.initializer;
          let where: Context = inner;
          for (const key of path ?? []) {
            const object = value && this.objectLiteralOf(value, where, depth + 1);
            value = object && this.member(object.object, key);
            if (object) where = object.context;
          }
          return value && path ? this.eventNames(value, where, depth + 1) : unresolved();
        }
        const values = [declaration.node.initializer, ...this.scopes.assignments(declaration.node)];
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

  // ── Property keys ──────────────────────────────────────────────────────────

  /** The keys an expression's object has, each with where its value comes from. */
  keys(expression: ts.Expression | undefined, context: Context, via?: string, depth = 0): PropertyKeys {
    if (!expression) return NONE;
    const e = unwrap(expression);
    const unresolved = (): PropertyKeys => ({
      properties: [],
      unresolved: [{ at: locate(e, context.file), what: 'properties', text: text(e) }],
    });
    if (depth > MAX_DEPTH) return unresolved();
    if (ts.isObjectLiteralExpression(e)) return this.objectKeys(e, context, via, depth);
    if (e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined')) return NONE;
    if (ts.isAwaitExpression(e)) return this.keys(e.expression, context, via, depth + 1);
    if (ts.isConditionalExpression(e)) {
      return either([
        { keys: this.keys(e.whenTrue, context, via, depth + 1), condition: text(e.condition) },
        { keys: this.keys(e.whenFalse, context, via, depth + 1), condition: negate(e.condition) },
      ]);
    }
    if (ts.isBinaryExpression(e)) {
      const operator = e.operatorToken.kind;
      const left = () => this.keys(e.left, context, via, depth + 1);
      const right = () => this.keys(e.right, context, via, depth + 1);
      if (operator === ts.SyntaxKind.BarBarToken) {
        return either([
          { keys: left(), condition: text(e.left) },
          { keys: right(), condition: negate(e.left) },
        ]);
      }
      if (operator === ts.SyntaxKind.QuestionQuestionToken) {
        return either([
          { keys: left(), condition: `${text(e.left)} != null` },
          { keys: right(), condition: `${text(e.left)} == null` },
        ]);
      }
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return withConditions(right(), [text(e.left)]);
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

  /** A key written in an object literal or assigned later, with its value read as far as it goes. */
  private finding(
    key: string,
    value: ts.Expression,
    at: ts.Node,
    context: Context,
    via: string | undefined,
    conditions: readonly string[] = [],
    shown = text(value),
  ): Finding {
    const mayBeUndefined = this.mayBeUndefined(value, context);
    const resolution = this.resolution(value, context).filter((step, i) => i > 0 || step.text !== shown);
    return {
      key,
      value: shown,
      at: locate(at, context.file),
      ...(via ? { via } : {}),
      conditions,
      ...(mayBeUndefined === undefined ? {} : { mayBeUndefined }),
      ...(resolution.length > 0 ? { resolution } : {}),
    };
  }

  private objectKeys(
    object: ts.ObjectLiteralExpression,
    context: Context,
    via: string | undefined,
    depth: number,
  ): PropertyKeys {
    const parts: PropertyKeys[] = [];
    for (const p of object.properties) {
      if (ts.isPropertyAssignment(p)) {
        const key = this.propertyKey(p.name, context);
        parts.push(
          key === undefined
            ? {
                properties: [],
                unresolved: [{ at: locate(p, context.file), what: 'property key', text: text(p.name) }],
              }
            : { properties: [this.finding(key, p.initializer, p, context, via)], unresolved: [] },
        );
      } else if (ts.isShorthandPropertyAssignment(p)) {
        // A parameter the caller left out is undefined, and JSON leaves an undefined key out.
        if (!this.isLeftOut(p.name, context)) {
          const shown = this.sourceOf(p.name, context);
          parts.push({ properties: [this.finding(p.name.text, p.name, p, context, via, [], shown)], unresolved: [] });
        }
      } else if (ts.isSpreadAssignment(p)) {
        // The spread of what a wrapper's caller passed: the caller's own keys, as it wrote them.
        const passedOn = this.isBound(p.expression, context);
        parts.push(
          this.keys(p.expression, context, passedOn ? via : (via ?? `spread of ${label(p.expression)}`), depth + 1),
        );
      } else if (p.name) {
        const key = this.propertyKey(p.name, context);
        if (key !== undefined) {
          parts.push({
            properties: [{ key, value: text(p), at: locate(p, context.file), ...(via ? { via } : {}), conditions: [] }],
            unresolved: [],
          });
        }
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
      const value = this.parameterValue(e, declaration.node, context);
      if (value.kind === 'bound') return this.sourceOf(value.expression, value.context);
      if (value.kind === 'opaque') return value.text;
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
    return this.parameterValue(name, declaration.node, context).kind === 'left-out';
  }

  private identifierKeys(e: ts.Identifier, context: Context, via: string | undefined, depth: number): PropertyKeys {
    const declaration = this.scopes.resolve(e.text, e, context.file);
    const unresolved = (at = locate(e, context.file), what = text(e)): PropertyKeys => ({
      properties: [],
      unresolved: [{ at, what: 'properties', text: what }],
    });
    if (declaration?.kind === 'parameter') {
      const value = this.parameterValue(e, declaration.node, context);
      if (value.kind === 'bound') return this.keys(value.expression, value.context, via, depth + 1);
      if (value.kind === 'left-out') return NONE;
      if (value.kind === 'opaque') return unresolved(value.at, value.text);
      if (declaration.node.type && ts.isIdentifier(declaration.node.name)) {
        return this.typeKeys(declaration.node.type, declaration.file, via, depth + 1);
      }
      return unresolved();
    }
    if (declaration?.kind !== 'variable') return unresolved();
    // `x = { ...x, more }`: the keys `x` had are already counted.
    if (this.reading.has(declaration.node)) return NONE;
    const inner = { file: declaration.file, bindings: context.bindings };
    const node = declaration.node;
    if (!ts.isIdentifier(node.name)) {
      const path = bindingPath(node.name, e.text);
      let value: ts.Expression | undefined = node.initializer;
      let where: Context = inner;
      for (const key of path ?? []) {
        const object = value && this.objectLiteralOf(value, where, depth + 1);
        value = object && this.member(object.object, key);
        if (object) where = object.context;
      }
      return value && path ? this.keys(value, where, via, depth + 1) : unresolved();
    }
    this.reading.add(node);
    try {
      const initial = this.keys(node.initializer, inner, via, depth + 1);
      const scope = enclosingFunctions(node)[0]?.body ?? node.getSourceFile();
      const later = this.scopes.mutations(node).map((mutation): PropertyKeys => {
        const conditions = pathConditions(mutation.node, commonAncestor(mutation.node, e) ?? scope);
        if (mutation.kind === 'assign') {
          return withConditions(merge(mutation.sources.map((s) => this.keys(s, inner, via, depth + 1))), conditions);
        }
        if (mutation.kind === 'reassign') {
          return withConditions(this.keys(mutation.value, inner, via, depth + 1), conditions);
        }
        const key = ts.isIdentifier(mutation.key) ? mutation.key.text : this.constantString(mutation.key, inner);
        if (key === undefined) {
          return {
            properties: [],
            unresolved: [{ at: locate(mutation.node, inner.file), what: 'property key', text: text(mutation.node) }],
          };
        }
        return {
          properties: [this.finding(key, mutation.value, mutation.node, inner, via, conditions)],
          unresolved: [],
        };
      });
      return merge([initial, ...later]);
    } finally {
      this.reading.delete(node);
    }
  }

  /** A helper's call: the keys of what its function returns, with its parameters bound to the arguments. */
  private callKeys(call: ts.CallExpression, context: Context, via: string | undefined, depth: number): PropertyKeys {
    const callee = unwrap(call.expression);
    if (callee.getText().replace(/\s+/g, '') === 'Object.assign') {
      return merge(call.arguments.map((a) => this.keys(a, context, via, depth + 1)));
    }
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
    // A key every return has is always sent; any other only when the path to its return is taken.
    const resolved = ts.isBlock(body)
      ? either(
          returns(body).map((r) => ({
            keys: r.expression ? this.keys(r.expression, inner, labelled, depth + 1) : NONE,
            // A return no condition leads to (in a \`try\`, say) adds none.
            condition: r.statement ? pathConditions(r.statement, body, true).join(' && ') : '',
          })),
        )
      : this.keys(body, inner, labelled, depth + 1);
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
    if (depth > MAX_DEPTH) return unresolved();
    if (ts.isTypeLiteralNode(type)) return this.memberKeys(type.members, file, via ?? `type ${text(type)}`);
    if (ts.isIntersectionTypeNode(type)) return merge(type.types.map((t) => this.typeKeys(t, file, via, depth + 1)));
    if (ts.isUnionTypeNode(type)) {
      const objects = type.types.filter(
        (t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && t.kind !== ts.SyntaxKind.NullKeyword,
      );
      return either(
        objects.map((t) => ({
          keys: this.typeKeys(t, file, via, depth + 1),
          condition: `the value is of type ${text(t)}`,
        })),
      );
    }
    if (ts.isParenthesizedTypeNode(type)) return this.typeKeys(type.type, file, via, depth + 1);
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const name = type.typeName.text;
      if ((name === 'Partial' || name === 'Readonly') && type.typeArguments?.[0]) {
        const keys = this.typeKeys(type.typeArguments[0], file, via, depth + 1);
        if (name === 'Readonly') return keys;
        return {
          properties: keys.properties.map((f) => ({ ...f, mayBeUndefined: f.mayBeUndefined ?? text(type) })),
          unresolved: keys.unresolved,
        };
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
    const properties: Finding[] = [];
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !m.name) continue;
      const key = this.literalKey(m.name);
      if (key === undefined) continue;
      const optional = Boolean(m.questionToken) || typeIncludesUndefined(m.type);
      properties.push({
        key,
        value: m.type ? text(m.type) : 'unknown',
        at: locate(m, file),
        via,
        conditions: [],
        ...(optional ? { mayBeUndefined: text(m).replace(/[;,]$/, '') } : {}),
      });
    }
    return { properties, unresolved: [] };
  }

  // ── What a value may be, and where it comes from ──────────────────────────

  /**
   * The expression, when a value may be `undefined` and so vanish from the
   * JSON: optional chaining, an optional parameter, a variable or helper that
   * may hold or return `undefined`, an optional member of a declared type, a
   * conditional with an `undefined` branch, `.find()` and its kin.
   */
  mayBeUndefined(expression: ts.Expression, context: Context, depth = 0): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    let e = expression;
    while (ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
    const self = text(e);
    const again = (inner: ts.Expression, where = context) => this.mayBeUndefined(inner, where, depth + 1);
    if (ts.isNonNullExpression(e)) return undefined;
    if (ts.isIdentifier(e) && e.text === 'undefined') return self;
    if (ts.isVoidExpression(e)) return self;
    const guarded = knownDefined(e);
    if (guarded.has(normalized(e))) return undefined;
    if (ts.isOptionalChain(e)) {
      // `a?.b` vanishes only when `a` may be nullish here; a guard such as `a ? a?.b : 0` rules that out.
      for (let link: ts.Expression = e; ts.isOptionalChain(link); link = unwrap(link.expression)) {
        if (!ts.isNonNullExpression(link) && link.questionDotToken && !guarded.has(normalized(link.expression)))
          return self;
      }
      return undefined;
    }
    if (ts.isAwaitExpression(e)) return again(e.expression) === undefined ? undefined : self;
    if (ts.isAsExpression(e)) return typeIncludesUndefined(e.type) ? self : undefined;
    if (ts.isConditionalExpression(e)) {
      return again(e.whenTrue) !== undefined || again(e.whenFalse) !== undefined ? self : undefined;
    }
    if (ts.isBinaryExpression(e)) {
      const operator = e.operatorToken.kind;
      const chooses = [
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.AmpersandAmpersandToken,
      ].includes(operator);
      return chooses && again(e.right) !== undefined ? self : undefined;
    }
    if (ts.isCallExpression(e)) {
      const callee = unwrap(e.expression);
      if (ts.isPropertyAccessExpression(callee) && MAY_RETURN_UNDEFINED.has(callee.name.text)) return self;
      if (!ts.isIdentifier(callee)) return undefined;
      const declaration = this.scopes.resolve(callee.text, callee, context.file);
      if (declaration?.kind !== 'function' || !declaration.node.body) return undefined;
      const fn = declaration.node;
      if (fn.type) return typeIncludesUndefined(fn.type) ? self : undefined;
      const body = fn.body as ts.ConciseBody;
      if (!ts.isBlock(body)) return again(body, { file: declaration.file, bindings: new Map() }) ? self : undefined;
      const found = returns(body);
      const inner = { file: declaration.file, bindings: new Map<ts.ParameterDeclaration, Binding>() };
      return found.some((r) => !r.expression || again(r.expression, inner) !== undefined) ? self : undefined;
    }
    if (ts.isIdentifier(e)) {
      const declaration = this.scopes.resolve(e.text, e, context.file);
      if (declaration?.kind === 'parameter') {
        const value = this.parameterValue(e, declaration.node, context);
        if (value.kind === 'bound') return again(value.expression, value.context) === undefined ? undefined : self;
        if (value.kind !== 'unbound') return undefined;
        const parameter = declaration.node;
        if (!ts.isIdentifier(parameter.name)) return undefined;
        const optional = parameter.questionToken !== undefined || typeIncludesUndefined(parameter.type);
        return optional && !parameter.initializer ? self : undefined;
      }
      if (declaration?.kind === 'variable' && ts.isIdentifier(declaration.node.name)) {
        const node = declaration.node;
        if (typeIncludesUndefined(node.type)) return self;
        const inner = { file: declaration.file, bindings: context.bindings };
        if (!node.initializer) return node.type ? undefined : self;
        if (this.reading.has(node)) return undefined;
        this.reading.add(node);
        try {
          const values = [node.initializer, ...this.scopes.assignments(node)];
          return values.some((v) => again(v, inner) !== undefined) ? self : undefined;
        } finally {
          this.reading.delete(node);
        }
      }
      return undefined;
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) {
      const base = e.expression;
      const declared = this.declaredType(base, context, depth + 1);
      if (declared) {
        const member = this.typeMember(declared.type, e.name.text, declared.file, depth + 1);
        if (member && (member.questionToken || typeIncludesUndefined(member.type))) return self;
        return undefined;
      }
      const object = this.objectLiteralOf(base, context, depth + 1);
      if (object) {
        const value = this.member(object.object, e.name.text);
        return value === undefined || again(value, object.context) !== undefined ? self : undefined;
      }
    }
    return undefined;
  }

  /**
   * The type a name is declared with: its own annotation, or, for a parameter
   * a call has bound to another name, that name's.
   */
  private declaredType(
    name: ts.Identifier,
    context: Context,
    depth: number,
  ): { type: ts.TypeNode; file: string } | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const declaration = this.scopes.resolve(name.text, name, context.file);
    if (declaration?.kind !== 'parameter' && declaration?.kind !== 'variable') return undefined;
    if (!ts.isIdentifier(declaration.node.name)) return undefined;
    if (declaration.kind === 'parameter') {
      const value = this.parameterValue(name, declaration.node, context);
      if (value.kind === 'bound') {
        const bound = unwrap(value.expression);
        return ts.isIdentifier(bound) ? this.declaredType(bound, value.context, depth + 1) : undefined;
      }
      if (value.kind !== 'unbound') return undefined;
    }
    const type = declaration.node.type;
    return type ? { type, file: declaration.file } : undefined;
  }

  /** A member of a declared object type (a type literal, an interface, an alias, through imports). */
  private typeMember(type: ts.TypeNode, name: string, file: string, depth: number): ts.PropertySignature | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const inMembers = (members: ts.NodeArray<ts.TypeElement>) =>
      members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && this.literalKey(m.name) === name);
    if (ts.isTypeLiteralNode(type)) return inMembers(type.members);
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const declaration = this.scopes.topLevel(type.typeName.text, file, new Set());
      if (declaration?.kind !== 'type') return undefined;
      const node = declaration.node;
      if (ts.isInterfaceDeclaration(node)) return inMembers(node.members);
      return this.typeMember(node.type, name, declaration.file, depth + 1);
    }
    return undefined;
  }

  /**
   * What a value is computed from, nearest first: for a local variable its
   * initializer, for a parameter bound at a call the argument, for a
   * destructured name what it is destructured from, for a helper's result the
   * expression the helper returns; each as written, with its place. Stops at
   * anything else (an import, a member of an object it cannot see, a literal).
   */
  resolution(value: ts.Expression, context: Context): ResolutionStep[] {
    const steps: ResolutionStep[] = [];
    const seen = new Set<ts.Node>();
    let e: ts.Expression | undefined = value;
    let where = context;
    while (e && steps.length < MAX_STEPS) {
      const root = rootOf(e);
      if (seen.has(root)) break;
      seen.add(root);
      if (ts.isCallExpression(root)) {
        const callee = unwrap(root.expression);
        const declaration = ts.isIdentifier(callee) ? this.scopes.resolve(callee.text, callee, where.file) : undefined;
        if (declaration?.kind !== 'function' || !declaration.node.body) break;
        const body = declaration.node.body as ts.ConciseBody;
        const returned = ts.isBlock(body) ? returnedExpressions(body) : [body as ts.Expression];
        for (const r of returned.slice(0, MAX_STEPS - steps.length)) {
          steps.push({ text: text(r), at: locate(r, declaration.file) });
        }
        if (returned.length !== 1) break;
        const bindings = new Map(where.bindings);
        const caller = where;
        declaration.node.parameters.forEach((p, i) =>
          bindings.set(p, { expression: root.arguments[i], context: caller }),
        );
        e = returned[0];
        where = { file: declaration.file, bindings };
        continue;
      }
      if (!ts.isIdentifier(root)) break;
      const declaration = this.scopes.resolve(root.text, root, where.file);
      if (declaration?.kind === 'parameter') {
        const bound = this.parameterValue(root, declaration.node, where);
        if (bound.kind !== 'bound') break;
        steps.push({ text: text(bound.expression), at: locate(bound.expression, bound.context.file) });
        e = bound.expression;
        where = bound.context;
        continue;
      }
      if (declaration?.kind !== 'variable' || !declaration.node.initializer) break;
      const initializer = declaration.node.initializer;
      // An object or array built in place says nothing about one member's value: its later changes do.
      if (ts.isObjectLiteralExpression(unwrap(initializer)) || ts.isArrayLiteralExpression(unwrap(initializer))) break;
      steps.push({ text: text(initializer), at: locate(initializer, declaration.file) });
      const reassigned = ts.isIdentifier(declaration.node.name) ? this.scopes.assignments(declaration.node) : [];
      for (const r of reassigned.slice(0, MAX_STEPS - steps.length)) {
        steps.push({ text: text(r), at: locate(r, declaration.file) });
      }
      if (reassigned.length > 0) break;
      e = initializer;
      where = { file: declaration.file, bindings: where.bindings };
    }
    return steps;
  }
}

/**
 * What an expression is computed from: `certificates` in `certificates.length`
 * or `certificates.filter(…).length`, the helper call in `await helper(x)`.
 */
function rootOf(expression: ts.Expression): ts.Expression {
  let e = unwrap(expression);
  for (;;) {
    if (ts.isAwaitExpression(e) || ts.isAsExpression(e) || ts.isTypeOfExpression(e)) e = unwrap(e.expression);
    // `!!x`, `x.length > 0`, `x ?? 0`: the value comes from its first operand.
    else if (ts.isPrefixUnaryExpression(e)) e = unwrap(e.operand);
    else if (ts.isBinaryExpression(e) && e.operatorToken.kind !== ts.SyntaxKind.CommaToken) e = unwrap(e.left);
    else if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = unwrap(e.expression);
    else if (ts.isCallExpression(e) && !ts.isIdentifier(unwrap(e.expression))) {
      const callee = unwrap(e.expression);
      if (!ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee)) return e;
      e = unwrap(callee.expression);
    } else return e;
  }
}

/** The return statements of a function body (not those of functions nested in it), with their expressions. */
function returns(body: ts.ConciseBody): { statement?: ts.ReturnStatement; expression?: ts.Expression }[] {
  if (!ts.isBlock(body)) return [{ expression: body }];
  const found: { statement: ts.ReturnStatement; expression?: ts.Expression }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node))
      found.push({ statement: node, ...(node.expression ? { expression: node.expression } : {}) });
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** The expressions a function body returns (not those of functions nested in it). */
export function returnedExpressions(body: ts.Block): ts.Expression[] {
  return returns(body).flatMap((r) => (r.expression ? [r.expression] : []));
}

import ts from 'typescript';
import type { SourceTree } from './source-tree.ts';

/**
 * What a name refers to at a place in the app's code: a parameter, a variable,
 * a function, an enum, a type, following imports into other files of the tree.
 * Scopes are read from the syntax alone (no type checker): the nearest
 * enclosing function's parameters and variables, then the file's top level,
 * then its imports. That is enough for the way the app's analytics calls are
 * written, and much faster than a program-wide type check.
 */

export type Declaration =
  | { readonly kind: 'parameter'; readonly node: ts.ParameterDeclaration; readonly file: string }
  | { readonly kind: 'variable'; readonly node: ts.VariableDeclaration; readonly file: string }
  | {
      readonly kind: 'function';
      readonly node: ts.FunctionLikeDeclaration;
      readonly file: string;
      readonly name: string;
    }
  | { readonly kind: 'enum'; readonly node: ts.EnumDeclaration; readonly file: string }
  | { readonly kind: 'type'; readonly node: ts.InterfaceDeclaration | ts.TypeAliasDeclaration; readonly file: string };

type FunctionLike = ts.FunctionLikeDeclaration;

/** The functions enclosing a node, innermost first. */
export function enclosingFunctions(node: ts.Node): FunctionLike[] {
  const out: FunctionLike[] = [];
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent)
    if (ts.isFunctionLike(n) && 'body' in n) out.push(n as FunctionLike);
  return out;
}

/** The name a function is called by: its own, or the variable or property it is assigned to. */
export function functionName(fn: FunctionLike): string | undefined {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/**
 * The keys that lead to `name` inside a destructuring pattern (`{ options: { event } }` → `options`, `event`),
 * or undefined when the pattern does not bind it; an element of an array pattern has no key and is undefined too.
 */
export function bindingPath(pattern: ts.BindingName, name: string): string[] | undefined {
  if (ts.isIdentifier(pattern)) return pattern.text === name ? [] : undefined;
  if (!ts.isObjectBindingPattern(pattern)) return undefined;
  for (const element of pattern.elements) {
    const key = element.propertyName
      ? ts.isIdentifier(element.propertyName) || ts.isStringLiteralLike(element.propertyName)
        ? element.propertyName.text
        : undefined
      : ts.isIdentifier(element.name)
        ? element.name.text
        : undefined;
    const inner = bindingPath(element.name, name);
    if (inner && key !== undefined && !element.dotDotDotToken) return [key, ...inner];
  }
  return undefined;
}

/** The binding element that declares `name` in a pattern, for its default value. */
export function bindingElement(pattern: ts.BindingName, name: string): ts.BindingElement | undefined {
  if (ts.isIdentifier(pattern)) return undefined;
  for (const element of pattern.elements) {
    if (ts.isOmittedExpression(element)) continue;
    if (ts.isIdentifier(element.name) && element.name.text === name) return element;
    const inner = bindingElement(element.name, name);
    if (inner) return inner;
  }
  return undefined;
}

function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/** Declarations of `name` made directly in a block-like node or a function body (not in nested functions). */
function declarationsIn(container: ts.Node, name: string, file: string): Declaration[] {
  const found: Declaration[] = [];
  const visit = (node: ts.Node): void => {
    if (node !== container && ts.isFunctionLike(node)) {
      if ((ts.isFunctionDeclaration(node) && node.name?.text === name) || false) {
        found.push({ kind: 'function', node, file, name });
      }
      return;
    }
    if (ts.isVariableDeclaration(node) && bindingNames(node.name).some((id) => id.text === name)) {
      const init = node.initializer;
      if (init && ts.isIdentifier(node.name) && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
        found.push({ kind: 'function', node: init, file, name });
      } else {
        found.push({ kind: 'variable', node, file });
      }
    } else if (ts.isEnumDeclaration(node) && node.name.text === name) found.push({ kind: 'enum', node, file });
    else if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text === name) {
      found.push({ kind: 'type', node, file });
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(container, visit);
  return found;
}

export class Scopes {
  private readonly tree: SourceTree;

  constructor(tree: SourceTree) {
    this.tree = tree;
  }

  /** What `name` refers to at `at` in `file`, following imports. */
  resolve(name: string, at: ts.Node, file: string): Declaration | undefined {
    for (const fn of enclosingFunctions(at)) {
      for (const parameter of fn.parameters) {
        if (bindingNames(parameter.name).some((id) => id.text === name))
          return { kind: 'parameter', node: parameter, file };
      }
      if (fn.body) {
        const local = declarationsIn(fn.body, name, file);
        if (local[0]) return local[0];
      }
    }
    return this.topLevel(name, file, new Set());
  }

  /** A name declared at the top of a file, or imported into it. */
  topLevel(name: string, file: string, seen: Set<string>): Declaration | undefined {
    const key = `${file}#${name}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const source = this.tree.parse(file);
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) {
        return { kind: 'function', node: statement, file, name };
      }
      if (ts.isClassDeclaration(statement)) continue;
    }
    const declared = declarationsIn(source, name, file).find((d) => d.kind !== 'parameter');
    if (declared) return declared;
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const imported = this.importedName(statement, name);
        if (imported === undefined) continue;
        const target = this.tree.resolveModule(file, statement.moduleSpecifier.text);
        return target ? this.exported(imported, target, seen) : undefined;
      }
    }
    return undefined;
  }

  /**
   * The name `local` has in the module it is imported from, when the file
   * imports it at its top level (whether or not that module is in the tree).
   */
  importedAs(local: string, file: string): string | undefined {
    for (const statement of this.tree.parse(file).statements) {
      if (ts.isImportDeclaration(statement)) {
        const imported = this.importedName(statement, local);
        if (imported !== undefined) return imported;
      }
    }
    return undefined;
  }

  /** The name an import declaration binds `local` to in its module, or undefined when it binds no such name. */
  private importedName(statement: ts.ImportDeclaration, local: string): string | undefined {
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      const element = bindings.elements.find((e) => e.name.text === local);
      if (element) return (element.propertyName ?? element.name).text;
    }
    if (statement.importClause?.name?.text === local) return 'default';
    return undefined;
  }

  /** A name a module exports: declared there, or re-exported from another module. */
  exported(name: string, file: string, seen: Set<string>): Declaration | undefined {
    const source = this.tree.parse(file);
    const own = this.topLevel(name, file, seen);
    if (own) return own;
    for (const statement of source.statements) {
      if (
        !ts.isExportDeclaration(statement) ||
        !statement.moduleSpecifier ||
        !ts.isStringLiteral(statement.moduleSpecifier)
      )
        continue;
      const target = this.tree.resolveModule(file, statement.moduleSpecifier.text);
      if (!target) continue;
      const clause = statement.exportClause;
      if (!clause) {
        const found = this.exported(name, target, seen);
        if (found) return found;
      } else if (ts.isNamedExports(clause)) {
        const element = clause.elements.find((e) => e.name.text === name);
        if (element) return this.exported((element.propertyName ?? element.name).text, target, seen);
      }
    }
    return undefined;
  }

  /** Every assignment `name = value` in the function (or file) that declares a variable. */
  assignments(declaration: ts.VariableDeclaration): ts.Expression[] {
    if (!ts.isIdentifier(declaration.name)) return [];
    const name = declaration.name.text;
    const scope = enclosingFunctions(declaration)[0]?.body ?? declaration.getSourceFile();
    const values: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isIdentifier(node.left) &&
        node.left.text === name
      ) {
        values.push(node.right);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    return values;
  }

  /**
   * What is done to a variable's object after it is declared, in the function
   * (or file) that declares it: `name.key = value`, `name[key] = value`,
   * `Object.assign(name, …sources)`, and `name = value`.
   */
  mutations(declaration: ts.VariableDeclaration): Mutation[] {
    if (!ts.isIdentifier(declaration.name)) return [];
    const name = declaration.name.text;
    const scope = enclosingFunctions(declaration)[0]?.body ?? declaration.getSourceFile();
    const isName = (e: ts.Expression) => ts.isIdentifier(e) && e.text === name;
    const found: Mutation[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const left = node.left;
        if (ts.isPropertyAccessExpression(left) && isName(left.expression)) {
          found.push({ kind: 'property', key: left.name, value: node.right, node: left });
        } else if (ts.isElementAccessExpression(left) && isName(left.expression)) {
          found.push({ kind: 'property', key: left.argumentExpression, value: node.right, node: left });
        } else if (isName(left)) {
          found.push({ kind: 'reassign', value: node.right, node });
        }
      } else if (
        ts.isCallExpression(node) &&
        node.arguments[0] &&
        isName(node.arguments[0]) &&
        node.expression.getText().replace(/\s+/g, '') === 'Object.assign'
      ) {
        found.push({ kind: 'assign', sources: node.arguments.slice(1), node });
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    return found;
  }
}

/** One change to a variable's object after its declaration. */
export type Mutation =
  | {
      readonly kind: 'property';
      readonly key: ts.Identifier | ts.Expression;
      readonly value: ts.Expression;
      readonly node: ts.Node;
    }
  | { readonly kind: 'assign'; readonly sources: readonly ts.Expression[]; readonly node: ts.Node }
  | { readonly kind: 'reassign'; readonly value: ts.Expression; readonly node: ts.Node };

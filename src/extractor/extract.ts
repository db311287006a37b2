import ts from 'typescript';
import type { CallSite, PropertyFinding, Snapshot, Unresolved } from '../schemas/snapshot.ts';
import { Evaluator, finish, locate, type Binding, type Context, type EventEnum, type Finding } from './evaluate.ts';
import { bindingPath, enclosingFunctions, functionName, Scopes } from './scope.ts';
import { CUSTOMER_IO_MODULES, PAGE_VIEW_SENDERS, senderNamed, type Sender } from './senders.ts';
import { SourceTreeError, type SourceTree } from './source-tree.ts';

/**
 * Reads every analytics call of an app source tree into a snapshot, as VS
 * Code's telemetry extractor reads VS Code: the event enums, the calls that
 * send, and the functions that wrap them. The functions the app sends through
 * are named once (senders.ts): a call to one is a send whatever its body does.
 * Besides them, a Segment or Customer.io client's `track` sends, and a named
 * function that passes one of its parameters on as the event is a wrapper: its
 * calls are call sites, read with its parameters bound to their arguments. A
 * wrapper that calls a client itself is a send function: the keys it adds
 * whatever it is given are common to every event.
 *
 * Every reference to an event name that no call read sends is reported with its
 * place, and the name is then "not resolved", never "never sent".
 */

/** Text that a file sending or defining analytics has; other files are not parsed unless an import leads there. */
const MAY_SEND = /track|Event\b|identify\(/;

/** `window.main.<sender>(…)`: the window's IPC entries, which take `{ event, properties }`. */
const IPC_CALL = /(?:^|\.)main\.\w+$/;

type Style = 'ipc' | 'positional';
type FunctionLike = ts.FunctionLikeDeclaration;

/** A function that passes its parameter on as the event name. */
interface Wrapper {
  readonly name: string;
  readonly file: string;
  readonly node: FunctionLike;
  /** The call inside it that sends (or calls another wrapper). */
  readonly inner: ts.CallExpression;
  readonly style: Style;
  readonly sink: CallSite['sink'];
  /** Calls the Segment or Customer.io client itself. */
  readonly sends: boolean;
  /** The wrapper whose call `inner` is, when it wraps another wrapper. */
  readonly wraps?: Wrapper;
}

/** A call to a named sender (senders.ts), and the function it calls when the tree has its body. */
interface SenderCall {
  readonly call: ts.CallExpression;
  readonly file: string;
  readonly sender: Sender;
  readonly via: string;
  readonly body?: { readonly node: FunctionLike; readonly file: string };
}

export interface ExtractOptions {
  /** The release label; defaults to the version of packages/insomnia/package.json. */
  readonly release?: string;
  readonly commit?: string;
  /** For a tree assembled file by file: the commit each file came from. */
  readonly files?: Readonly<Record<string, string>>;
  /** When the code is from (ISO-8601, UTC): the commit's date, or the day the files were read. */
  readonly date?: string;
}

const EMPTY: Context = { file: '', bindings: new Map() };

function eventEnums(tree: SourceTree, files: readonly string[]): Map<ts.EnumDeclaration, EventEnum> {
  const enums = new Map<ts.EnumDeclaration, EventEnum>();
  for (const file of files) {
    if (!/enum\s+\w*Event\b/.test(tree.text(file))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isEnumDeclaration(node) && /Event$/.test(node.name.text)) {
        const values = new Map<string, string>();
        for (const member of node.members) {
          if (ts.isIdentifier(member.name) && member.initializer && ts.isStringLiteralLike(member.initializer)) {
            values.set(member.name.text, member.initializer.text);
          }
        }
        enums.set(node, { name: node.name.text, file, node, values });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree.parse(file));
  }
  return enums;
}

function calls(source: ts.SourceFile): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function calleeText(call: ts.CallExpression): string {
  return call.expression.getText().replace(/\s+/g, '').replace(/\?\./g, '.');
}

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}

function importsCustomerIo(source: ts.SourceFile): boolean {
  return source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      CUSTOMER_IO_MODULES.test(s.moduleSpecifier.text),
  );
}

/**
 * The names a file gives the app's senders under other names: `import { x as
 * y }`, `const y = x`, `const y = window.main.x`, `const { x: y } = window.main`.
 * Maps each local name to the sender's own name.
 */
function aliases(source: ts.SourceFile): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportSpecifier(node) && node.propertyName) found.set(node.name.text, node.propertyName.text);
    if (ts.isVariableDeclaration(node) && node.initializer) {
      const init = unwrap(node.initializer);
      if (ts.isIdentifier(node.name)) {
        if (ts.isIdentifier(init)) found.set(node.name.text, found.get(init.text) ?? init.text);
        else if (ts.isPropertyAccessExpression(init)) found.set(node.name.text, init.name.text);
      } else if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const path = bindingPath(node.name, element.name.text);
          const original = path?.at(-1);
          if (original && original !== element.name.text) found.set(element.name.text, original);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function extract(tree: SourceTree, options: ExtractOptions = {}): Snapshot {
  const candidates = tree.files.filter((file) => MAY_SEND.test(tree.text(file)));
  const syntaxErrors = tree.syntaxProblems().map((p) => ({ at: { file: p.file, line: p.line }, message: p.message }));
  const scopes = new Scopes(tree);
  const enums = eventEnums(tree, candidates);
  const evaluator = new Evaluator(scopes, enums);
  const enumNames = new Set([...enums.values()].map((e) => e.name));
  const callSites: CallSite[] = [];
  const unresolved: Unresolved[] = [];
  const commonProperties: Finding[] = [];
  const pageViews: Snapshot['pageViews'] = [];
  const identify: Snapshot['identify'] = [];
  const wrappers = new Map<FunctionLike, Wrapper>();
  const done = new Set<ts.CallExpression>();
  const aliasesOf = new Map<string, Map<string, string>>();
  const localAliases = (file: string) => {
    let found = aliasesOf.get(file);
    if (!found) aliasesOf.set(file, (found = aliases(tree.parse(file))));
    return found;
  };

  /** The name a call's callee has as a sender or wrapper: its own, or the one it aliases. */
  const callName = (call: ts.CallExpression, file: string): string | undefined => {
    const callee = unwrap(call.expression);
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    if (!ts.isIdentifier(callee)) return undefined;
    return localAliases(file).get(callee.text) ?? callee.text;
  };

  /** The function a call calls, when the tree has it: followed through imports and aliases. */
  const calledFunction = (call: ts.CallExpression, file: string): { node: FunctionLike; file: string } | undefined => {
    let callee = unwrap(call.expression);
    let where = file;
    for (let hop = 0; hop < 4 && ts.isIdentifier(callee); hop++) {
      const declaration = scopes.resolve(callee.text, callee, where);
      if (declaration?.kind === 'function') return { node: declaration.node, file: declaration.file };
      if (declaration?.kind !== 'variable' || !declaration.node.initializer) return undefined;
      callee = unwrap(declaration.node.initializer);
      where = declaration.file;
    }
    return undefined;
  };

  /** The event and properties arguments of a sending call. */
  const callArguments = (call: ts.CallExpression, style: Style, context: Context) => {
    if (style === 'positional') return { event: call.arguments[0], properties: call.arguments[1] };
    const first = call.arguments[0];
    const object = first && evaluator.objectLiteralOf(first, context);
    if (object) {
      return {
        event: evaluator.member(object.object, 'event'),
        properties: evaluator.member(object.object, 'properties'),
      };
    }
    return { event: first, properties: undefined };
  };

  /** How a call passes its event: `({ event, properties })` or `(event, properties)`. */
  const styleOf = (call: ts.CallExpression, file: string): Style => {
    if (IPC_CALL.test(calleeText(call))) return 'ipc';
    const first = call.arguments[0];
    const object = first && evaluator.objectLiteralOf(first, { file, bindings: new Map() });
    return object && evaluator.member(object.object, 'event') ? 'ipc' : 'positional';
  };

  /**
   * The event and properties a call sends: for a wrapper's call, those of the
   * call inside it (down the chain of wrappers), its parameters bound to the
   * arguments; `own` reads the sending wrapper's properties with nothing bound.
   */
  const resolveCall = (call: ts.CallExpression, file: string, style: Style, through?: Wrapper) => {
    let context: Context = { file, bindings: new Map() };
    let current = call;
    let currentStyle = style;
    let sender: Wrapper | undefined;
    for (let wrapper = through; wrapper; wrapper = wrapper.wraps) {
      const bindings = new Map(context.bindings);
      const caller = context;
      wrapper.node.parameters.forEach((p, i) => bindings.set(p, { expression: current.arguments[i], context: caller }));
      context = { file: wrapper.file, bindings };
      current = wrapper.inner;
      currentStyle = wrapper.style;
      sender = wrapper;
    }
    const args = callArguments(current, currentStyle, context);
    const own = () => {
      const unbound = new Map<ts.ParameterDeclaration, Binding>();
      for (const p of sender?.node.parameters ?? []) unbound.set(p, { expression: undefined, context: EMPTY });
      return evaluator.keys(args.properties, { file: sender?.file ?? file, bindings: unbound });
    };
    return { event: args.event, properties: args.properties, context, sender, own };
  };

  /** Reads one sending call: a call site, a new wrapper, or what could not be resolved. */
  const readCall = (
    call: ts.CallExpression,
    file: string,
    style: Style,
    sink: CallSite['sink'],
    via: string,
    sends: boolean,
    through?: Wrapper,
  ): void => {
    done.add(call);
    const resolved = resolveCall(call, file, style, through);
    const names = evaluator.eventNames(resolved.event, resolved.context);
    if (names.forwarded) {
      const fn = enclosingFunctions(call).find((f) =>
        f.parameters.includes(names.forwarded as ts.ParameterDeclaration),
      );
      const name = fn && functionName(fn);
      if (!fn || !name) {
        unresolved.push({
          at: locate(call, file),
          what: 'event name passed on from a parameter of an unnamed function (an IPC bridge: its senders are read where they call it)',
          text: call.getText().replace(/\s+/g, ' ').slice(0, 200),
        });
        return;
      }
      if (wrappers.has(fn)) return;
      const wrapper: Wrapper = {
        name,
        file,
        node: fn,
        inner: call,
        style,
        sink,
        sends: sends && !through,
        ...(through ? { wraps: through } : {}),
      };
      wrappers.set(fn, wrapper);
      // A send function: the keys it adds whatever it is given are common to every event.
      if (wrapper.sends) {
        const unbound = new Map<ts.ParameterDeclaration, Binding>();
        for (const p of fn.parameters) unbound.set(p, { expression: undefined, context: EMPTY });
        const args = callArguments(call, style, { file, bindings: unbound });
        commonProperties.push(...evaluator.keys(args.properties, { file, bindings: unbound }).properties);
      }
      return;
    }
    unresolved.push(...names.unresolved);
    if (names.names.length === 0) return;
    const all = evaluator.keys(resolved.properties, resolved.context);
    const sender = resolved.sender;
    let properties = all.properties;
    if (sender?.sends) {
      const own = new Set(resolved.own().properties.map((p) => `${p.key}@${p.at.file}:${p.at.line}`));
      properties = properties.filter((p) => !own.has(`${p.key}@${p.at.file}:${p.at.line}`));
    }
    unresolved.push(...all.unresolved);
    callSites.push({
      at: locate(call, file),
      sink,
      via,
      events: [...new Set(names.names)],
      properties: properties.map(finish),
    });
  };

  /** The keys a named sender's own body adds to what it is given: those of an object that spreads its properties. */
  const bodyCommonKeys = (fn: FunctionLike, file: string): Finding[] => {
    const parameter = fn.parameters[1] ?? fn.parameters[0];
    if (!fn.body || !parameter || !ts.isIdentifier(parameter.name)) return [];
    const name = parameter.name.text;
    let found: ts.ObjectLiteralExpression | undefined;
    const visit = (node: ts.Node): void => {
      if (found || (node !== fn.body && ts.isFunctionLike(node))) return;
      if (
        ts.isObjectLiteralExpression(node) &&
        node.properties.some(
          (p) =>
            ts.isSpreadAssignment(p) &&
            ts.isIdentifier(unwrap(p.expression)) &&
            unwrap(p.expression).getText() === name,
        )
      ) {
        found = node;
      }
      ts.forEachChild(node, visit);
    };
    visit(fn.body);
    if (!found) return [];
    const unbound = new Map<ts.ParameterDeclaration, Binding>();
    for (const p of fn.parameters) unbound.set(p, { expression: undefined, context: EMPTY });
    return evaluator.keys(found, { file, bindings: unbound }).properties;
  };

  // The sending calls themselves: named senders whose body is not in the tree, clients' `track`, page views, Customer.io.
  const senderCalls: SenderCall[] = [];
  for (const file of candidates) {
    const source = tree.parse(file);
    const customerIo = importsCustomerIo(source);
    for (const call of calls(source)) {
      const callee = calleeText(call);
      const name = callName(call, file);
      const sender = name === undefined ? undefined : senderNamed(name);
      if (name !== undefined && PAGE_VIEW_SENDERS.includes(name)) {
        const arg = call.arguments[0];
        const page = arg && ts.isObjectLiteralExpression(arg) ? evaluator.member(arg, 'name') : arg;
        if (page && !forwardsParameter(page, scopes, file)) {
          pageViews.push({
            at: locate(call, file),
            via: callee,
            name: evaluator.sourceOf(page, { file, bindings: new Map() }),
          });
        }
      } else if (sender) {
        const body = ts.isIdentifier(unwrap(call.expression)) ? calledFunction(call, file) : undefined;
        const found: SenderCall = { call, file, sender, via: callee, ...(body ? { body } : {}) };
        // A sender whose body the tree has is read once the wrappers are known: it may be one.
        if (body) senderCalls.push(found);
        else readCall(call, file, styleOf(call, file), sender.sink, callee, false);
      } else if (customerIo && /\.identify$/.test(callee)) {
        const traits = evaluator.keys(call.arguments[1], { file, bindings: new Map() });
        unresolved.push(...traits.unresolved);
        identify.push({
          at: locate(call, file),
          userId: call.arguments[0]?.getText() ?? '',
          traits: traits.properties.map(finish),
        });
      } else if (customerIo && /\.page$/.test(callee)) {
        pageViews.push({
          at: locate(call, file),
          via: `Customer.io ${callee}`,
          name: call.arguments[0]?.getText() ?? '(the current page)',
        });
      } else if (/\.track$/.test(callee)) {
        const style = styleOf(call, file);
        const { event } = callArguments(call, style, { file, bindings: new Map() });
        // Only calls that name an event, or pass a parameter on: other `.track()` methods are not analytics.
        const namesEvent = event !== undefined && [...enumNames].some((n) => event.getText().includes(n));
        if (namesEvent || (event && forwardsParameter(event, scopes, file))) {
          readCall(call, file, style, customerIo ? 'customer-io' : 'segment', callee, true);
        }
      }
    }
  }

  // The calls of wrappers, and of wrappers of wrappers, until no new one appears; then the calls of named
  // senders that are not wrappers, read as sends (they may make new wrappers, whose calls are read in turn).
  for (let round = 0; round < 12; round++) {
    const before = wrappers.size;
    const names = new Set([...wrappers.values()].map((w) => w.name));
    for (const file of candidates) {
      for (const call of calls(tree.parse(file))) {
        if (done.has(call)) continue;
        const name = callName(call, file);
        if (!name || !names.has(name) || IPC_CALL.test(calleeText(call)) || /\.track$/.test(calleeText(call))) continue;
        const target = ts.isIdentifier(unwrap(call.expression)) ? calledFunction(call, file) : undefined;
        const wrapper = target ? wrappers.get(target.node) : undefined;
        if (!wrapper || wrapper.node === enclosingFunctions(call)[0]) continue;
        readCall(call, file, 'positional', wrapper.sink, calleeText(call), false, wrapper);
      }
    }
    if (wrappers.size > before) continue;
    const direct = senderCalls.filter((s) => !done.has(s.call) && !(s.body && wrappers.has(s.body.node)));
    for (const s of direct) {
      if (s.body && s.body.node === enclosingFunctions(s.call)[0]) continue;
      readCall(s.call, s.file, styleOf(s.call, s.file), s.sender.sink, s.via, false);
    }
    const bodies = new Map(
      direct.flatMap((s) => (s.body && !wrappers.has(s.body.node) ? [[s.body.node, s.body.file] as const] : [])),
    );
    for (const [node, file] of bodies) commonProperties.push(...bodyCommonKeys(node, file));
    if (wrappers.size === before) break;
  }

  // Event enum references that no call read sends, and strings that spell an event name: reported, never dropped.
  const eventValues = new Set([...enums.values()].flatMap((e) => [...e.values.values()]));
  for (const file of candidates) {
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        enumNames.has(node.expression.text) &&
        !evaluator.consumed.has(node)
      ) {
        const eventEnum = evaluator.enumAt(node.expression.text, node, file);
        const value = eventEnum?.values.get(node.name.text);
        if (eventEnum) {
          unresolved.push({
            at: locate(node, file),
            what: `a reference to ${node.getText()} that no analytics call read here sends`,
            text: node.parent.getText().replace(/\s+/g, ' ').slice(0, 200),
            ...(value === undefined ? {} : { events: [value] }),
          });
        }
        return;
      }
      if (ts.isIdentifier(node) && enumNames.has(node.text) && isWholeEnumValue(node)) {
        const eventEnum = evaluator.enumAt(node.text, node, file);
        if (eventEnum && eventEnum.values.size > 0) {
          unresolved.push({
            at: locate(node, file),
            what: `a reference to the whole enum ${node.text}, which may send any of its names`,
            text: node.parent.getText().replace(/\s+/g, ' ').slice(0, 200),
            events: [...new Set(eventEnum.values.values())],
          });
        }
      }
      if (
        ts.isStringLiteralLike(node) &&
        eventValues.has(node.text) &&
        !evaluator.consumed.has(node) &&
        isLooseString(node)
      ) {
        unresolved.push({
          at: locate(node, file),
          what: `the string "${node.text}", an event name, that no analytics call read here sends`,
          text: node.parent.getText().replace(/\s+/g, ' ').slice(0, 200),
          events: [node.text],
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree.parse(file));
  }

  const complete = options.files === undefined && syntaxErrors.length === 0;
  const sent = new Set(callSites.flatMap((c) => c.events));
  const unresolvedNames = new Set(unresolved.flatMap((u) => u.events ?? []));
  const sendingOf = (name: string) =>
    sent.has(name)
      ? 'sent'
      : unresolvedNames.has(name)
        ? 'not-resolved'
        : complete
          ? 'never-sent'
          : ('not-found' as const);
  const eventNames = new Map<string, Snapshot['eventNames'][number]>();
  for (const e of [...enums.values()].sort((a, b) => a.file.localeCompare(b.file) || a.node.pos - b.node.pos)) {
    for (const member of e.node.members) {
      const value = ts.isIdentifier(member.name) ? e.values.get(member.name.text) : undefined;
      if (value === undefined || !ts.isIdentifier(member.name)) continue;
      const definition = { enum: e.name, member: member.name.text, at: locate(member, e.file) };
      const known = eventNames.get(value);
      if (known) known.definitions.push(definition);
      else eventNames.set(value, { name: value, sending: sendingOf(value), definitions: [definition] });
    }
  }
  const byPlace = (a: { at: { file: string; line: number } }, b: { at: { file: string; line: number } }) =>
    a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line;
  const release = options.release ?? tree.packageVersion('insomnia');
  if (!release) {
    throw new SourceTreeError(
      `${tree.label}: packages/insomnia/package.json has no version, so the release is not known. Give --release <version>.`,
    );
  }
  return {
    release,
    ...(options.commit ? { commit: options.commit } : {}),
    ...(options.files ? { files: { ...options.files } } : {}),
    ...(options.date ? { date: options.date } : {}),
    complete,
    syntaxErrors: syntaxErrors.sort(byPlace),
    eventNames: [...eventNames.values()],
    callSites: callSites.sort(byPlace),
    commonProperties: dedupe(commonProperties.map(finish)).sort(byPlace),
    pageViews: pageViews.sort(byPlace),
    identify: identify.sort(byPlace),
    unresolved: dedupeUnresolved(unresolved).sort(byPlace),
  };
}

/** Whether an expression is a parameter of the function it is in, or a member of one: the function passes it on. */
function forwardsParameter(expression: ts.Expression, scopes: Scopes, file: string): boolean {
  let e = expression;
  while (ts.isPropertyAccessExpression(e)) e = e.expression;
  return ts.isIdentifier(e) && scopes.resolve(e.text, e, file)?.kind === 'parameter';
}

/**
 * Whether an enum's name is used as a value that may stand for any of its
 * members (`Object.values(SegmentEvent)`, `SegmentEvent[key]`), rather than
 * as a type, in an import or export, in its own declaration, or to name one member.
 */
function isWholeEnumValue(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return false;
  if (ts.isElementAccessExpression(parent)) {
    return parent.expression === node && !ts.isStringLiteralLike(parent.argumentExpression);
  }
  if (ts.isShorthandPropertyAssignment(parent)) return true;
  // A declaration's own name, or the name an import, export or destructuring reads.
  if ((parent as { name?: ts.Node }).name === node || (parent as { propertyName?: ts.Node }).propertyName === node) {
    return false;
  }
  return !(
    ts.isTypeReferenceNode(parent) ||
    ts.isTypeQueryNode(parent) ||
    ts.isQualifiedName(parent) ||
    ts.isExpressionWithTypeArguments(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent) ||
    ts.isExportAssignment(parent)
  );
}

/** A string in code, not an enum's own value, a type, a module name or a key. */
function isLooseString(node: ts.StringLiteralLike): boolean {
  const parent = node.parent;
  if (ts.isEnumMember(parent) || ts.isLiteralTypeNode(parent)) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) {
    return false;
  }
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return false;
  return true;
}

function dedupe(found: readonly PropertyFinding[]): PropertyFinding[] {
  const seen = new Set<string>();
  return found.filter((p) => {
    const key = `${p.key}@${p.at.file}:${p.at.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupeUnresolved(found: readonly Unresolved[]): Unresolved[] {
  const seen = new Set<string>();
  return found.filter((u) => {
    const key = `${u.at.file}:${u.at.line}:${u.what}:${u.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import ts from 'typescript';
import type { CallSite, PropertyFinding, Snapshot, Unresolved } from '../schemas/snapshot.ts';
import { Evaluator, locate, type Binding, type Context, type EventEnum } from './evaluate.ts';
import { enclosingFunctions, functionName, Scopes } from './scope.ts';
import type { SourceTree } from './source-tree.ts';

/**
 * Reads every analytics call of an app source tree into a snapshot, as VS
 * Code's telemetry extractor reads VS Code: the event enums, the calls that
 * send (the app window's IPC call, the Segment client's `track`, Customer.io),
 * and the functions that wrap them, found by what they do rather than by a list
 * of names: a named function that passes one of its parameters on as the event
 * is a wrapper, and its calls are call sites, read with its parameters bound to
 * their arguments. A wrapper that calls the Segment client itself is a send
 * function: the keys it adds whatever it is given are common to every event.
 */

/** The app window's calls into the main process: `window.main.trackSegmentEvent({ event, properties })`. */
const IPC_SINK = /(?:^|\.)main\.(trackSegmentEvent|trackAnalyticsEvent)$/;
const PAGE_VIEW = /(?:^|\.)trackPageView$/;
const CUSTOMER_IO = /^@customerio\//;
/** Text that a file sending or defining analytics has; other files are not parsed unless an import leads there. */
const MAY_SEND = /track|Event\b|identify\(/;

type Style = 'ipc' | 'positional';

/** A function that passes its parameter on as the event name. */
interface Wrapper {
  readonly name: string;
  readonly file: string;
  readonly node: ts.FunctionLikeDeclaration;
  /** The call inside it that sends (or calls another wrapper). */
  readonly inner: ts.CallExpression;
  readonly style: Style;
  readonly sink: CallSite['sink'];
  /** Calls the Segment or Customer.io client itself. */
  readonly sends: boolean;
  /** The wrapper whose call `inner` is, when it wraps another wrapper. */
  readonly wraps?: Wrapper;
}

export interface ExtractOptions {
  /** The release label; defaults to the version of packages/insomnia/package.json. */
  readonly release?: string;
  readonly commit?: string;
  /** For a tree assembled file by file: the commit each file came from. */
  readonly files?: Readonly<Record<string, string>>;
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

function importsCustomerIo(source: ts.SourceFile): boolean {
  return source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && CUSTOMER_IO.test(s.moduleSpecifier.text),
  );
}

/** The event and properties arguments of a sending call. */
function callArguments(call: ts.CallExpression, style: Style, evaluator: Evaluator) {
  if (style === 'positional') return { event: call.arguments[0], properties: call.arguments[1] };
  const object = call.arguments[0];
  if (object && ts.isObjectLiteralExpression(object)) {
    return { event: evaluator.member(object, 'event'), properties: evaluator.member(object, 'properties') };
  }
  return { event: object, properties: undefined, object };
}

export function extract(tree: SourceTree, options: ExtractOptions = {}): Snapshot {
  const candidates = tree.files.filter((file) => MAY_SEND.test(tree.text(file)));
  const scopes = new Scopes(tree);
  const enums = eventEnums(tree, candidates);
  const evaluator = new Evaluator(scopes, enums);
  const enumNames = new Set([...enums.values()].map((e) => e.name));
  const callSites: CallSite[] = [];
  const unresolved: Unresolved[] = [];
  const commonProperties: PropertyFinding[] = [];
  const pageViews: Snapshot['pageViews'] = [];
  const identify: Snapshot['identify'] = [];
  const wrappers = new Map<ts.FunctionLikeDeclaration, Wrapper>();

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
    const args = callArguments(current, currentStyle, evaluator);
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
        const args = callArguments(call, style, evaluator);
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
    callSites.push({ at: locate(call, file), sink, via, events: [...new Set(names.names)], properties });
  };

  // The sending calls themselves: the window's IPC call, the Segment client, Customer.io.
  for (const file of candidates) {
    const source = tree.parse(file);
    const customerIo = importsCustomerIo(source);
    for (const call of calls(source)) {
      const callee = calleeText(call);
      if (IPC_SINK.test(callee)) readCall(call, file, 'ipc', 'segment', callee, false);
      else if (PAGE_VIEW.test(callee)) {
        const arg = call.arguments[0];
        const name = arg && ts.isObjectLiteralExpression(arg) ? evaluator.member(arg, 'name') : arg;
        if (name && !forwardsParameter(name, scopes, file)) {
          pageViews.push({
            at: locate(call, file),
            via: callee,
            name: evaluator.sourceOf(name, { file, bindings: new Map() }),
          });
        }
      } else if (customerIo && /\.identify$/.test(callee)) {
        const traits = evaluator.keys(call.arguments[1], { file, bindings: new Map() });
        unresolved.push(...traits.unresolved);
        identify.push({
          at: locate(call, file),
          userId: call.arguments[0]?.getText() ?? '',
          traits: traits.properties,
        });
      } else if (customerIo && /\.page$/.test(callee)) {
        pageViews.push({
          at: locate(call, file),
          via: `Customer.io ${callee}`,
          name: call.arguments[0]?.getText() ?? '(the current page)',
        });
      } else if (/\.track$/.test(callee)) {
        const object = call.arguments[0];
        const style: Style = object && ts.isObjectLiteralExpression(object) ? 'ipc' : 'positional';
        const { event } = callArguments(call, style, evaluator);
        // Only calls that name an event, or pass a parameter on: other `.track()` methods are not analytics.
        const namesEvent = event !== undefined && [...enumNames].some((n) => event.getText().includes(n));
        if (namesEvent || (event && forwardsParameter(event, scopes, file))) {
          readCall(call, file, style, customerIo ? 'customer-io' : 'segment', callee, true);
        }
      }
    }
  }

  // The calls of wrappers, and of wrappers of wrappers, until no new one appears.
  const done = new Set<ts.CallExpression>();
  for (let round = 0; round < 6; round++) {
    const before = wrappers.size;
    const names = new Set([...wrappers.values()].map((w) => w.name));
    for (const file of candidates) {
      const source = tree.parse(file);
      for (const call of calls(source)) {
        if (done.has(call)) continue;
        const callee = call.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : undefined;
        if (!name || !names.has(name) || IPC_SINK.test(calleeText(call)) || /\.track$/.test(calleeText(call))) continue;
        const declaration = ts.isIdentifier(callee) ? scopes.resolve(name, callee, file) : undefined;
        const wrapper = declaration?.kind === 'function' ? wrappers.get(declaration.node) : undefined;
        if (!wrapper || wrapper.node === enclosingFunctions(call)[0]) continue;
        done.add(call);
        readCall(call, file, 'positional', wrapper.sink, name, false, wrapper);
      }
    }
    if (wrappers.size === before) break;
  }

  // Event enum members that no call was seen to send: reported, never dropped.
  for (const file of candidates) {
    const text = tree.text(file);
    if (![...enumNames].some((n) => text.includes(`${n}.`))) continue;
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        enumNames.has(node.expression.text) &&
        !evaluator.consumed.has(node) &&
        evaluator.enumAt(node.expression.text, node, file)
      ) {
        unresolved.push({
          at: locate(node, file),
          what: `a reference to ${node.getText()} that no analytics call read here sends`,
          text: node.parent.getText().replace(/\s+/g, ' ').slice(0, 200),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree.parse(file));
  }

  const sent = new Set(callSites.flatMap((c) => c.events));
  const eventNames = new Map<string, Snapshot['eventNames'][number]>();
  for (const e of [...enums.values()].sort((a, b) => a.file.localeCompare(b.file) || a.node.pos - b.node.pos)) {
    for (const member of e.node.members) {
      const value = ts.isIdentifier(member.name) ? e.values.get(member.name.text) : undefined;
      if (value === undefined || !ts.isIdentifier(member.name)) continue;
      const definition = { enum: e.name, member: member.name.text, at: locate(member, e.file) };
      const known = eventNames.get(value);
      if (known) known.definitions.push(definition);
      else eventNames.set(value, { name: value, sent: sent.has(value), definitions: [definition] });
    }
  }
  const byPlace = (a: { at: { file: string; line: number } }, b: { at: { file: string; line: number } }) =>
    a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line;
  const release = options.release ?? tree.packageVersion('insomnia');
  if (!release)
    throw new Error('The release is not known: packages/insomnia/package.json has no version. Give --release.');
  return {
    release,
    ...(options.commit ? { commit: options.commit } : {}),
    ...(options.files ? { files: { ...options.files } } : {}),
    complete: options.files === undefined,
    eventNames: [...eventNames.values()],
    callSites: callSites.sort(byPlace),
    commonProperties: dedupe(commonProperties).sort(byPlace),
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

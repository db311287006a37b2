import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The app's source, read as TypeScript syntax trees: the files of its packages
 * (tests left out), each read once and parsed on first use, and the module
 * resolution the app's own build uses (relative paths, the `~/` alias of the
 * desktop app, and the workspace packages by name). The files come from a
 * folder (a checkout, or files gathered one by one) or straight from a commit
 * of a git repository, bare or not, with no work tree.
 *
 * Symbolic links are never followed: a link inside the tree is neither a file
 * nor a folder of it, so a loop cannot make the walk endless or read a file twice.
 */

/** Packages that hold only tests of the others (`insomnia-smoke-test`). */
const TEST_PACKAGE = /(^|-)(smoke-test|tests?)$/;

/** Test and type-only files, which send nothing (the app names no test `.spec.ts`: `…spec.tsx` is a route). */
const NOT_APP_CODE = /(^|\/)(__tests__|__mocks__|__snapshots__)\/|\.test\.tsx?$|\.d\.ts$/;

/** The source files of a package: `packages/<pkg>/src/….ts(x)`. */
const SOURCE_FILE = /^packages\/([^/]+)\/src\/.+\.tsx?$/;

/** A problem with the input that the person running the extractor can fix: one line, no stack trace. */
export class SourceTreeError extends Error {}

/** A place in a file of the tree where the code is not valid TypeScript. */
export interface SyntaxProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Where the files come from: their paths, and how to read one. */
interface Origin {
  /** How messages name the tree: the folder, or `<repository> at <ref>`. */
  readonly label: string;
  /** Every regular file under `packages/<pkg>/src/` with a TypeScript extension, and each package's manifest. */
  readonly paths: readonly string[];
  /** The names of the folders under `packages/`. */
  readonly packages: readonly string[];
  /** Reads files; called once with every app file the extractor will read, then for single files on demand. */
  read(paths: readonly string[]): Map<string, string>;
}

export class SourceTree {
  /** How messages name the tree. */
  readonly label: string;
  /** Every source file of the packages, as a path from the repository root with forward slashes. */
  readonly files: readonly string[];
  private readonly known: ReadonlySet<string>;
  private readonly packages: ReadonlySet<string>;
  private readonly origin: Origin;
  private readonly parsed = new Map<string, ts.SourceFile>();
  private readonly texts = new Map<string, string>();
  private readAll = false;

  private constructor(origin: Origin) {
    this.origin = origin;
    this.label = origin.label;
    this.known = new Set(origin.paths);
    this.packages = new Set(origin.packages);
    this.files = origin.paths
      .filter((path) => {
        const match = SOURCE_FILE.exec(path);
        return match && !TEST_PACKAGE.test(match[1] as string) && !NOT_APP_CODE.test(path);
      })
      .sort();
    const name = this.manifest('insomnia', false)?.['name'];
    if (name !== 'insomnia') {
      throw new SourceTreeError(
        `${this.label} is not an Insomnia source checkout: it has no packages/insomnia/package.json naming the package "insomnia". Give the root of a checkout of Kong/insomnia (the folder that holds packages/).`,
      );
    }
  }

  /** Opens a folder: a checkout, or files gathered one by one under their repository paths. */
  static open(dir: string): SourceTree {
    const root = resolve(dir);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new SourceTreeError(`There is no folder at ${dir}. Give --app the root of an Insomnia source checkout.`);
    }
    const packagesDir = join(root, 'packages');
    const packages = isDirectory(packagesDir)
      ? readdirSync(packagesDir, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      : [];
    const paths: string[] = [];
    for (const pkg of packages) {
      const manifest = `packages/${pkg}/package.json`;
      if (lstatSync(join(root, manifest), { throwIfNoEntry: false })?.isFile()) paths.push(manifest);
      if (isDirectory(join(root, 'packages', pkg, 'src'))) walk(root, `packages/${pkg}/src`, paths);
    }
    return new SourceTree({
      label: dir,
      paths,
      packages,
      read: (files) => new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')])),
    });
  }

  /**
   * Opens the tree of a commit in a git repository (a clone, or a bare mirror)
   * without checking it out: the paths from `git ls-tree`, the files from
   * `git cat-file --batch`, all in one pass.
   */
  static fromGit(repository: string, ref: string): SourceTree {
    const git = (args: string[], input?: string): Buffer =>
      execFileSync('git', ['-C', repository, ...args], {
        maxBuffer: 1 << 30,
        stdio: ['pipe', 'pipe', 'pipe'],
        ...(input === undefined ? {} : { input }),
      });
    let listing: string;
    try {
      listing = git(['ls-tree', '-r', '-z', '--full-tree', ref, '--', 'packages']).toString('utf8');
    } catch {
      throw new SourceTreeError(`${repository} has no commit ${ref}: give a tag or commit of that repository.`);
    }
    const blobs = new Map<string, string>();
    const packages = new Set<string>();
    for (const entry of listing.split('\0')) {
      const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (!match) continue;
      const [, mode, type, sha, path] = match as unknown as [string, string, string, string, string];
      const pkg = /^packages\/([^/]+)\//.exec(path)?.[1];
      if (pkg) packages.add(pkg);
      // 120000 is a symbolic link, 160000 a submodule: neither is a file of this tree.
      if (type !== 'blob' || mode === '120000') continue;
      if (SOURCE_FILE.test(path) || /^packages\/[^/]+\/package\.json$/.test(path)) blobs.set(path, sha);
    }
    const label = `${repository} at ${ref}`;
    return new SourceTree({
      label,
      paths: [...blobs.keys()],
      packages: [...packages],
      read: (files) => {
        const wanted = files.filter((f) => blobs.has(f));
        const out = git(['cat-file', '--batch'], wanted.map((f) => blobs.get(f)).join('\n') + '\n');
        const texts = new Map<string, string>();
        let at = 0;
        for (const file of wanted) {
          const end = out.indexOf(10, at);
          const header = out.toString('utf8', at, end);
          const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
          if (size === undefined) {
            throw new SourceTreeError(`${label}: the repository lacks the content of ${file} (${header}).`);
          }
          texts.set(file, out.toString('utf8', end + 1, end + 1 + Number(size)));
          at = end + 1 + Number(size) + 1;
        }
        return texts;
      },
    });
  }

  /** The version in a package's manifest, e.g. `10.1.1`. */
  packageVersion(pkg: string): string | undefined {
    const version = this.manifest(pkg, true)?.['version'];
    return typeof version === 'string' ? version : undefined;
  }

  /** A package's manifest as an object; an invalid one is an error that names it. */
  private manifest(pkg: string, strict: boolean): Record<string, unknown> | undefined {
    const file = `packages/${pkg}/package.json`;
    if (!this.known.has(file)) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(this.text(file));
    } catch (error) {
      throw new SourceTreeError(
        `${this.label}: ${file} is not valid JSON (${(error as Error).message}). Fix the file, or give the root of a clean checkout.`,
      );
    }
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Record<string, unknown>;
    if (strict) throw new SourceTreeError(`${this.label}: ${file} is not a JSON object.`);
    return undefined;
  }

  /** The text of a file; the first call reads every app file at once. */
  text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      const batch = this.readAll ? [file] : [...new Set([file, ...this.files])];
      this.readAll = true;
      for (const [path, content] of this.origin.read(batch)) this.texts.set(path, content);
      text = this.texts.get(file);
      if (text === undefined) throw new SourceTreeError(`${this.label} has no file ${file}.`);
    }
    return text;
  }

  /** The syntax tree of a file, parsed once. */
  parse(file: string): ts.SourceFile {
    let source = this.parsed.get(file);
    if (!source) {
      const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      source = ts.createSourceFile(file, this.text(file), ts.ScriptTarget.Latest, true, kind);
      this.parsed.set(file, source);
    }
    return source;
  }

  /**
   * Where the app's files are not valid TypeScript: the first syntax error of
   * each file, with its line. Every app file is parsed for this; a tree with
   * such a file cannot be read in full.
   */
  syntaxProblems(): SyntaxProblem[] {
    const sources = this.files.map((f) => this.parse(f));
    const byName = new Map(sources.map((s) => [s.fileName, s]));
    // A program that resolves nothing only collects the parser's diagnostics of the files given.
    const host: ts.CompilerHost = {
      getSourceFile: (name) => byName.get(name),
      getDefaultLibFileName: () => 'lib.d.ts',
      writeFile: () => undefined,
      getCurrentDirectory: () => '/',
      getCanonicalFileName: (name) => name,
      useCaseSensitiveFileNames: () => true,
      getNewLine: () => '\n',
      fileExists: (name) => byName.has(name),
      readFile: () => undefined,
    };
    const program = ts.createProgram({
      rootNames: [...byName.keys()],
      options: { noResolve: true, noLib: true, types: [] },
      host,
    });
    const problems: SyntaxProblem[] = [];
    for (const source of sources) {
      const first = program.getSyntacticDiagnostics(source)[0];
      if (!first) continue;
      const line = source.getLineAndCharacterOfPosition(first.start ?? 0).line + 1;
      problems.push({
        file: source.fileName,
        line,
        message: ts.flattenDiagnosticMessageText(first.messageText, ' '),
      });
    }
    return problems;
  }

  /**
   * The file a module specifier in `from` names, when it is a file of this
   * tree: `./x` and `../x`, `~/x` (the desktop app's `src/`), and a workspace
   * package by name, as `pkg`, `pkg/sub` (under its `src/`) or `pkg/src/sub`.
   */
  resolveModule(from: string, specifier: string): string | undefined {
    const bases: string[] = [];
    if (specifier.startsWith('.')) bases.push(posix.join(posix.dirname(from), specifier));
    else if (specifier.startsWith('~/')) bases.push(`packages/insomnia/src/${specifier.slice(2)}`);
    else {
      const [pkg, ...rest] = specifier.split('/');
      if (pkg && this.packages.has(pkg)) {
        const sub = rest.length > 0 ? rest.join('/') : 'index';
        bases.push(`packages/${pkg}/${sub}`, `packages/${pkg}/src/${sub}`);
      }
    }
    for (const base of bases) {
      const clean = posix.normalize(base);
      const found = [clean, `${clean}.ts`, `${clean}.tsx`, `${clean}/index.ts`, `${clean}/index.tsx`].find(
        (c) => /\.tsx?$/.test(c) && this.known.has(c),
      );
      if (found) return found;
    }
    return undefined;
  }

  /** The 1-based line of a node. */
  static line(node: ts.Node): number {
    const source = node.getSourceFile();
    return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  }
}

/** A folder that is not a symbolic link. */
function isDirectory(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The TypeScript files under a folder of the tree; a symbolic link is neither a file nor a folder of it. */
function walk(root: string, dir: string, out: string[]): void {
  const entries = readdirSync(join(root, dir), { withFileTypes: true });
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) walk(root, path, out);
    else if (entry.isFile() && /\.tsx?$/.test(entry.name)) out.push(path);
  }
}

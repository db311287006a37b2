import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * A checkout of the app's source, read as TypeScript syntax trees: the files
 * of its packages (tests left out), each parsed on first use, and the
 * module resolution the app's own build uses (relative paths, the `~/` alias of
 * the desktop app, and the workspace packages by name).
 */

/** Packages that hold only tests of the others (`insomnia-smoke-test`). */
const TEST_PACKAGE = /(^|-)(smoke-test|tests?)$/;

/** Test and type-only files, which send nothing (the app names no test `.spec.ts`: `…spec.tsx` is a route). */
const NOT_APP_CODE = /(^|\/)(__tests__|__mocks__|__snapshots__)\/|\.test\.tsx?$|\.d\.ts$/;

export class SourceTreeError extends Error {}

export class SourceTree {
  readonly root: string;
  /** Every source file of the packages, as a path from the repository root with forward slashes. */
  readonly files: readonly string[];
  private readonly parsed = new Map<string, ts.SourceFile>();
  private readonly texts = new Map<string, string>();

  private constructor(root: string, files: readonly string[]) {
    this.root = root;
    this.files = files;
  }

  /** Opens a checkout; a missing folder, or one that is not the app's repository, is a clear error. */
  static open(dir: string): SourceTree {
    const root = resolve(dir);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new SourceTreeError(`There is no folder at ${dir}. Give --app the root of an Insomnia source checkout.`);
    }
    const manifest = join(root, 'packages', 'insomnia', 'package.json');
    const name = existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name
      : undefined;
    if (name !== 'insomnia') {
      throw new SourceTreeError(
        `${dir} is not an Insomnia source checkout: it has no packages/insomnia/package.json naming the package "insomnia". Give --app the root of a checkout of Kong/insomnia (the folder that holds packages/).`,
      );
    }
    const files: string[] = [];
    const packages = readdirSync(join(root, 'packages')).filter((pkg) => !TEST_PACKAGE.test(pkg));
    for (const pkg of packages.sort()) {
      const src = join(root, 'packages', pkg, 'src');
      if (!existsSync(src)) continue;
      for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
        const path = `packages/${pkg}/src/${entry.split(sep).join('/')}`;
        if (/\.tsx?$/.test(path) && !NOT_APP_CODE.test(path)) files.push(path);
      }
    }
    return new SourceTree(root, files.sort());
  }

  /** The version in a package's manifest, e.g. `10.1.1`. */
  packageVersion(pkg: string): string | undefined {
    const manifest = join(this.root, 'packages', pkg, 'package.json');
    if (!existsSync(manifest)) return undefined;
    const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  }

  text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      text = readFileSync(join(this.root, file), 'utf8');
      this.texts.set(file, text);
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
   * The file a module specifier in `from` names, when it is a file of this
   * tree: `./x` and `../x`, `~/x` (the desktop app's `src/`), and a workspace
   * package by name, as `pkg`, `pkg/sub` (under its `src/`) or `pkg/src/sub`.
   */
  resolveModule(from: string, specifier: string): string | undefined {
    const bases: string[] = [];
    if (specifier.startsWith('.')) bases.push(join(dirname(from), specifier));
    else if (specifier.startsWith('~/')) bases.push(`packages/insomnia/src/${specifier.slice(2)}`);
    else {
      const [pkg, ...rest] = specifier.split('/');
      if (pkg && existsSync(join(this.root, 'packages', pkg))) {
        const sub = rest.length > 0 ? rest.join('/') : 'index';
        bases.push(`packages/${pkg}/${sub}`, `packages/${pkg}/src/${sub}`);
      }
    }
    for (const base of bases) {
      const clean = relative(this.root, join(this.root, base)).split(sep).join('/');
      const found = [clean, `${clean}.ts`, `${clean}.tsx`, `${clean}/index.ts`, `${clean}/index.tsx`].find(
        (c) => /\.tsx?$/.test(c) && existsSync(join(this.root, c)) && statSync(join(this.root, c)).isFile(),
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

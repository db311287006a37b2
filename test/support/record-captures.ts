/**
 * `npm run record:captures [-- --out <dir>] [--only <scenario>]`: records the
 * HAR fixtures of test/fixtures/captures/ for real. Each scenario of
 * capture-scenarios.ts is sent by the client libraries the app uses
 * (`@segment/analytics-node`, `@sentry/node`, `@customerio/cdp-analytics-node`,
 * and Node's fetch for Kong's requests) through a real mitmproxy (`mitmdump`),
 * which answers every request from a local sink on 127.0.0.1 (nothing leaves
 * the machine) and writes the HAR. Needs mitmproxy: `apt-get install mitmproxy`
 * or `pipx install mitmproxy`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS, type Scenario } from './capture-scenarios.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Where the fixtures live. */
export const CAPTURES_DIR = resolve(HERE, '../fixtures/captures');
const ROUTE_ADDON = join(HERE, 'capture-route.py');
const CLIENT = join(HERE, 'capture-client.ts');
/** mitmproxy before 10.1 writes HAR only with this example script, which Debian ships with it. */
const HAR_DUMP_SCRIPTS = [
  process.env['MITMPROXY_HAR_DUMP'] ?? '',
  '/usr/share/doc/mitmproxy/examples/contrib/har_dump.py',
].filter(Boolean);

const INSTALL_HINT = 'install mitmproxy (apt-get install mitmproxy, or pipx install mitmproxy) and run again';

/** The mitmdump version, e.g. [8, 1, 1]; undefined when mitmdump is not installed. */
export function mitmdumpVersion(): number[] | undefined {
  try {
    const out = execFileSync('mitmdump', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /Mitmproxy:\s*(\d+)\.(\d+)(?:\.(\d+))?/.exec(out);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
  } catch {
    return undefined;
  }
}

/** The arguments that make mitmdump write `out` as HAR: its own option from 10.1, the example script before. */
function harArguments(version: readonly number[], out: string): string[] {
  const [major = 0, minor = 0] = version;
  if (major > 10 || (major === 10 && minor >= 1)) return ['--set', `hardump=${out}`];
  const script = HAR_DUMP_SCRIPTS.find((p) => existsSync(p));
  if (!script)
    throw new Error(
      `mitmdump ${version.join('.')} writes HAR only with its har_dump.py example, which was not found (looked in ${HAR_DUMP_SCRIPTS.join(', ')}). Set MITMPROXY_HAR_DUMP to its path, or install mitmproxy 10.1 or later.`,
    );
  return ['-s', script, '--set', `hardump=${out}`];
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** The local sink: answers every request with 200 and `{}`, as the vendors' APIs answer a good request. */
function startSink(): Promise<{ server: Server; port: number }> {
  return new Promise((done) => {
    const server = createHttpServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{}');
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

async function waitFor(what: string, ready: () => Promise<boolean>, proxy: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (proxy.exitCode !== null) throw new Error(`mitmdump stopped before ${what}:\n${log()}`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`mitmdump did not get to ${what} within 30 s:\n${log()}`);
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function runClient(step: unknown, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLIENT, JSON.stringify(step)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? done()
        : fail(new Error(`the client failed (exit ${code}) on ${JSON.stringify(step).slice(0, 200)}:\n${output}`)),
    );
  });
}

/** Records one scenario through mitmdump into `out`. */
async function record(scenario: Scenario, out: string, confdir: string, version: readonly number[]): Promise<void> {
  const sink = await startSink();
  const port = await freePort();
  let log = '';
  const proxy = spawn(
    'mitmdump',
    [
      '--listen-host',
      '127.0.0.1',
      '--listen-port',
      String(port),
      '--set',
      `confdir=${confdir}`,
      // Connect upstream only once a request is routed: a CONNECT alone never reaches the real host.
      '--set',
      'connection_strategy=lazy',
      '-s',
      ROUTE_ADDON,
      '--set',
      `sink=127.0.0.1:${sink.port}`,
      ...harArguments(version, out),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  proxy.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  proxy.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  try {
    await waitFor(
      'listening',
      () => listening(port),
      proxy,
      () => log,
    );
    const ca = join(confdir, 'mitmproxy-ca-cert.pem');
    await waitFor(
      'its certificate',
      async () => existsSync(ca),
      proxy,
      () => log,
    );
    const proxyUrl = `http://127.0.0.1:${port}`;
    // How a reader points a Node program at mitmproxy: the proxy in the environment, its CA trusted.
    const env = {
      ...process.env,
      NODE_USE_ENV_PROXY: '1',
      HTTPS_PROXY: proxyUrl,
      HTTP_PROXY: proxyUrl,
      https_proxy: proxyUrl,
      http_proxy: proxyUrl,
      NO_PROXY: '',
      no_proxy: '',
      NODE_EXTRA_CA_CERTS: ca,
    };
    for (const step of scenario.steps) await runClient(step, env);
  } finally {
    const exited = new Promise<void>((done) => proxy.once('exit', () => done()));
    if (proxy.exitCode === null) proxy.kill('SIGINT');
    await exited;
    sink.server.close();
  }
  if (!existsSync(out)) throw new Error(`mitmdump wrote no HAR for "${scenario.name}":\n${log}`);
}

/**
 * Records the scenarios into `outDir` (`only`: one of them). Throws with the
 * install hint when mitmdump is missing.
 */
export async function recordCaptures(outDir: string, only?: string): Promise<string[]> {
  const version = mitmdumpVersion();
  if (!version) throw new Error(`mitmdump was not found: ${INSTALL_HINT}.`);
  const scenarios = SCENARIOS.filter((s) => only === undefined || s.name === only);
  if (scenarios.length === 0)
    throw new Error(`No scenario is named "${only}"; the scenarios are ${SCENARIOS.map((s) => s.name).join(', ')}.`);
  mkdirSync(outDir, { recursive: true });
  const confdir = mkdtempSync(join(tmpdir(), 'record-captures-'));
  const written: string[] = [];
  try {
    for (const scenario of scenarios) {
      const out = join(outDir, `${scenario.name}.har`);
      rmSync(out, { force: true });
      await record(scenario, out, confdir, version);
      written.push(out);
    }
  } finally {
    rmSync(confdir, { recursive: true, force: true });
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    const started = performance.now();
    const files = await recordCaptures(option('--out') ?? CAPTURES_DIR, option('--only'));
    for (const f of files) console.log(`recorded ${f}`);
    console.log(`${files.length} captures in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`record:captures: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/**
 * The programs the tests run besides Node: Chromium (browser tests), Java (the Nu HTML Checker) and
 * nginx (serves dist/ to the browser tests). `npm test` finds them or installs them itself, through
 * this script (tests/support/tools-setup.ts calls it before the tests that need them), so a fresh
 * clone needs nothing but `npm install && npm test`:
 *
 * 1. a path the user gave (`CHROMIUM_PATH`, `JAVA_HOME`, `NGINX_PATH`), then the usual places
 *    (`/usr/bin/chromium`, `java` and `nginx` on the PATH…), then what a download left in
 *    node_modules or Playwright's cache;
 * 2. else a download where one works: `playwright-core install chromium` (Chrome for Testing) and
 *    vnu-jar's own Java download (Temurin); nginx has none;
 * 3. else Debian's packages, with `apt-get install -y`, on Debian or Ubuntu when running as root;
 * 4. else one message that names the command to run. A missing tool never skips a test.
 *
 * `npx node scripts/test-tools.ts [chromium] [java] [nginx]` does the same from a shell and prints
 * the paths. `HANDBOOK_TOOLS_DOWNLOAD=0` turns the downloads off; `HANDBOOK_SYSTEM_ROOT=/some/dir`
 * makes the script look for (and install with) system files under that directory instead of `/`,
 * which is how the tests try a machine that has none of the tools.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

export type ToolName = 'chromium' | 'java' | 'nginx';
export const toolNames: readonly ToolName[] = ['chromium', 'java', 'nginx'];

/** The machine, as the script sees it: `machine()` is the real one, tests pass a fake. */
export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Where a system path such as `/usr/bin/chromium` is on this computer: the same path, or under
   * HANDBOOK_SYSTEM_ROOT when that is set. The other methods take paths on this computer.
   */
  locate(systemPath: string): string;
  /** Whether `path` is an executable file. */
  isExecutable(path: string): boolean;
  /** The text of a file, or undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** Whether the script runs as root (apt-get needs it). */
  isRoot: boolean;
  /** Runs a program, its output shown; resolves to its exit status (127 when it cannot start). */
  run(command: string, args: readonly string[], env?: Record<string, string>): Promise<number>;
  /** Where Playwright keeps its Chromium, whether or not it has been downloaded. */
  playwrightChromium(): string;
  /** The `node` command and arguments of Playwright's command-line tool. */
  playwrightCli: readonly string[];
  /** Where vnu-jar keeps the Java runtime it downloads, whether or not it has been. */
  vnuJava(): string;
  /** The `node` command and arguments that download vnu-jar's Java runtime. */
  vnuInstall: readonly string[];
  log(message: string): void;
}

interface ToolSpec {
  /** What the tool is for, in the message of a missing tool. */
  purpose: string;
  /** A path the user gave, from the environment. */
  given(env: Machine['env']): string | undefined;
  /** The variable to set instead of installing, for the message. */
  setting: string;
  /** Commands looked up on the PATH, then fixed places, as paths on the machine. */
  commands: readonly string[];
  places: readonly string[];
  /** Where a download puts it, and the download itself (node + arguments). */
  downloaded?(machine: Machine): string;
  download?(machine: Machine): readonly string[];
  /** The Debian package that provides it. */
  debianPackage: string;
  /** How to install it elsewhere, for the message. */
  elsewhere: string;
}

const specs: Record<ToolName, ToolSpec> = {
  chromium: {
    purpose: 'the browser tests',
    given: (env) => env['CHROMIUM_PATH'],
    setting: 'CHROMIUM_PATH',
    commands: ['chromium', 'chromium-browser'],
    places: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
    downloaded: (m) => m.playwrightChromium(),
    // On Debian as root, Playwright also installs the libraries its Chromium needs (with apt-get).
    download: (m) => [...m.playwrightCli, 'install', ...(m.isRoot && isDebianLike(m) ? ['--with-deps'] : []), 'chromium'],
    debianPackage: 'chromium',
    elsewhere: '`npx playwright-core install chromium`',
  },
  java: {
    purpose: 'the Nu HTML Checker',
    given: (env) => (env['JAVA_HOME'] ? join(env['JAVA_HOME'], 'bin', 'java') : undefined),
    setting: 'JAVA_HOME',
    commands: ['java'],
    places: ['/usr/bin/java'],
    downloaded: (m) => m.vnuJava(),
    download: (m) => m.vnuInstall,
    debianPackage: 'default-jre-headless',
    elsewhere: 'a Java 11 or later runtime (e.g. `brew install openjdk`)',
  },
  nginx: {
    purpose: 'serving dist/ to the browser tests',
    given: (env) => env['NGINX_PATH'],
    setting: 'NGINX_PATH',
    commands: ['nginx'],
    places: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'],
    debianPackage: 'nginx',
    elsewhere: '`brew install nginx`',
  },
};

/** The tool where it already is, as a path on this computer, or undefined. */
export function findTool(name: ToolName, machine: Machine): string | undefined {
  const spec = specs[name];
  const given = spec.given(machine.env);
  // A path the user gave is used as it is (it is on this computer), and only that one.
  if (given) return machine.isExecutable(given) ? given : undefined;
  const onPath = (machine.env['PATH'] ?? '').split(delimiter).filter((dir) => dir.startsWith('/'));
  for (const candidate of [...spec.commands.flatMap((c) => onPath.map((dir) => join(dir, c))), ...spec.places]) {
    const path = machine.locate(candidate);
    if (machine.isExecutable(path)) return path;
  }
  const downloaded = spec.downloaded?.(machine);
  return downloaded && machine.isExecutable(downloaded) ? downloaded : undefined;
}

/** Whether the machine runs Debian or a Debian derivative such as Ubuntu (it has apt-get and Debian's packages). */
export function isDebianLike(machine: Machine): boolean {
  const release = machine.read(machine.locate('/etc/os-release')) ?? '';
  return /^ID(?:_LIKE)?=.*\b(?:debian|ubuntu)\b/m.test(release) && machine.isExecutable(machine.locate('/usr/bin/apt-get'));
}

/** Thrown when a tool is missing and could not be installed: its message says what to run. */
export class MissingToolsError extends Error {
  // Private, so that test runners print the message alone rather than the fields of the error.
  readonly #missing: readonly ToolName[];
  /** The tools still missing. */
  get missing(): readonly ToolName[] {
    return this.#missing;
  }
  constructor(missing: readonly ToolName[], machine: Machine, attempted: string[]) {
    const list = missing.map((n) => `${n} (for ${specs[n].purpose})`).join(', ');
    const apt = `apt-get install -y ${missing.map((n) => specs[n].debianPackage).join(' ')}`;
    const lines = [
      `The tests need ${list}, and this machine does not have ${missing.length > 1 ? 'them' : 'it'}.`,
      ...(attempted.length ? [`Tried: ${attempted.join('; ')}.`] : []),
      `Install ${missing.length > 1 ? 'them' : 'it'}, then run \`npm test\` again: on Debian or Ubuntu, \`${machine.isRoot ? '' : 'sudo '}${apt}\`;`,
      `elsewhere ${missing.map((n) => `${n}: ${specs[n].elsewhere}`).join(', ')};`,
      `or point the tests at ${missing.length > 1 ? 'them' : 'it'} with ${missing.map((n) => specs[n].setting).join(', ')}.`,
    ];
    super(lines.join('\n'));
    this.name = 'MissingToolsError';
    this.#missing = missing;
  }
}

/**
 * The tools, found or installed: a path on this computer for each. Installs with one download per
 * tool that has one, then one `apt-get install` for whatever is still missing; throws
 * {@link MissingToolsError} when something is still missing after that.
 */
export async function provideTools(names: readonly ToolName[], machine: Machine): Promise<Record<ToolName, string>> {
  const found: Partial<Record<ToolName, string>> = {};
  const attempted: string[] = [];
  const missing = () => names.filter((n) => !found[n]);
  const look = (name: ToolName) => {
    const path = findTool(name, machine);
    if (path) found[name] = path;
  };
  names.forEach(look);
  const allowDownload = machine.env['HANDBOOK_TOOLS_DOWNLOAD'] !== '0';
  for (const name of missing()) {
    const spec = specs[name];
    // A path the user gave that does not work is theirs to fix: no install would change it.
    if (spec.given(machine.env)) continue;
    if (!allowDownload || !spec.download) continue;
    const [command, ...args] = spec.download(machine);
    machine.log(`${name} is missing: downloading it (${[command, ...args].join(' ')})`);
    attempted.push(`downloading ${name}`);
    if ((await machine.run(command!, args)) === 0) look(name);
  }
  const forApt = missing().filter((n) => !specs[n].given(machine.env));
  if (forApt.length && machine.isRoot && isDebianLike(machine)) {
    const packages = forApt.map((n) => specs[n].debianPackage);
    machine.log(`${forApt.join(', ')} missing: installing Debian's ${packages.join(' ')} with apt-get`);
    attempted.push(`apt-get install -y ${packages.join(' ')}`);
    const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
    const aptGet = machine.locate('/usr/bin/apt-get');
    const install = () => machine.run(aptGet, ['install', '-y', '-q', ...packages], aptEnv);
    // A fresh machine may have no package lists yet: fetch them once and try again.
    if ((await install()) !== 0 && (await machine.run(aptGet, ['update', '-q'], aptEnv)) === 0) await install();
    forApt.forEach(look);
  }
  if (missing().length) throw new MissingToolsError(missing(), machine, attempted);
  return found as Record<ToolName, string>;
}

/** This computer, with system paths under `HANDBOOK_SYSTEM_ROOT` when it is set. */
export function machine(env: NodeJS.ProcessEnv = process.env): Machine {
  const root = env['HANDBOOK_SYSTEM_ROOT'] ?? '';
  const locate = (path: string) => (root && path.startsWith('/') ? join(root, path) : path);
  const require = createRequire(import.meta.url);
  const playwrightCli = join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
  const vnuDownloader = require.resolve('vnu-jar/vnu-java-downloader.js');
  return {
    env,
    locate,
    isRoot: process.getuid?.() === 0,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    read(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    run(command, args, extraEnv = {}) {
      return new Promise((resolve) => {
        const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, ...extraEnv } });
        child.on('error', () => resolve(127));
        child.on('close', (code) => resolve(code ?? 1));
      });
    },
    playwrightChromium() {
      // playwright-core knows where its own download of Chromium goes (PLAYWRIGHT_BROWSERS_PATH or its cache).
      return (require('playwright-core') as typeof import('playwright-core')).chromium.executablePath();
    },
    playwrightCli: [process.execPath, playwrightCli],
    vnuJava() {
      return (require(vnuDownloader) as { getLocalJavaExecutablePath(): string }).getLocalJavaExecutablePath();
    },
    vnuInstall: [process.execPath, vnuDownloader],
    log: (message) => console.log(`[test tools] ${message}`),
  };
}

if (import.meta.main) {
  const asked = process.argv.slice(2).filter((a): a is ToolName => (toolNames as readonly string[]).includes(a));
  try {
    const paths = await provideTools(asked.length ? asked : toolNames, machine());
    for (const [name, path] of Object.entries(paths)) console.log(`${name}: ${path}`);
  } catch (error) {
    if (!(error instanceof MissingToolsError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

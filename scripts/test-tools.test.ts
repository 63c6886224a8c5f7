import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findTool, MissingToolsError, provideTools, type Machine, type ToolName } from './test-tools';

const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

interface FakeOptions {
  executables?: string[];
  env?: Record<string, string>;
  osRelease?: string;
  root?: boolean;
  /** What each command does: the executables it adds, and its exit status. */
  effects?: Record<string, (args: readonly string[]) => { adds?: string[]; status: number }>;
}

/** A machine made of a list of executable files, recording the commands run on it. */
function fakeMachine({ executables = [], env = {}, osRelease, root = true, effects = {} }: FakeOptions = {}) {
  const files = new Set(executables);
  if (osRelease !== undefined) files.add('/usr/bin/apt-get');
  const ran: string[] = [];
  const machine: Machine = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    locate: (path) => path,
    isExecutable: (path) => files.has(path),
    read: (path) => (path === '/etc/os-release' ? osRelease : undefined),
    isRoot: root,
    async run(command, args) {
      ran.push([command, ...args].join(' '));
      const effect = effects[command.split('/').pop()!]?.(args) ?? { status: 1 };
      for (const added of effect.adds ?? []) files.add(added);
      return effect.status;
    },
    playwrightChromium: () => '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome',
    playwrightCli: ['node', 'playwright-cli.js'],
    vnuJava: () => '/repo/node_modules/.cache/vnu-jar/java/jdk-17-jre/bin/java',
    vnuInstall: ['node', 'vnu-java-downloader.js'],
    log: () => {},
  };
  return { machine, ran };
}

const fails = (m: Promise<unknown>) => m.then(() => undefined, (e: unknown) => e as MissingToolsError);
/** apt-get as Debian's: installing a package adds its program. */
const aptGet = (args: readonly string[]) => {
  const programs: Record<string, string> = { chromium: '/usr/bin/chromium', 'default-jre-headless': '/usr/bin/java', nginx: '/usr/sbin/nginx' };
  return args[0] === 'install' ? { adds: args.filter((a) => a in programs).map((a) => programs[a]!), status: 0 } : { status: 0 };
};

describe('finding a tool', () => {
  it('takes the path the user gave, and only that one', () => {
    const { machine } = fakeMachine({ executables: ['/opt/chrome/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(findTool('chromium', machine)).toBe('/opt/chrome/chrome');
    const wrong = fakeMachine({ executables: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nowhere/chrome' } }).machine;
    expect(findTool('chromium', wrong)).toBeUndefined();
    expect(findTool('java', fakeMachine({ executables: ['/jdk/bin/java'], env: { JAVA_HOME: '/jdk' } }).machine)).toBe('/jdk/bin/java');
  });

  it('looks on the PATH, then in the usual places, then in what a download left', () => {
    expect(findTool('java', fakeMachine({ executables: ['/usr/local/bin/java', '/usr/bin/java'] }).machine)).toBe('/usr/local/bin/java');
    expect(findTool('nginx', fakeMachine({ executables: ['/usr/sbin/nginx'] }).machine)).toBe('/usr/sbin/nginx');
    const { machine } = fakeMachine({ executables: ['/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome'] });
    expect(findTool('chromium', machine)).toBe(machine.playwrightChromium());
    expect(findTool('chromium', fakeMachine().machine)).toBeUndefined();
  });
});

describe('providing the tools', () => {
  const all: ToolName[] = ['chromium', 'java', 'nginx'];

  it('runs nothing when every tool is there', async () => {
    const { machine, ran } = fakeMachine({ executables: ['/usr/bin/chromium', '/usr/bin/java', '/usr/sbin/nginx'], osRelease: debian });
    await expect(provideTools(all, machine)).resolves.toEqual({ chromium: '/usr/bin/chromium', java: '/usr/bin/java', nginx: '/usr/sbin/nginx' });
    expect(ran).toEqual([]);
  });

  it('downloads Chromium and Java where a download works, with the libraries Chromium needs on Debian as root', async () => {
    const { machine, ran } = fakeMachine({
      executables: ['/usr/sbin/nginx'],
      osRelease: debian,
      effects: {
        node: (args) => ({ adds: [args[0] === 'playwright-cli.js' ? machine.playwrightChromium() : machine.vnuJava()], status: 0 }),
      },
    });
    await expect(provideTools(all, machine)).resolves.toEqual({ chromium: machine.playwrightChromium(), java: machine.vnuJava(), nginx: '/usr/sbin/nginx' });
    expect(ran).toEqual(['node playwright-cli.js install --with-deps chromium', 'node vnu-java-downloader.js']);
  });

  it('installs whatever is still missing with one apt-get call, on Debian as root', async () => {
    const { machine, ran } = fakeMachine({ osRelease: debian, effects: { 'apt-get': aptGet } });
    await expect(provideTools(all, machine)).resolves.toEqual({ chromium: '/usr/bin/chromium', java: '/usr/bin/java', nginx: '/usr/sbin/nginx' });
    expect(ran.filter((c) => c.startsWith('/usr/bin/apt-get'))).toEqual(['/usr/bin/apt-get install -y -q chromium default-jre-headless nginx']);
  });

  it('fetches the package lists once when the first apt-get install fails (a fresh machine has none)', async () => {
    let updated = false;
    const { machine, ran } = fakeMachine({
      osRelease: ubuntu,
      env: { HANDBOOK_TOOLS_DOWNLOAD: '0' },
      effects: { 'apt-get': (args) => (args[0] === 'update' ? ((updated = true), { status: 0 }) : updated ? aptGet(args) : { status: 100 }) },
    });
    await expect(provideTools(['nginx'], machine)).resolves.toEqual({ nginx: '/usr/sbin/nginx' });
    expect(ran).toEqual(['/usr/bin/apt-get install -y -q nginx', '/usr/bin/apt-get update -q', '/usr/bin/apt-get install -y -q nginx']);
  });

  it('downloads nothing when HANDBOOK_TOOLS_DOWNLOAD=0', async () => {
    const { machine, ran } = fakeMachine({ osRelease: debian, env: { HANDBOOK_TOOLS_DOWNLOAD: '0' }, effects: { 'apt-get': aptGet } });
    await provideTools(['chromium'], machine);
    expect(ran).toEqual(['/usr/bin/apt-get install -y -q chromium']);
  });

  it('stops with one message naming the command to run, when it cannot install', async () => {
    const notRoot = fakeMachine({ osRelease: debian, root: false, env: { HANDBOOK_TOOLS_DOWNLOAD: '0' } });
    const error = await fails(provideTools(all, notRoot.machine));
    expect(error).toBeInstanceOf(MissingToolsError);
    expect(error?.missing).toEqual(all);
    expect(error?.message).toContain('`sudo apt-get install -y chromium default-jre-headless nginx`');
    expect(notRoot.ran).toEqual([]);

    // Not Debian: nothing to install with; the message still names each tool's command.
    const mac = fakeMachine({ executables: ['/usr/bin/java'], effects: { node: () => ({ status: 1 }) } });
    const onMac = await fails(provideTools(all, mac.machine));
    expect(onMac?.missing).toEqual(['chromium', 'nginx']);
    expect(onMac?.message).toMatch(/npx playwright-core install chromium.*brew install nginx/s);
    expect(onMac?.message).toContain('Tried: downloading chromium.');
    expect(mac.ran).toEqual(['node playwright-cli.js install chromium']);
  });

  it('installs nothing for a tool whose given path is wrong, and says which setting to fix', async () => {
    const { machine, ran } = fakeMachine({ osRelease: debian, env: { NGINX_PATH: '/opt/nginx/sbin/nginx' }, effects: { 'apt-get': aptGet } });
    const error = await fails(provideTools(['nginx'], machine));
    expect(error?.message).toContain('NGINX_PATH');
    expect(ran).toEqual([]);
  });
});

describe('npx node scripts/test-tools.ts on a machine without the tools (HANDBOOK_SYSTEM_ROOT)', { timeout: 60_000 }, () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const run = (extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(import.meta.dirname, 'test-tools.ts')], {
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_SYSTEM_ROOT: root, HANDBOOK_TOOLS_DOWNLOAD: '0', PLAYWRIGHT_BROWSERS_PATH: join(root, 'playwright'), CHROMIUM_PATH: '', JAVA_HOME: '', NGINX_PATH: '', ...extra },
    });

  it('stops with one message that names the command to run', () => {
    root = mkdtempSync(join(tmpdir(), 'handbook-no-tools-'));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('apt-get install -y chromium default-jre-headless nginx');
    expect(result.stderr.match(/The tests need/g)).toHaveLength(1);
  });

  it('installs all three with apt-get on Debian as root, and finds them there', () => {
    root = mkdtempSync(join(tmpdir(), 'handbook-no-tools-'));
    mkdirSync(join(root, 'etc'));
    mkdirSync(join(root, 'usr/bin'), { recursive: true });
    mkdirSync(join(root, 'usr/sbin'));
    writeFileSync(join(root, 'etc/os-release'), debian);
    // A stand-in for apt-get that records its arguments and "installs" the three programs.
    const fakeApt = [
      '#!/bin/sh',
      'echo "$@" >> "$HANDBOOK_SYSTEM_ROOT/apt.log"',
      'for f in usr/bin/chromium usr/bin/java usr/sbin/nginx; do printf "#!/bin/sh\\n" > "$HANDBOOK_SYSTEM_ROOT/$f"; chmod +x "$HANDBOOK_SYSTEM_ROOT/$f"; done',
    ].join('\n');
    writeFileSync(join(root, 'usr/bin/apt-get'), fakeApt);
    chmodSync(join(root, 'usr/bin/apt-get'), 0o755);
    const result = run();
    if (process.getuid?.() === 0) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(readFileSync(join(root, 'apt.log'), 'utf8')).toBe('install -y -q chromium default-jre-headless nginx\n');
      expect(result.stdout).toContain(`nginx: ${join(root, 'usr/sbin/nginx')}`);
    } else {
      // Without root, apt-get cannot install: the message says to run it with sudo.
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('sudo apt-get install -y chromium default-jre-headless nginx');
    }
  });
});

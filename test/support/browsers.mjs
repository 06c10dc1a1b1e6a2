// Finds the browsers the tests run in — Chromium, Firefox, WebKit — and, on a
// Debian machine where we are root, installs Debian's packages for the ones
// that are missing. Nothing is downloaded from anywhere else.
//
// findEngine(name) → { engine, label, version, path, … } or { engine, skipped: reason }
// findChrome()     → the Chromium path the end-to-end journeys, the strict pages
//                    and the benchmark drive, or exits with what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

/** The first line a command prints, or undefined when it cannot run. */
function firstLine(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0 ? result.stdout.split('\n').find((line) => line.trim())?.trim() : undefined;
}

/** WebKitGTK's MiniBrowser sits in a multiarch folder (/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/). */
function miniBrowser() {
  for (const dir of ['/usr/lib', '/usr/libexec']) {
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const path = `${dir}/${entry}/${api}/MiniBrowser`;
        if (isExecutable(path)) return path;
      }
    }
  }
  return undefined;
}

const SPEC = {
  chromium: {
    label: 'Chromium',
    env: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'],
    packages: ['chromium'],
    version: (path) => firstLine(path, ['--version'])?.replace(/^(Google Chrome|Chromium)\s*/, '').replace(/\s.*$/, ''),
    otherwise: [
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Fedora:         sudo dnf install -y chromium',
      '  macOS:          brew install --cask chromium   (or install Google Chrome)',
      'or point CHROME_PATH at an existing Chrome/Chromium executable.',
    ],
  },
  firefox: {
    label: 'Firefox',
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    packages: ['firefox-esr'],
    version: (path) => firstLine(path, ['--version'])?.replace(/^Mozilla Firefox\s*/, ''),
    otherwise: [
      '  Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends firefox-esr',
      'or point FIREFOX_PATH at an existing Firefox executable.',
    ],
  },
  webkit: {
    label: 'WebKit',
    env: 'WEBKIT_PATH',
    names: [],
    find: miniBrowser,
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    // MiniBrowser prints no version; WebKitGTK's package says which one it is.
    version: () => {
      const pkg = firstLine('dpkg-query', ['-W', '-f=${Version}\\n', 'libwebkit2gtk-4.1-0']);
      return pkg ? `WebKitGTK ${pkg.replace(/-.*$/, '')}` : undefined;
    },
    // MiniBrowser has no headless mode: it needs WebKitWebDriver and an X display (Xvfb when none is set).
    needs: () => [
      which('WebKitWebDriver') ? undefined : 'WebKitWebDriver',
      process.env.DISPLAY || which('Xvfb') ? undefined : 'Xvfb',
    ].filter(Boolean),
    otherwise: [
      '  Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth',
      'or point WEBKIT_PATH at WebKitGTK\'s MiniBrowser (WebKitWebDriver and Xvfb must be on PATH).',
    ],
  },
};

function lookup(spec) {
  const fromEnv = process.env[spec.env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${spec.env} is set to "${fromEnv}", which is not an executable file.`);
  }
  for (const name of spec.names) {
    const path = which(name);
    if (path) return path;
  }
  return spec.find?.();
}

function complete(spec) {
  const path = lookup(spec);
  return path && (spec.needs?.() ?? []).length === 0 ? path : undefined;
}

let aptUpdated = false;

/** Installs Debian packages when this is Linux, we are root and apt-get exists; true when it worked. */
function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !isRoot || !which('apt-get')) return false;
  console.log(`Installing Debian's ${packages.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

/** Finds (or installs) one engine: { engine, label, version, path } or { engine, label, skipped }. */
export function findEngine(engine) {
  const spec = SPEC[engine];
  if (!spec) throw new Error(`Unknown engine "${engine}"; known: ${ENGINES.join(', ')}.`);
  let path = complete(spec);
  if (!path && aptInstall(spec.packages)) path = complete(spec);
  if (!path) {
    const missing = lookup(spec) ? (spec.needs?.() ?? []).join(' and ') : spec.label;
    return {
      engine, label: spec.label,
      skipped: `${missing} is not installed and could not be installed here. To run it, install:\n${spec.otherwise.join('\n')}`,
    };
  }
  return { engine, label: spec.label, path, version: spec.version(path) ?? 'version unknown' };
}

/** Returns the path of a usable Chrome/Chromium or exits with instructions. */
export function findChrome() {
  const found = findEngine('chromium');
  if (found.path) return found.path;
  console.error(['The tests need Chrome or Chromium, and none was found.', 'Install one of these, then run the command again:',
    ...SPEC.chromium.otherwise].join('\n'));
  process.exit(2);
}

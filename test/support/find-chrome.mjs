// Finds a Chrome or Chromium for the browser tests, installing Debian's
// `chromium` package when none is present and the machine allows it.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'chrome',
];

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

function lookup() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  for (const name of CANDIDATES) {
    const path = which(name);
    if (path) return path;
  }
  return undefined;
}

function tryInstallChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !isRoot || !which('apt-get')) return false;
  console.log('No Chrome or Chromium found: installing Debian\'s "chromium" package (apt-get)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of a usable Chrome/Chromium or exits with instructions. */
export function findChrome() {
  let path = lookup();
  if (!path && tryInstallChromium()) path = lookup();
  if (path) return path;
  console.error(
    [
      'The browser tests need Chrome or Chromium, and none was found.',
      'Install one of these, then run the command again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Fedora:         sudo dnf install -y chromium',
      '  macOS:          brew install --cask chromium   (or install Google Chrome)',
      'or point CHROME_PATH at an existing Chrome/Chromium executable.',
    ].join('\n'),
  );
  process.exit(2);
}

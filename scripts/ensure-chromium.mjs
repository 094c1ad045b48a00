#!/usr/bin/env node
// Finds a Chromium for the browser tests. When there is none, installs Debian's `chromium` if this
// process can (root and apt-get); otherwise stops at once saying what to install. Never waits on input.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

export const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path));
}

function main() {
  const found = findChromium();
  if (found) {
    console.log(`Chromium: ${found}`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      'No Chromium found for the browser tests.\n' +
        'Install it, then run `npm test` again:\n' +
        '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian\'s chromium (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env, timeout: 600_000 });
  } catch (error) {
    console.error(`Installing chromium failed (${error.message}). Install it by hand: apt-get install -y chromium`);
    process.exit(1);
  }
  const installed = findChromium();
  if (!installed) {
    console.error('apt-get finished but no chromium binary was found. Install it by hand: apt-get install -y chromium');
    process.exit(1);
  }
  console.log(`Chromium: ${installed}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

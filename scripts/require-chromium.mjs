// Fails fast, with instructions, when no Chromium is available for the browser tests.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `\nNo Chromium found at ${path}.\n\n` +
      'The browser tests use the system Chromium (Playwright cannot download its own here).\n' +
      'Install it, then run the tests again:\n\n' +
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  macOS:          brew install --cask chromium\n\n' +
      'Or point CHROMIUM_PATH at any Chromium or Chrome binary:\n\n' +
      '  CHROMIUM_PATH=/path/to/chrome npm test\n',
  );
  process.exit(1);
}

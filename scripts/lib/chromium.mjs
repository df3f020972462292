// Debian's Chromium, driven by playwright-core, with the flags this closed machine needs
// (no sandbox as root, no background networking that a closed network refuses).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @param {string} [executablePath] default: $CHROME_PATH, else /usr/bin/chromium */
export function launchChromium(executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium') {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

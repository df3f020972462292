// A web-test-runner server command that saves a PNG of part of the test page, for review:
//   await executeServerCommand('save-screenshot', { name: 'news-feed-ar', clip: { x, y, width, height } })
// writes <repo>/reports/screenshots/news-feed-ar.png (reports/ is gitignored). It uses the
// playwright page of the test's session (the playwright launcher's `getPage(sessionId)`).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** @param {{ dir: string }} options - Where the PNG files go. */
export function screenshotPlugin({ dir }) {
  return {
    name: 'portal-save-screenshot',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      const name = String(payload?.name ?? '');
      if (!/^[\w.-]+$/.test(name)) throw new Error(`save-screenshot: bad name "${name}"`);
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('save-screenshot needs the playwright launcher');
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      const clip =
        payload.clip && payload.clip.width > 0 && payload.clip.height > 0
          ? payload.clip
          : undefined;
      // A component taller than the viewport (a whole document) is taken from the full page.
      await page.screenshot({ path, clip, fullPage: clip !== undefined });
      return path;
    },
  };
}

/**
 * End to end: the whole loop of a public message in a real Chromium against the demo portal —
 * a citizen writes on the main site's Messages page and sends while offline (the form keeps
 * the message and sends it, once, when the connection is back), tracks it with the tracking
 * number and access code, the main site's office forwards it to a department in the staff
 * inbox, the department replies and publishes it, and the published question and reply — with
 * the phone number the citizen wrote removed — appear in the public list and in the status.
 */
import { createStaffToken } from '@portal-kit/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, collectPageErrors, launchChromium } from '../support/chromium.js';
import { startDemo, type Demo } from '../support/demo.js';

let demo: Demo;
let browser: Browser;
let tokens: { main: string; wms: string };

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  const make = async (site: string) =>
    (await createStaffToken(demo.db, { sites: [site], label: `e2e ${site}` })).token;
  tokens = { main: await make('main'), wms: await make('wms') };
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** A subject no seeded message has, so the loop's message is found by it. */
const subject = `跨境电商零售进口清单咨询 ${Date.now().toString(36)}`;
const phone = '13812345678';
const body = `请问跨境电商零售进口商品清单最近有何调整？如需补充材料请联系我，电话 ${phone}。`;
const replyText = '您好：清单调整情况请见商务部等部门联合发布的公告，感谢您的关注。';

const field = (page: Page, host: string, name: string, control = 'input') =>
  page.locator(`${host} portal-text-field[name="${name}"] ${control}`);

/** Signs in to the staff inbox with `token` and opens the loop's message. */
async function openInInbox(page: Page, token: string): Promise<void> {
  await page.goto(`${demo.url}/examples/main-site/staff.html`);
  await field(page, 'portal-message-inbox', 'token').fill(token);
  await page.locator('portal-message-inbox [part~="sign-in-button"]').click();
  const open = page.locator('portal-message-inbox [part~="open-button"]', { hasText: subject });
  await open.waitFor({ timeout: 20_000 });
  await open.click();
  await page.locator('portal-message-inbox [part~="detail-heading"]').waitFor();
}

describe('a public message, from the citizen to the public list', () => {
  it('is sent once after going offline, tracked, forwarded, replied, published and listed', async () => {
    const context = await browser.newContext({ bypassCSP: true }); // to inject axe
    const page = await context.newPage();
    const errors = collectPageErrors(page).filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'));
    const posts: number[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/messages')) {
        posts.push(response.status());
      }
    });
    await page.goto(`${demo.url}/examples/main-site/messages.html`);

    // The citizen writes a question, agreeing to publication.
    const form = 'portal-message-form';
    await page.locator(`${form} portal-select[name="kind"] select`).selectOption('consultation');
    await field(page, form, 'subject').fill(subject);
    await field(page, form, 'body', 'textarea').fill(body);
    await page.locator(`${form} input[name="publish"]`).check();
    // The phone number in the message is flagged: the reply may be published.
    await expect
      .poll(() =>
        page
          .locator(form)
          .getByText(/个人信息|personal/)
          .count(),
      )
      .toBeGreaterThan(0);

    // Offline: the form keeps the message and says it will send it.
    await context.setOffline(true);
    await page.locator(`${form} [part~="submit"]`).click();
    await page
      .locator(`${form} [part~="status"]`)
      .filter({ hasText: /网络|联网|offline/ })
      .waitFor();
    expect(posts).toEqual([]);

    // Back online: sent by itself, once; the receipt shows the number and the code.
    await context.setOffline(false);
    const trackingNumber = page.locator(`${form} [part~="tracking-number"]`);
    await trackingNumber.waitFor({ timeout: 20_000 });
    const number = (await trackingNumber.textContent())!.trim();
    const code = (await page.locator(`${form} [part~="access-code"]`).textContent())!.trim();
    expect(number).toMatch(/^M\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(posts).toEqual([201]);
    const stored = await demo.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM messages WHERE subject = $1',
      [subject],
    );
    expect(stored[0]?.n).toBe(1);

    // Tracking: the number typed in lower case without dashes, and the access code.
    const status = 'portal-message-status';
    await field(page, status, 'trackingNumber').fill(number.toLowerCase().replaceAll('-', ''));
    await field(page, status, 'accessCode').fill(code);
    await page.locator(`${status} [part~="submit"]`).click();
    await page.locator(`${status} [part~="step"]`).first().waitFor({ timeout: 20_000 });
    expect(await page.locator(`${status} [part~="step"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The main site's office forwards it to the department.
    const staff = await context.newPage();
    await openInInbox(staff, tokens.main);
    await staff.locator('portal-message-inbox portal-select[name="to"] select').selectOption('wms');
    await staff.locator('portal-message-inbox [part~="forward"] [type="submit"]').click();
    await staff.locator('portal-message-inbox [part~="action-done"]').waitFor({ timeout: 20_000 });

    // The department replies, then publishes with the phone number removed.
    await staff.locator('portal-message-inbox [part~="sign-out-button"]').click();
    await openInInbox(staff, tokens.wms);
    await field(staff, 'portal-message-inbox', 'text', 'textarea').fill(replyText);
    await staff.locator('portal-message-inbox [part~="reply"] [type="submit"]').click();
    const published = field(staff, 'portal-message-inbox', 'body', 'textarea');
    await published.waitFor({ timeout: 20_000 });
    expect(await published.inputValue()).not.toContain(phone);
    await staff.locator('portal-message-inbox [part~="publish"] [type="submit"]').click();
    await staff.locator('portal-message-inbox [part~="published"]').waitFor({ timeout: 20_000 });
    expect(await axeViolations(staff)).toEqual([]);

    // The public list shows the question and the reply, without the phone number: searched
    // for by a link (its query is in the address), so the list the page loaded at first — which
    // the browser may keep for its max-age — is not what is read.
    await page.goto(
      `${demo.url}/examples/main-site/messages.html?messages-q=${encodeURIComponent('清单咨询')}`,
    );
    const list = page.locator('portal-message-list');
    const item = list.getByText(subject);
    await item.first().waitFor({ timeout: 20_000 });
    await expect.poll(() => list.getByText(replyText).count()).toBeGreaterThan(0);
    const listed = await demo.db.query<{ published_body: string }>(
      'SELECT published_body FROM messages WHERE subject = $1',
      [subject],
    );
    expect(listed[0]?.published_body).not.toContain(phone);
    const api = (await (
      await fetch(`${demo.url}/api/v1/messages?site=main&q=${encodeURIComponent('清单咨询')}`)
    ).json()) as { items: { subject: string; question: string; reply: string }[] };
    const found = api.items.find((m) => m.subject === subject);
    expect(found?.reply).toBe(replyText);
    expect(JSON.stringify(api)).not.toContain(phone);

    // The citizen's status shows every step and the reply.
    await field(page, status, 'trackingNumber').fill(number);
    await field(page, status, 'accessCode').fill(code);
    await page.locator(`${status} [part~="submit"]`).click();
    await page.locator(`${status} [part~="reply"]`).filter({ hasText: replyText }).waitFor();
    expect(await page.locator(`${status} [part~="step"]`).count()).toBe(4);
    expect(posts).toEqual([201]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

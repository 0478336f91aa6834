// Debian's Chromium driven by playwright-core (no browser download), with the flags this kind of
// machine needs (root: --no-sandbox; a closed network: no background connections), a Chinese
// browser locale, and screenshots under target/e2e/.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE = process.env.E2E_BASE_URL || 'http://127.0.0.1:8080';
export const SHOTS = process.env.E2E_SCREENSHOTS
  || join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'e2e');

export async function launch() {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=zh-CN']
  });
}

/**
 * A fresh context with the browser locale zh-CN (and HTTP Basic credentials when given); device
 * options (viewport, userAgent, isMobile, hasTouch) replace the desktop defaults.
 */
export async function context(browser, user, device = {}) {
  const options = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 900 }, ...device };
  if (user) options.httpCredentials = { username: user, password: user };
  const ctx = await browser.newContext(options);
  ctx.setDefaultTimeout(60000);
  return ctx;
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Signs in to a Camunda webapp (tasklist, cockpit) with the demo password (= user id). */
export async function signIn(page, app, user) {
  await page.goto(`${BASE}/camunda/app/${app}/default/#/login`);
  const form = page.locator('form[name="signinForm"]');
  await form.locator('input[type="text"]').fill(user);
  await form.locator('input[type="password"]').fill(user);
  await form.locator('button[type="submit"]').click();
  await form.waitFor({ state: 'detached' });
}

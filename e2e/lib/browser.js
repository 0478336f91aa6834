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
  open.add(ctx);
  ctx.on('close', () => open.delete(ctx));
  return ctx;
}

const open = new Set();

/**
 * Closes every context a test left open (a spec's afterEach). An open Tasklist page goes on
 * reloading its list and counts every few seconds (the filters' `refresh`): five of them left
 * open by earlier tests starved a new page's sign-in past three minutes on a loaded machine.
 */
export async function closeContexts() {
  await Promise.all([...open].map(ctx => ctx.close().catch(() => {})));
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Signs in to a Camunda webapp (tasklist, cockpit) with the demo password (= user id).
 *
 * The sign-in form is in the page before AngularJS has compiled it. Typed into too early, the
 * values are wiped when ng-model binds, and a click submits the bare HTML form (the page reloads
 * and the form stays): on a loaded machine that is what a fixed order of fill-and-click ran into.
 * So this waits, as a user would, for the form the application answers: compiled (AngularJS marks
 * a named form ng-pristine), then for the typed values to be the form's, then for the sign-in to
 * land (the form goes away) or to be refused (a notice, reported with its text).
 */
export async function signIn(page, app, user) {
  // What the page met on its way, for the report when the form never comes.
  const trouble = [];
  const onError = error => trouble.push(`page error: ${error.message}`);
  const onFailed = request => trouble.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  const onResponse = response => { if (response.status() >= 400) trouble.push(`HTTP ${response.status()}: ${response.url()}`); };
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  await page.goto(`${BASE}/camunda/app/${app}/default/#/login`);
  const form = page.locator('form[name="signinForm"].ng-pristine, form[name="signinForm"].ng-dirty');
  // A first visit loads the whole webapp: on a machine that also runs the build's two-node tests,
  // that alone once took over a minute.
  try {
    await form.waitFor({ timeout: 180000 });
  } catch (error) {
    const name = `signin-failed-${app}-${user}-${Date.now()}`;
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }).catch(() => {});
    const state = await page.evaluate(() => ({ url: location.href, ready: document.readyState,
      angular: typeof window.angular, forms: [...document.forms].map(f => `${f.name}:${f.className}`),
      text: document.body?.innerText.slice(0, 300) })).catch(e => ({ unreadable: e.message }));
    throw new Error(`${app} sign-in form of ${user} not ready after 180 s (screenshot ${name}.png): `
      + `${JSON.stringify(state)}; ${trouble.slice(-10).join('; ') || 'no failed request or page error'}`, { cause: error });
  } finally {
    page.off('pageerror', onError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
  const name = form.locator('input[type="text"]');
  const password = form.locator('input[type="password"]');
  // The login view can still be re-rendered after its first compile (seen on a loaded machine: the
  // typed values were gone and the form stayed invalid), so type until the form holds the values.
  const holds = () => page.waitForFunction(() => document.querySelector('form[name="signinForm"]')
    ?.classList.contains('ng-valid'), null, { timeout: 3000 }).then(() => true, () => false);
  const deadline = Date.now() + 60000;
  do {
    await name.fill(user);
    await password.fill(user);
  } while (!(await holds()) && Date.now() < deadline);
  await form.locator('button[type="submit"]').click();
  const refused = page.locator('.page-notifications .alert-danger, .notifications .alert-danger');
  const outcome = await Promise.race([
    form.waitFor({ state: 'detached' }).then(() => 'signed in'),
    refused.first().waitFor().then(() => 'refused')
  ]);
  if (outcome === 'refused') {
    throw new Error(`sign-in of ${user} to ${app} refused: ${(await refused.first().innerText()).trim()}`);
  }
}

/**
 * Waits until the elements the selector matches (at least `count` of them) stay where they are
 * over three animation frames running: a map that still loads, pans, zooms or spreads its markers
 * has not settled. (The check is synchronous: waitForFunction takes a returned promise as truthy.)
 */
export async function settled(page, selector, count = 1) {
  await page.waitForFunction(({ selector, count }) => {
    const elements = [...document.querySelectorAll(selector)];
    const state = (window.__settled ||= {});
    const boxes = elements.length < count ? null : elements.map(e => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(v => Math.round(v * 10) / 10).join(',');
    }).join(';');
    const last = state[selector];
    state[selector] = { boxes, frames: boxes !== null && last && last.boxes === boxes ? last.frames + 1 : 0 };
    return state[selector].frames >= 2;
  }, { selector, count }, { polling: 'raf' });
}

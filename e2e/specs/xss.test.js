// (e) No script from data (issue #14, item 4): markup planted in an alarm's pollutant and in an
// enterprise's name is shown as text on the map, the public page, in Tasklist and in the audit
// trail, and never runs. Each page is also checked for the planted <img> element itself, so the
// escaping is proven on its own and not only by the Content-Security-Policy behind it.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, BASE, closeContexts } from '../lib/browser.js';
import { call } from '../lib/rest.js';

const FIRM = 'ENT-0010';
const NAME_PAYLOAD = '<img src=x onerror="window.__xss=\'name\'">';
const POLLUTANT = '<img src=x onerror=window.__xss=1>';
let browser;
let firmName;
let alarm;

before(async () => {
  const { enterprise: firm } = await call('sunli', 'GET', `/api/enterprises/${FIRM}/file`);
  firmName = `浏览器测试企业${NAME_PAYLOAD}`;
  await call('sunli', 'PUT', `/api/enterprises/${FIRM}`, {
    code: FIRM, name: firmName, creditCode: firm.creditCode, address: firm.address, longitude: firm.longitude,
    latitude: firm.latitude, townshipCode: firm.townshipCode, industry: firm.industry, category: firm.category,
    characteristicPollutants: firm.characteristicPollutants, responsibleInspector: firm.responsibleInspector,
    deputyInspector: firm.deputyInspector, permitNumber: firm.permitNumber
  });
  alarm = await call('monitor', 'POST', '/api/alarms', {
    externalId: `E2E-XSS-${Date.now()}`, sourceType: 'ONLINE_MONITOR', enterpriseCode: FIRM, pollutant: POLLUTANT,
    value: 68.5, limit: 50, unit: 'mg/L', observedAt: new Date(Date.now() - 10 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
  });
  browser = await launch();
});
after(async () => { await browser?.close(); });
afterEach(closeContexts);

/** A page whose script errors and policy violations are collected, so a blocked attempt shows too. */
async function watched(user) {
  const page = await (await context(browser, user)).newPage();
  page.violations = [];
  page.on('console', message => {
    if (/Content Security Policy/i.test(message.text())) page.violations.push(message.text());
  });
  return page;
}

async function assertNoScriptRan(page, where) {
  assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: planted script ran`);
  assert.deepEqual(page.violations, [], `${where}: planted markup reached the page as HTML`);
}

test('map shows the planted pollutant and name as text in the alarm tooltip and popup', async () => {
  const page = await watched('sunli');
  await page.goto(`${BASE}/map`);
  await page.waitForFunction(() => Number(document.body.dataset.markers) > 0);
  for (const type of ['ENTERPRISE', 'STATION']) await page.locator(`#types input[value="${type}"]`).uncheck();
  await page.waitForFunction(() => !document.querySelector('path.marker-ENTERPRISE, path.marker-STATION'));

  // Leaflet keeps its layers to itself: hover each alarm ring until one shows our tooltip.
  const tooltip = page.locator('.leaflet-tooltip:not(.district-label)', { hasText: POLLUTANT });
  const rings = page.locator('path.marker-ALARM');
  let ours = null;
  for (let i = 0; i < await rings.count() && !ours; i++) {
    await rings.nth(i).dispatchEvent('mouseover');
    if (await tooltip.count()) ours = rings.nth(i);
  }
  assert.ok(ours, 'an alarm ring whose tooltip shows the planted pollutant as text');
  assert.ok((await tooltip.innerText()).includes(firmName), 'name shown literally in the tooltip');
  assert.equal(await tooltip.locator('img').count(), 0, 'no <img> element in the tooltip');

  await ours.dispatchEvent('click');
  const popup = page.locator('.leaflet-popup-content');
  await popup.waitFor();
  assert.ok((await popup.locator('h3').innerText()).includes(POLLUTANT), 'pollutant shown literally in the popup');
  assert.equal(await popup.locator('img').count(), 0, 'no <img> element in the popup');
  await shot(page, 'xss-map');
  assert.equal(await page.title(), '执法一张图 — 襄阳市生态环境局');
  await assertNoScriptRan(page, 'map');
});

test('public page of the enterprise shows the planted name as text', async () => {
  const { publicUrl } = await call('sunli', 'POST', `/api/enterprises/${FIRM}/qrcode/renew`);
  const page = await watched();
  const response = await page.goto(BASE + publicUrl.substring(publicUrl.indexOf('/public/')));
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  const heading = page.locator('header h1');
  assert.equal(await heading.innerText(), firmName);
  assert.equal(await page.locator('header img').count(), 0, 'no <img> element in the heading');
  await shot(page, 'xss-public-page');
  await assertNoScriptRan(page, 'public page');
});

test('Tasklist shows the planted alarm as text in the sign-for form', async () => {
  const [task] = await call(alarm.assignee, 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  const page = await watched();
  await signIn(page, 'tasklist', alarm.assignee);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByText('告警签收').waitFor();
  const summary = await form.locator('textarea').first().inputValue();
  assert.ok(summary.includes(firmName) || summary.includes(POLLUTANT), `planted text in the summary: ${summary}`);
  assert.equal(await page.locator('.task-details img[src="x"], [cam-tasklist-form-camunda] img[src="x"]').count(), 0);
  await shot(page, 'xss-tasklist');
  await assertNoScriptRan(page, 'Tasklist');
});

test('the audit trail in Cockpit shows the planted name and pollutant as text', async () => {
  const page = await watched();
  await signIn(page, 'cockpit', 'zhoumin');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/history-audit/${alarm.processInstanceId}`);
  const trail = page.locator(`.audit-trail[data-process-instance-id="${alarm.processInstanceId}"]`);
  await trail.locator('.audit-section').first().waitFor();
  assert.ok((await trail.innerText()).includes(POLLUTANT), 'pollutant shown literally in the trail');
  assert.equal(await trail.locator('img').count(), 0, 'no <img> element in the trail');
  await shot(page, 'xss-cockpit-trail');
  await assertNoScriptRan(page, 'Cockpit');
});

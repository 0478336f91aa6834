// (c) The enforcement map (一张图) shows the demo enterprises, stations and an open alarm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, shot, BASE } from '../lib/browser.js';
import { raiseAlarm } from '../lib/rest.js';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('map renders the district boundaries, demo markers and an open alarm', async () => {
  const alarm = await raiseAlarm('ENT-0024');
  // The city-wide map is the supervisor's: an inspector sees only his own squadron's grid.
  const page = await (await context(browser, 'sunli')).newPage();
  await page.goto(`${BASE}/map`);
  await page.waitForFunction(() => Number(document.body.dataset.markers) > 0);
  await page.locator('.district-label', { hasText: '襄城区' }).waitFor();
  await shot(page, 'map-city');

  assert.ok(await page.locator('path.marker-ENTERPRISE').count() >= 35, 'every demo enterprise');
  assert.equal(await page.locator('path.marker-STATION').count(), 6);
  assert.ok(await page.locator('path.marker-ALARM').count() >= 1, 'the open alarm');
  assert.equal(await page.locator('.leaflet-districts-pane path').count(), 9, '襄阳\'s nine districts drawn');
  for (const label of ['企业', '监测站点', '在办告警', '重点排污单位', '正面清单企业（绿色描边）']) {
    assert.ok((await page.locator('#filters, #legend').allInnerTexts()).join('\n').includes(label), `${label} shown`);
  }

  await page.locator('#branch').selectOption('XY-ZY');
  await page.waitForFunction(() => Number(document.body.dataset.markers) < 20);
  assert.equal(await page.locator('path.marker-ENTERPRISE').count(), 8, '枣阳分局 has 8 demo firms');
  await page.locator('#types input[value="STATION"]').uncheck();
  await page.waitForFunction(() => !document.querySelector('path.marker-STATION'));

  // The alarm ring lies around its enterprise's marker. While the map still moves to the branch,
  // a pointer click can land on the district shape under a ring whose pane has not been redrawn
  // yet, so the click is sent to the ring itself (Leaflet handles it as a user's click).
  const alarmMarker = page.locator('path.marker-ALARM').last();
  await alarmMarker.dispatchEvent('click');
  const popup = page.locator('.leaflet-popup-content');
  await popup.waitFor();
  assert.match(await popup.innerText(), /告警：[\s\S]*在办告警/);
  await page.mouse.move(5, 300);
  await page.waitForTimeout(500);
  await shot(page, 'map-zaoyang-alarm');
  const link = popup.getByRole('link', { name: '查看一企一档' });
  assert.match(await link.getAttribute('href'), /^\/api\/enterprises\/ENT-00\d\d\/file$/);
  assert.ok(alarm.id > 0);
});

test('enterprise accounts do not see the map', async () => {
  const page = await (await context(browser, 'ent0001')).newPage();
  const response = await page.goto(`${BASE}/map/`);
  assert.equal(response.status(), 403);
});

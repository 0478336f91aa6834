// The map's layers of issue 17: fire points, video and river patrols and complaints with a place,
// and open O&M findings, each in the legend and the layer filter; a fire point opens a popup that
// names it 秸秆焚烧 with its address and township and nothing of a complainant.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, shot, BASE } from '../lib/browser.js';
import { call } from '../lib/rest.js';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const FILTERS = ['火点（秸秆焚烧）', '视频巡查', '河道巡查', '群众举报', '运维巡检问题'];
const LEGEND = ['火点（秸秆焚烧）', '视频巡查', '河道巡查', '群众举报（有定位）', '运维巡检问题（未销号）'];

test('the legend and the filter list the new layers and a fire point opens its popup', async () => {
  // In 卧龙镇 (襄城执法一中队), 0.6 km from the nearest demo firm.
  const fire = await call('monitor', 'POST', '/api/alarms', {
    externalId: `E2E-FIRE-${Date.now()}-${Math.floor(Math.random() * 1e6)}`, sourceType: 'STRAW_BURNING',
    observedAt: new Date(Date.now() - 5 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
    latitude: 31.992, longitude: 112.010, address: '卧龙镇麦田东侧'
  });
  const page = await (await context(browser, 'sunli')).newPage();
  await page.goto(`${BASE}/map/#15/31.9920/112.0100`);
  const marker = page.locator(`path[data-marker="STRAW_BURNING:${fire.id}"]`);
  await marker.waitFor();

  const legend = await page.locator('#legend').innerText();
  const filters = await page.locator('#types').innerText();
  for (const entry of LEGEND) assert.ok(legend.includes(entry), `${entry} in the legend`);
  for (const layer of FILTERS) assert.ok(filters.includes(layer), `${layer} in the layer filter`);

  await marker.dispatchEvent('click');
  const popup = page.locator('.leaflet-popup-content');
  await popup.waitFor();
  const text = await popup.innerText();
  assert.match(text, /秸秆焚烧/);
  assert.match(text, /卧龙镇麦田东侧/);
  assert.match(text, /乡镇（街道）\s*卧龙镇/);
  await shot(page, 'map-fire-point');

  // Hiding the layer takes the fire point off the map; showing it again brings it back.
  await page.locator('#types input[value="STRAW_BURNING"]').uncheck();
  await marker.waitFor({ state: 'detached' });
  await page.locator('#types input[value="STRAW_BURNING"]').check();
  await marker.waitFor();
});

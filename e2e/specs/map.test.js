// (c) The enforcement map (一张图) shows the demo enterprises, stations and an open alarm; a firm, its
// open alarm and its case share one point and each of them can still be clicked open.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, context, shot, settled, BASE, closeContexts } from '../lib/browser.js';
import { call, raiseAlarm, text, flag } from '../lib/rest.js';

const PHOTO = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'site-photo-1.jpg');

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });
afterEach(closeContexts);

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

  // The alarm ring sits next to its enterprise's marker. While the map still moves to the branch,
  // a pointer click can land on the district shape under a ring whose pane has not been redrawn
  // yet, so the click is sent to the ring itself (Leaflet handles it as a user's click).
  const alarmMarker = page.locator('path.marker-ALARM').last();
  await alarmMarker.dispatchEvent('click');
  const popup = page.locator('.leaflet-popup-content');
  await popup.waitFor();
  assert.match(await popup.innerText(), /告警：[\s\S]*在办告警/);
  // The popup pans the map to fit; the picture is taken once the map and the popup stand still.
  await page.mouse.move(5, 300);
  await settled(page, '.leaflet-popup, path.marker-ALARM');
  await shot(page, 'map-zaoyang-alarm');
  const link = popup.getByRole('link', { name: '查看一企一档' });
  assert.match(await link.getAttribute('href'), /^\/api\/enterprises\/ENT-00\d\d\/file$/);
  assert.ok(alarm.id > 0);
});

/** Walks an alarm at the firm through the loop to a confirmed violation: the case waits for filing approval. */
async function caseAt(firm) {
  const alarm = await raiseAlarm(firm);
  for (let step = 0; step < 8; step++) {
    const [task] = await call('demo', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
    if (!task) break;
    const user = task.assignee || 'chenjun';
    const variables = {
      Task_ApproveOnSiteVisit: { onSiteVisitApproved: flag(true), onSiteApprovalComment: text('同意现场检查') },
      Task_SignFor: { signForNote: text('已签收') },
      Task_VerifyOffSite: { verificationMethods: { value: JSON.stringify(['在线监测数据核查']), type: 'Json' },
        verificationFindings: text('在线数据持续超标，确认超标排放'), violationFound: flag(true), onSiteVisitNeeded: flag(false) },
      Task_HandleOnSite: { companionInspector: text('liuyang'), inspectionRecord: text('现场检查发现旁路排放'),
        findings: text('超标排放'), handlingMeasures: text('责令立即停止'), violationFound: flag(true) },
      Task_SubmitFeedback: { feedbackSummary: text('已责令停止超标排放'), rectificationRequired: flag(false) },
      Task_ReviewHandling: { approved: flag(true), reviewComment: text('属实，移送立案') }
    }[task.taskDefinitionKey];
    assert.ok(variables, `no step for ${task.taskDefinitionKey}`);
    if (['Task_HandleOnSite', 'Task_VerifyOffSite'].includes(task.taskDefinitionKey)) await uploadPhoto(user, alarm.id);
    await call(user, 'POST', `/engine-rest/task/${task.id}/complete`, { variables });
  }
  const [filed] = await call('sunli', 'GET', `/api/cases?enterprise=${firm}`);
  assert.ok(filed, `a case at ${firm}`);
  return filed;
}

async function uploadPhoto(user, alarmId) {
  const form = new FormData();
  form.append('file', new Blob([await readFile(PHOTO)], { type: 'image/jpeg' }), '现场照片.jpg');
  const response = await fetch(`${BASE}/api/alarms/${alarmId}/evidence`, { method: 'POST', body: form,
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') } });
  assert.equal(response.status, 201, await response.text());
}

test('a firm, its open alarm and its case at one point are spread out and each opens its own popup', async () => {
  const firm = 'ENT-0009';
  const filed = await caseAt(firm);
  const alarm = await raiseAlarm(firm);
  const place = '32.134000,112.118000';
  const page = await (await context(browser, 'sunli')).newPage();
  await page.goto(`${BASE}/map/#16/32.1340/112.1180`);
  const members = page.locator(`path[data-place="${place}"]`);
  const expected = { [`ENTERPRISE:${firm}`]: '襄阳汉晟热电有限公司', [`ALARM:${alarm.id}`]: '告警：襄阳汉晟热电有限公司',
    [`CASE:${filed.id}`]: filed.caseNumber };
  // The firm, its alarm and its case drawn, spread around their point: measured when they stand still.
  for (const key of Object.keys(expected)) await page.locator(`path[data-place="${place}"][data-marker="${key}"]`).waitFor();
  await settled(page, `path[data-place="${place}"]`, 3);
  await shot(page, 'map-one-point');

  const boxes = {};
  for (let i = 0; i < await members.count(); i++) {
    boxes[await members.nth(i).getAttribute('data-marker')] = await members.nth(i).boundingBox();
  }
  for (const key of Object.keys(expected)) assert.ok(boxes[key], `${key} drawn at the firm's point`);
  const keys = Object.keys(boxes);
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const [a, b] = [boxes[keys[i]], boxes[keys[j]]];
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      assert.ok(apart, `${keys[i]} and ${keys[j]} do not overlap`);
    }
  }

  const popup = page.locator('.leaflet-popup-content');
  for (const [key, title] of Object.entries(expected)) {
    // where it is now: an earlier popup may have panned the map
    const box = await page.locator(`path[data-marker="${key}"]`).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await popup.waitFor();
    assert.ok((await popup.locator('h3').innerText()).includes(title), `${key} opens its own popup`);
    const lines = (await popup.innerText()).split('\n').map(l => l.trim()).filter(Boolean);
    assert.deepEqual(lines, [...new Set(lines)], `${key}: no line twice`);
    const values = await popup.locator('dd').allInnerTexts();
    assert.deepEqual(values, [...new Set(values)], `${key}: no value twice`);
    const status = await popup.locator('dt', { hasText: '状态' }).count()
      ? await popup.locator('dt:text-is("状态") + dd').innerText() : null;
    assert.ok(!status || !lines[0].includes(status), `${key}: the status is not said twice`);
    if (key.startsWith('CASE')) assert.ok(values.includes('立案审批中'), 'the case\'s stage in Chinese');
    if (key.startsWith('ENTERPRISE')) assert.equal((await popup.innerText()).split(firm).length - 1, 1, 'the code once');
    await shot(page, `map-one-point-${key.split(':')[0].toLowerCase()}`);
    await page.locator('.leaflet-popup-close-button').click();
    await popup.waitFor({ state: 'detached' });
  }
});

test('enterprise accounts do not see the map', async () => {
  const page = await (await context(browser, 'ent0001')).newPage();
  const response = await page.goto(`${BASE}/map/`);
  assert.equal(response.status(), 403);
});

// Tasklist's 「证据材料」 tab (scripts/evidence-tab.js): the inspector verifying an alarm off site
// (非现场核查) adds two photos from the gallery, sees them as thumbnails, and the reviewing squadron
// leader sees the same photos in his task's tab, a thumbnail opening the full photo; a firm reporting
// the rectification a loop ordered adds its own photo in its task's tab and sees only its own
// firm's uploads, not the inspectors' evidence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, context, signIn, shot, BASE } from '../lib/browser.js';
import { call, raiseAlarm, completeTask, text, flag } from '../lib/rest.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const photo = (name, file) => ({ name, mimeType: 'image/jpeg', buffer: readFileSync(join(FIXTURES, file)) });
const DEADLINE = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Signs in and opens the task's 证据材料 tab; returns the page and the tab's content. */
async function openEvidenceTab(user, taskId) {
  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', user);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.locator('.tabbed-content .nav-tabs a', { hasText: '证据材料' }).click();
  const tab = page.locator('.bureau-evidence-tab');
  await tab.waitFor();
  return { page, tab };
}

/** The tab's thumbnails have all loaded pictures, and there are this many. */
async function thumbnailsShown(page, count) {
  await page.waitForFunction(n => {
    const images = document.querySelectorAll('.bureau-evidence-tab .evidence-item img');
    return images.length === n && [...images].every(image => image.complete && image.naturalWidth > 0);
  }, count);
}

test('the inspector adds two photos while verifying off site and the reviewing squadron leader opens them', async () => {
  // A positive-list firm's moderate exceedance is verified off site.
  const alarm = await raiseAlarm('ENT-0002');
  await completeTask('wangqiang', alarm.processInstanceId, { signForNote: text('已签收') });
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(task.taskDefinitionKey, 'Task_VerifyOffSite');

  const { page, tab } = await openEvidenceTab('wangqiang', task.id);
  await tab.getByText('尚未上传证据材料。').waitFor();
  // The camera buttons open the phone's camera and take several shots; the gallery several files.
  assert.equal(await tab.locator('#evidenceTabCamera').getAttribute('capture'), 'environment');
  assert.equal(await tab.locator('#evidenceTabVideo').getAttribute('accept'), 'video/*');
  for (const id of ['#evidenceTabCamera', '#evidenceTabVideo', '#evidenceTabFiles']) {
    assert.equal(await tab.locator(id).getAttribute('multiple'), '');
  }
  const uploaded = page.waitForResponse(r => r.url().endsWith(`/api/alarms/${alarm.id}/evidence`)
    && r.request().method() === 'POST');
  await tab.locator('#evidenceTabFiles').setInputFiles([photo('在线监控截图.jpg', 'site-photo-1.jpg'),
    photo('运行台账.jpg', 'site-photo-2.jpg')]);
  assert.equal((await uploaded).status(), 201);
  await thumbnailsShown(page, 2);
  await tab.getByText(`告警 #${alarm.id} 的证据材料，共 2 项：`).waitFor();
  assert.match(await tab.locator('.evidence-list').innerText(), /在线监控截图\.jpg[\s\S]*王强 上传于[\s\S]*运行台账\.jpg/);
  await shot(page, 'evidence-tab-off-site');
  await page.context().close();

  const stored = await call('zhoumin', 'GET', `/api/alarms/${alarm.id}/evidence`);
  assert.deepEqual(stored.map(item => [item.fileName, item.uploadedBy]),
    [['在线监控截图.jpg', 'wangqiang'], ['运行台账.jpg', 'wangqiang']]);

  await completeTask('wangqiang', alarm.processInstanceId, { verificationFindings: text('数据异常，已调取台账核实'),
    violationFound: flag(false), onSiteVisitNeeded: flag(false) });
  await completeTask('wangqiang', alarm.processInstanceId, { feedbackSummary: text('已核实') });
  const [review] = await call('chenjun', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(review.taskDefinitionKey, 'Task_ReviewHandling');

  const reviewer = await openEvidenceTab('chenjun', review.id);
  await thumbnailsShown(reviewer.page, 2);
  const link = reviewer.tab.locator('.evidence-item a').first();
  const href = await link.getAttribute('href');
  assert.equal(href, `/api/alarms/${alarm.id}/evidence/${stored[0].id}`);
  assert.equal(await link.locator('img').getAttribute('src'), `${href}?thumbnail=true`);
  await shot(reviewer.page, 'evidence-tab-review');
  // A click opens the full photo in a new tab, with the reviewer's Tasklist session.
  const [full] = await Promise.all([reviewer.page.waitForEvent('popup'), link.click()]);
  await full.waitForLoadState();
  assert.equal(full.url(), BASE + href);
  assert.equal(await full.evaluate(() => document.contentType), 'image/jpeg');
  assert.ok(await full.evaluate(() => document.querySelector('img')?.naturalWidth > 0), 'the photo shows');
  await reviewer.page.context().close();
});

test('a firm adds a photo to the rectification a loop ordered and sees only its own firm\'s evidence', async () => {
  const alarm = await raiseAlarm('ENT-0001');
  await completeTask('wangqiang', alarm.processInstanceId, { signForNote: text('已签收') });
  const [onSite] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(onSite.taskDefinitionKey, 'Task_HandleOnSite');
  const inspectorPhoto = new Blob([readFileSync(join(FIXTURES, 'site-photo-1.jpg'))], { type: 'image/jpeg' });
  const form = new FormData();
  form.append('file', inspectorPhoto, '执法现场照片.jpg');
  const posted = await fetch(`${BASE}/api/alarms/${alarm.id}/evidence`, { method: 'POST', body: form,
    headers: { Authorization: 'Basic ' + Buffer.from('wangqiang:wangqiang').toString('base64') } });
  assert.equal(posted.status, 201);
  await completeTask('wangqiang', alarm.processInstanceId, { companionInspector: text('liuyang'),
    inspectionRecord: text('废水收集管道破损'), findings: text('废水收集管道破损'), violationFound: flag(false) });
  await completeTask('wangqiang', alarm.processInstanceId, { feedbackSummary: text('已责令整改'),
    rectificationRequired: flag(true), rectificationOrder: text('更换破损的废水收集管道（浏览器测试）'),
    rectificationDeadline: text(DEADLINE) });
  await completeTask('chenjun', alarm.processInstanceId, { approved: flag(true), reviewComment: text('同意') });
  const [tracking] = await call('zhoumin', 'GET', `/engine-rest/history/variable-instance?processInstanceId=${
    alarm.processInstanceId}&variableName=rectificationProcessInstanceId`);
  const [report] = await call('ent0001', 'GET', `/engine-rest/task?processInstanceId=${tracking.value}`);
  assert.equal(report.taskDefinitionKey, 'Task_ReportRectification');

  const { page, tab } = await openEvidenceTab('ent0001', report.id);
  await tab.getByText('尚未上传证据材料。').waitFor();
  const uploaded = page.waitForResponse(r => r.url().endsWith(`/api/alarms/${alarm.id}/evidence`)
    && r.request().method() === 'POST');
  await tab.locator('#evidenceTabCamera').setInputFiles([photo('整改后管道.jpg', 'site-photo-2.jpg')]);
  assert.equal((await uploaded).status(), 201);
  await thumbnailsShown(page, 1);
  const shown = await tab.locator('.evidence-list').innerText();
  assert.match(shown, /整改后管道\.jpg/);
  assert.doesNotMatch(shown, /执法现场照片/);
  await shot(page, 'evidence-tab-rectification');
  await page.context().close();

  const all = await call('chenjun', 'GET', `/api/alarms/${alarm.id}/evidence`);
  assert.deepEqual(all.map(item => [item.fileName, item.uploadedBy]),
    [['执法现场照片.jpg', 'wangqiang'], ['整改后管道.jpg', 'ent0001']]);
});

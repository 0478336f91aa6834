// Forms carry the story (issue 16 items 3 and 4): on a phone the inspector sees the evidence rule as
// soon as he ticks 确认存在环境违法行为, uploads several photos at once with progress, and finds his
// on-site record, thumbnails and a pre-filled feedback in 处置反馈; the squadron leader's review shows
// the thumbnails (opening the full photo) and the 责令整改 order; approved, the order is in the
// enterprise file, and the supervisor's filing approval starts with the two inspectors as 承办人.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, context, signIn, shot, BASE, closeContexts } from '../lib/browser.js';
import { call, raiseAlarm, completeTask, text } from '../lib/rest.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const photo = (name, file) => ({ name, mimeType: 'image/jpeg', buffer: readFileSync(join(FIXTURES, file)) });
const PHONE = { viewport: { width: 412, height: 915 } };
const DEADLINE = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);

let browser;
let alarm;

before(async () => {
  alarm = await raiseAlarm('ENT-0001');
  await completeTask('wangqiang', alarm.processInstanceId, { signForNote: text('已签收') });
  browser = await launch();
});
after(async () => { await browser?.close(); });
afterEach(closeContexts);

async function openTask(user, device, taskDefinitionKey) {
  const [task] = await call(user, 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(task.taskDefinitionKey, taskDefinitionKey);
  const page = await (await context(browser, undefined, device)).newPage();
  await signIn(page, 'tasklist', user);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  return { page, task };
}

/** Every thumbnail of the form has loaded a picture from the evidence's thumbnail address. */
async function thumbnailsShown(page, count) {
  await page.waitForFunction(n => {
    const images = document.querySelectorAll('form.fjs-form img.img-thumbnail');
    return images.length === n && [...images].every(i => i.complete && i.naturalWidth > 0);
  }, count);
  return page.locator('form.fjs-form img.img-thumbnail').evaluateAll(images => images.map(i => i.getAttribute('src')));
}

test('on a phone, the evidence rule shows as soon as a violation is ticked, and several photos upload with progress', async () => {
  const { page, task } = await openTask('wangqiang', PHONE, 'Task_HandleOnSite');
  const form = page.locator('form[name="handleOnSiteForm"]');
  await form.getByText('尚未上传证据。').waitFor();
  const rule = form.getByText('认定违法须有现场证据');
  assert.equal(await rule.isVisible(), false);
  await form.locator('#violationFound').check();
  await rule.waitFor();
  await shot(page, 'story-on-site-rule');

  // The camera buttons take several shots (capture), the gallery several files at once.
  for (const id of ['#evidenceCamera', '#evidenceVideo', '#evidenceFiles']) {
    assert.equal(await form.locator(id).getAttribute('multiple'), '');
  }
  assert.equal(await form.locator('#evidenceCamera').getAttribute('capture'), 'environment');
  assert.equal(await form.locator('#evidenceVideo').getAttribute('accept'), 'video/*');

  // The upload goes on until the progress has been seen: the request waits for the test's release.
  let release;
  const seen = new Promise(resolve => { release = resolve; });
  await page.route(`**/api/alarms/${alarm.id}/evidence`, async route => {
    if (route.request().method() !== 'POST') return route.continue();
    await seen;
    return route.continue();
  });
  const uploaded = page.waitForResponse(r => r.url().endsWith(`/api/alarms/${alarm.id}/evidence`)
    && r.request().method() === 'POST');
  await form.locator('#evidenceFiles').setInputFiles([photo('排污口.jpg', 'site-photo-large.jpg'),
    photo('沉淀池.jpg', 'site-photo-2.jpg')]);
  await form.getByText(/正在上传 2 个文件/).waitFor();
  assert.equal(await form.locator('.evidence-progress progress').count(), 1);
  release();
  assert.equal((await uploaded).status(), 201);
  await form.getByText('已有现场照片或视频证据，可移送立案。').waitFor();
  await rule.waitFor({ state: 'hidden' });

  await form.locator('#companionInspector').fill('刘洋（执法证 鄂环执字第4206001003号）');
  await form.locator('#inspectionRecord').fill('废水总排口采样，COD 68.5 mg/L（浏览器测试）');
  await form.locator('#findings').fill('废水总排口 COD 超标排放');
  await form.locator('#handlingMeasures').fill('责令立即停止超标排放');
  const complete = page.locator('button.btn-primary[ng-click="complete()"]');
  await complete.scrollIntoViewIfNeeded();
  const submitted = page.waitForResponse(r => r.url().endsWith(`/task/${task.id}/submit-form`));
  await complete.click();
  assert.equal((await submitted).status(), 204);
  await page.context().close();
});

test('处置反馈 shows the on-site record and thumbnails and starts from a pre-filled feedback; 责令整改 takes order and deadline', async () => {
  const { page, task } = await openTask('wangqiang', PHONE, 'Task_SubmitFeedback');
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByText('请汇总核查或现场处置结果').waitFor();
  assert.match(await form.getByLabel('现场处置/非现场核查情况').inputValue(), /废水总排口采样，COD 68\.5 mg\/L/);
  const sources = await thumbnailsShown(page, 2);
  assert.ok(sources.every(src => /^\/api\/alarms\/\d+\/evidence\/\d+\?thumbnail=true$/.test(src)), sources.join());
  const feedback = await form.getByLabel('处置结果反馈').inputValue();
  assert.match(feedback, /废水总排口 COD 超标排放/);
  assert.match(feedback, /责令立即停止超标排放/);

  await form.getByLabel('责令整改').check();
  await form.getByLabel('整改要求').fill('检修污水处理设施，30 日内提交整改报告');
  await form.locator('.fjs-form-field-datetime input.fjs-input').fill(DEADLINE.replaceAll('-', '/'));
  await form.locator('.fjs-form-field-datetime input.fjs-input').press('Enter');
  await shot(page, 'story-feedback');
  const complete = page.locator('button.btn-primary[ng-click="complete()"]');
  await complete.scrollIntoViewIfNeeded();
  const submitted = page.waitForResponse(r => r.url().endsWith(`/task/${task.id}/submit-form`));
  await complete.click();
  assert.equal((await submitted).status(), 204);
  await page.context().close();
});

test('中队长审核 shows thumbnails that open the full photo, and the order with its deadline', async () => {
  const { page, task } = await openTask('chenjun', {}, 'Task_ReviewHandling');
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByText('检修污水处理设施，30 日内提交整改报告').waitFor();
  assert.match(await form.innerText(), new RegExp(`整改期限：${DEADLINE}`));
  assert.doesNotMatch(await form.innerText(), /已上传/);
  await thumbnailsShown(page, 2);
  await shot(page, 'story-review');

  // The thumbnail is the server's small copy (at most 160 px); clicking it opens the 1200-px photo
  // in a new window, with the reviewer's Tasklist session, while the form stays open.
  const link = form.getByRole('link', { name: '排污口.jpg' });
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.locator('img').evaluate(image => image.naturalWidth), 160);
  const [full] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  const original = await call('chenjun', 'GET', `/api/alarms/${alarm.id}/evidence`);
  assert.equal(original[0].fileName, '排污口.jpg');
  assert.equal(full.url(), `${BASE}/api/alarms/${alarm.id}/evidence/${original[0].id}`);
  await full.waitForFunction(() => document.images.length === 1 && document.images[0].naturalWidth > 0);
  assert.equal(await full.evaluate(() => document.images[0].naturalWidth), 1200);
  await full.close();
  assert.ok(await form.getByLabel('审核意见').isVisible());

  await completeTask('chenjun', alarm.processInstanceId, {
    approved: { value: true, type: 'Boolean' }, reviewComment: text('同意，移送立案并跟踪整改')
  });
  const file = await fetch(`${BASE}/api/enterprises/ENT-0001/file`, {
    headers: { Accept: 'text/html', Authorization: 'Basic ' + Buffer.from('sunli:sunli').toString('base64') }
  }).then(r => r.text());
  assert.match(file, new RegExp(`执法检查责令整改（告警 #${alarm.id}）</td><td>[^<]+</td><td>${DEADLINE}`));
  assert.equal(task.assignee, 'chenjun');
  await page.context().close();
});

test('立案审批 starts with the two inspectors as 承办人, offered by squadron, and shows the photos', async () => {
  const tasks = await call('sunli', 'POST', '/engine-rest/task', {
    processVariables: [{ name: 'alarmId', operator: 'eq', value: alarm.id }], taskDefinitionKey: 'Task_ApproveFiling'
  });
  assert.equal(tasks.length, 1, `filing approval of alarm ${alarm.id}`);
  await call('sunli', 'POST', `/engine-rest/task/${tasks[0].id}/claim`, { userId: 'sunli' });
  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'sunli');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${tasks[0].id}`);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByLabel('准予立案').check();
  await form.getByText('王强（wangqiang）').waitFor();
  const shown = await form.innerText();
  assert.match(shown, /承办人一[\s\S]*｜王强（wangqiang）[\s\S]*承办人二[\s\S]*｜刘洋（liuyang）/);
  const sources = await thumbnailsShown(page, 2);
  assert.ok(sources.every(src => /^\/api\/cases\/\d+\/evidence\/\d+\?thumbnail=true$/.test(src)), sources.join());
  await shot(page, 'story-approve-filing');
  await page.context().close();
});

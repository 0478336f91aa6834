// Evidence in 现场处置 (processes/forms/handle-on-site.html): the inspector picks several photos at
// once, they upload with Tasklist's own session (CSRF token) to /api/alarms/{id}/evidence and show as
// thumbnails; a confirmed violation then completes, and the squadron leader sees the same photos as
// thumbnails that open the full file.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, context, signIn, shot, BASE, closeContexts } from '../lib/browser.js';
import { call, raiseAlarm, completeTask, text } from '../lib/rest.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const photo = (name, file) => ({ name, mimeType: 'image/jpeg', buffer: readFileSync(join(FIXTURES, file)) });

let browser;
let alarm;
let task;

before(async () => {
  alarm = await raiseAlarm('ENT-0001');
  await completeTask('wangqiang', alarm.processInstanceId, { signForNote: text('已签收') });
  [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(task.taskDefinitionKey, 'Task_HandleOnSite');
  browser = await launch();
});
after(async () => { await browser?.close(); });
afterEach(closeContexts);

test('the inspector uploads several photos in 现场处置, sees thumbnails, and completes a confirmed violation', async () => {
  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'wangqiang');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  const form = page.locator('form[name="handleOnSiteForm"]');
  await form.getByText('现场照片/视频证据').waitFor();
  await form.getByText('尚未上传证据。').waitFor();

  const uploaded = page.waitForResponse(r => r.url().endsWith(`/api/alarms/${alarm.id}/evidence`)
    && r.request().method() === 'POST');
  await form.locator('#evidenceFiles').setInputFiles([photo('排污口照片.jpg', 'site-photo-1.jpg'),
    photo('治污设施照片.jpg', 'site-photo-2.jpg')]);
  assert.equal((await uploaded).status(), 201);
  const thumbnails = form.locator('.evidence-item img');
  await page.waitForFunction(() => {
    const images = document.querySelectorAll('form[name="handleOnSiteForm"] .evidence-item img');
    return images.length === 2 && [...images].every(image => image.complete && image.naturalWidth > 0);
  });
  assert.equal(await thumbnails.count(), 2);
  assert.match(await form.locator('.evidence-list').innerText(), /排污口照片\.jpg[\s\S]*治污设施照片\.jpg/);

  await form.locator('#companionInspector').fill('刘洋（执法证 42060002）');
  await form.locator('#inspectionRecord').fill('现场采样，COD 超标（浏览器测试）');
  await form.locator('#violationFound').check();
  await shot(page, 'tasklist-handle-on-site-evidence');
  const complete = page.locator('button.btn-primary[ng-click="complete()"]');
  await complete.scrollIntoViewIfNeeded();
  const submitted = page.waitForResponse(r => r.url().endsWith(`/task/${task.id}/submit-form`));
  await complete.click();
  assert.equal((await submitted).status(), 204);

  const [next] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(next.taskDefinitionKey, 'Task_SubmitFeedback');
  const evidence = await call('chenjun', 'GET', `/api/alarms/${alarm.id}/evidence`);
  assert.deepEqual(evidence.map(item => item.fileName), ['排污口照片.jpg', '治污设施照片.jpg']);
  assert.ok(evidence.every(item => item.contentType === 'image/jpeg' && /^[0-9a-f]{64}$/.test(item.sha256)
    && item.uploadedBy === 'wangqiang'));
  await page.context().close();
});

test('the reviewing squadron leader opens the photos from 中队长审核', async () => {
  await completeTask('wangqiang', alarm.processInstanceId, { feedbackSummary: text('已责令停止排放') });
  const [review] = await call('chenjun', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(review.taskDefinitionKey, 'Task_ReviewHandling');
  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'chenjun');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${review.id}`);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  const link = form.getByRole('link', { name: '排污口照片.jpg' });
  await link.waitFor();
  await shot(page, 'tasklist-review-handling-evidence');
  assert.equal(await form.getByRole('link', { name: '治污设施照片.jpg' }).count(), 1);
  const href = await link.getAttribute('href');
  assert.match(href, new RegExp(`^/api/alarms/${alarm.id}/evidence/\\d+$`));
  // Each link is a thumbnail (a small JPEG the server scales down) and opens the full photo.
  const thumbnail = link.locator('img');
  assert.equal(await thumbnail.getAttribute('src'), `${href}?thumbnail=true`);
  assert.equal(await link.getAttribute('target'), '_blank');
  await page.waitForFunction(() => [...document.querySelectorAll('form.fjs-form img.img-thumbnail')]
    .every(image => image.complete && image.naturalWidth > 0));
  assert.equal(await form.locator('img.img-thumbnail').count(), 2);
  // The link opens with chenjun's Tasklist session, no other sign-in.
  const opened = await page.evaluate(async url => {
    const response = await fetch(url, { credentials: 'same-origin' });
    return { status: response.status, type: response.headers.get('Content-Type') };
  }, href);
  assert.deepEqual(opened, { status: 200, type: 'image/jpeg' });
  await page.context().close();
});

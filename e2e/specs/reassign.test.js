// Issue 15 item 1 in Tasklist: a colleague's assigned task changes hands only through 改派 by a
// squadron leader or supervisor, with a reason, and the record names everyone. The leader does it in
// the task pane (desktop); an inspector sees no 改派 button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, BASE } from '../lib/browser.js';
import { call, raiseAlarm } from '../lib/rest.js';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Tasklist with the task open, as a user reaches it from a card or a link. */
async function openTask(user, taskId) {
  const page = await (await context(browser, undefined)).newPage();
  await signIn(page, 'tasklist', user);
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.locator('[cam-tasklist-task-meta] .bureau-assignee-name').waitFor();
  return page;
}

test('squadron leader chenjun moves wangqiang\'s sign-for to liuyang with a reason; the task and its comments say so', async () => {
  const alarm = await raiseAlarm('ENT-0001');
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(task.assignee, 'wangqiang');

  const page = await openTask('chenjun', task.id);
  const meta = page.locator('[cam-tasklist-task-meta]');
  // The pane shows the id until the staff's names have loaded; the leader waits for the name.
  await page.waitForFunction(() => document.querySelector('[cam-tasklist-task-meta] .bureau-assignee-name')
    ?.textContent.trim() === '王强', null, { timeout: 60000 });
  await meta.locator('.bureau-reassign-open').click();
  assert.equal(await meta.locator('div.bureau-reassign').getAttribute('data-reassign'), 'offered');
  const form = meta.locator('.bureau-reassign-form');
  // His own squadron's officers only, by name, the current assignee left out.
  const offered = await form.locator('select.bureau-reassign-to option').allInnerTexts();
  assert.ok(offered.includes('刘洋'), `offered: ${offered}`);
  assert.ok(!offered.includes('王强') && !offered.includes('赵磊'), `offered: ${offered}`);
  assert.ok(await form.locator('button[type="submit"]').isDisabled(), 'no 改派 without a reason');
  await form.locator('select.bureau-reassign-to').selectOption({ label: '刘洋' });
  await form.locator('textarea.bureau-reassign-reason').fill('王强今日外出培训，由刘洋办理');
  await shot(page, 'reassign-leader-form');
  await form.locator('button[type="submit"]').click();

  // The pane reloads the task from the engine: 刘洋 is its officer now.
  await page.waitForFunction(() => document.querySelector('[cam-tasklist-task-meta] .bureau-assignee-name')
    ?.textContent.trim() === '刘洋', null, { timeout: 60000 });
  await shot(page, 'reassign-leader-done');
  const [moved] = await call('liuyang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(moved.assignee, 'liuyang');
  // The auditor reads the task's comments (the REST API finds the task through its history).
  const comments = await call('zhoumin', 'GET', `/engine-rest/task/${task.id}/comment`);
  assert.ok(comments.some(c => c.userId === 'chenjun' && c.message.includes('王强今日外出培训')
    && c.message.includes('刘洋')), JSON.stringify(comments));
  await page.context().close();
});

test('inspector liuyang sees no 改派 button on his own task', async () => {
  const alarm = await raiseAlarm('ENT-0001');
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  await call('chenjun', 'POST', `/api/tasks/${task.id}/reassignment`, { assignee: 'liuyang', reason: '王强请假' });

  const page = await openTask('liuyang', task.id);
  // The pane has asked the server whether he may move the task, and was refused (403).
  const asked = page.locator('[cam-tasklist-task-meta] div.bureau-reassign[data-reassign]');
  await asked.waitFor({ state: 'attached' });
  assert.equal(await asked.getAttribute('data-reassign'), 'refused');
  await page.waitForFunction(() => document.querySelector('[cam-tasklist-task-meta] .bureau-assignee-name')
    ?.textContent.trim() === '刘洋', null, { timeout: 60000 });
  assert.equal(await page.locator('.bureau-reassign-open').count(), 0);
  await page.context().close();
});

// A colleague's assigned task is not his to work (issue 15 item 1): wangqiang's 非现场核查 is offered
// to his squadron, so his colleague liuyang may open it, but none of liuyang's filters lists it,
// Tasklist shows him its form read-only with 完成 disabled, and the 证据材料 tab offers him no camera and
// no evidence. Should he complete it anyway with his Tasklist session (the same engine call Tasklist
// makes), the engine refuses with 403 and the Chinese reason, and the task stays open and wangqiang's.
// Where a user meets the refusal in Tasklist: the squadron leader hands the task to liuyang, liuyang
// starts on it, the leader hands it back to wangqiang, and liuyang, his page still open, presses 完成:
// Tasklist's notification gives the Chinese reason and the task stays wangqiang's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, BASE } from '../lib/browser.js';
import { call, raiseAlarm, completeTask, text } from '../lib/rest.js';

const REFUSAL = '此任务已分派给王强（wangqiang），不能代为办理；如需转办，请由中队长或执法监督改派';

let browser;
let alarm;
let task;

before(async () => {
  alarm = await raiseAlarm('ENT-0002');
  await completeTask('wangqiang', alarm.processInstanceId, { signForNote: text('已签收') });
  [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(task.taskDefinitionKey, 'Task_VerifyOffSite');
  assert.equal(task.assignee, 'wangqiang');
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('none of liuyang\'s filters lists wangqiang\'s assigned task', async () => {
  const filters = await call('liuyang', 'GET', '/engine-rest/filter?resourceType=Task');
  assert.ok(filters.some(filter => filter.name === '本中队待认领'), 'liuyang has the squadron\'s filter');
  for (const filter of filters) {
    const listed = await call('liuyang', 'GET', `/engine-rest/filter/${filter.id}/list?firstResult=0&maxResults=1000`);
    assert.ok(!listed.some(item => item.id === task.id), `${filter.name} lists wangqiang's task`);
  }
  // The task is his squadron's, so the engine lets him read it (that is how he could open a link to it).
  assert.equal((await call('liuyang', 'GET', `/engine-rest/task/${task.id}`)).assignee, 'wangqiang');
});

test('liuyang opens wangqiang\'s task: 完成 is disabled, and completing it with his session is refused in Chinese', async () => {
  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'liuyang');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${task.id}`);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.waitFor();
  await page.locator('.task-details .bureau-assignee-name', { hasText: '王强' }).waitFor();
  const complete = page.locator('button.btn-primary[ng-click="complete()"]');
  await complete.scrollIntoViewIfNeeded();
  assert.equal(await complete.isDisabled(), true, '完成 is disabled for a task assigned to a colleague');

  // The 证据材料 tab: no camera for a task that is not his, and the alarm's evidence is not his to read.
  await page.locator('.tabbed-content .nav-tabs a', { hasText: '证据材料' }).click();
  const tab = page.locator('.bureau-evidence-tab');
  await tab.locator('.evidence-error', { hasText: '只有办理、审核此告警或其案件的人员才能查看其证据' }).waitFor();
  assert.equal(await tab.locator('#evidenceTabCamera').count(), 0);

  // What 完成 would send, sent by the page with Tasklist's own session and CSRF token.
  const refused = await page.evaluate(async taskId => {
    const token = (document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/) || [])[1] || '';
    const response = await fetch(`/camunda/api/engine/engine/default/task/${taskId}/submit-form`, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token) },
      body: JSON.stringify({ variables: { verificationFindings: { value: '代为核查（浏览器测试）', type: 'String' } } })
    });
    return { status: response.status, type: response.headers.get('Content-Type'), body: await response.json() };
  }, task.id);
  assert.equal(refused.status, 403);
  assert.match(refused.type, /^application\/problem\+json/);
  assert.equal(refused.body.detail, REFUSAL);
  assert.equal(refused.body.message, REFUSAL, 'Tasklist shows "message" in its notification');
  await shot(page, 'colleague-task-refused');
  await page.context().close();

  const [stillOpen] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(stillOpen.id, task.id);
  assert.equal(stillOpen.assignee, 'wangqiang');
  const findings = await call('zhoumin', 'GET', `/engine-rest/history/variable-instance?processInstanceId=${
    alarm.processInstanceId}&variableName=verificationFindings`);
  assert.deepEqual(findings, [], 'nothing of liuyang\'s submission was recorded');
});

test('the task handed back to wangqiang while liuyang works it: 完成 shows the Chinese refusal in Tasklist', async () => {
  await call('chenjun', 'POST', `/api/tasks/${task.id}/reassignment`, { assignee: 'liuyang', reason: '王强外出，由刘洋接办' });
  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'liuyang');
  await page.locator('.task-filter h4.name', { hasText: '我的待办' }).click();
  await page.locator(`ol.tasks-list a[href="#/?task=${task.id}"]`).click();
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByLabel('核查情况').waitFor();
  await form.locator('.fjs-form-field-checklist input[type="checkbox"]').first().check();
  const findings = form.getByLabel('核查情况');
  await findings.fill('调取在线监控历史数据核查（浏览器测试）');
  await findings.blur();

  await call('chenjun', 'POST', `/api/tasks/${task.id}/reassignment`, { assignee: 'wangqiang', reason: '王强返岗，交回原承办人' });
  const complete = page.locator('button.btn-primary[ng-click="complete()"]');
  await complete.scrollIntoViewIfNeeded();
  const submitted = page.waitForResponse(r => r.url().endsWith(`/task/${task.id}/submit-form`));
  await complete.click();
  assert.equal((await submitted).status(), 403);
  const notice = page.locator('.page-notifications .alert', { hasText: REFUSAL });
  await notice.waitFor();
  await shot(page, 'colleague-task-refused-notice');
  await page.context().close();

  const [stillOpen] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(stillOpen.id, task.id);
  assert.equal(stillOpen.assignee, 'wangqiang');
});

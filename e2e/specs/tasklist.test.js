// (a) Tasklist in Chinese, and an inspector signs for (签收) an alarm through its form.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, BASE, closeContexts } from '../lib/browser.js';
import { call, raiseAlarm } from '../lib/rest.js';
import { openFromFilter, cardLink, completeForm } from '../lib/tasklist.js';

const CHINESE = /[\u4e00-\u9fff]/;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });
afterEach(closeContexts);

test('Tasklist login page and task list are Chinese for a zh-CN browser', async () => {
  const page = await (await context(browser)).newPage();
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/login`);
  const login = page.locator('form[name="signinForm"] button[type="submit"]');
  await login.waitFor();
  // The label comes from locales/zh.json once it is loaded (the English one shows first); a
  // label that stays English fails the wait.
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(
    document.querySelector('form[name="signinForm"] button[type="submit"]').textContent));
  await shot(page, 'tasklist-login');
  const label = (await login.innerText()).trim();
  assert.notEqual(label, 'Log in');
  assert.match(label, CHINESE, `login button reads "${label}"`);

  await raiseAlarm('ENT-0001'); // at least one card in his list, whichever specs ran before
  await signIn(page, 'tasklist', 'wangqiang');
  await page.locator('[cam-tasks]').waitFor();
  const header = await page.locator('[cam-widget-header]').innerText();
  for (const english of ['Start process', 'Create task']) {
    assert.ok(!header.includes(english), `header still shows "${english}"`);
  }
  assert.ok(!(await page.locator('body').innerText()).includes('Sort by'), 'task list still shows "Sort by"');
  // Every filter sorts by due date first (TasklistFilters): the sort Tasklist shows is that order,
  // 办理期限 nearest first, not its own default 创建时间.
  const sorting = page.locator('.sorting-choice li.sorting-choice').first();
  await sorting.locator('.sort-by', { hasText: '办理期限' }).waitFor();
  assert.equal(await sorting.locator('.sort-direction.glyphicon-menu-up').count(), 1, 'nearest due date first');
  // …and the cards read in that order
  await page.locator('ol.tasks-list li.task').first().waitFor();
  const dues = (await page.locator('ol.tasks-list li.task').allInnerTexts())
    .map(card => (/办理期限[:：]?\s*(\d{4}-\d\d-\d\d \d\d:\d\d)/.exec(card) || [])[1]).filter(Boolean);
  assert.ok(dues.length >= 1, 'cards show their 办理期限');
  assert.deepEqual(dues, [...dues].sort(), `cards in due order: ${dues.join(', ')}`);
  await shot(page, 'tasklist-list');
});

test('inspector wangqiang signs for an alarm at ENT-0001 in its Tasklist form', async () => {
  const alarm = await raiseAlarm('ENT-0001');
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(task.taskDefinitionKey, 'Task_SignFor');
  assert.equal(task.assignee, 'wangqiang');

  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'wangqiang');
  await openFromFilter(page, '我的待办', task);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByText('告警签收').waitFor();
  assert.match(await form.locator('textarea').first().inputValue(), /ENT-0001/, 'alarm summary shown in the form');
  const note = form.getByLabel('签收备注');
  await note.fill('已签收，30 分钟内到场（浏览器测试）');
  // form-js takes a typed value when the field loses focus
  await note.blur();
  await shot(page, 'tasklist-sign-for-form');
  const { status, variables } = await completeForm(page, task.id);
  assert.equal(status, 204);
  assert.equal(variables.signForNote?.value, '已签收，30 分钟内到场（浏览器测试）', 'the form sent the typed note');

  await cardLink(page, task.id).waitFor({ state: 'detached' });
  await shot(page, 'tasklist-after-sign-for');
  const [next] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(next.taskDefinitionKey, 'Task_HandleOnSite');
  const [storedNote] = await call('zhoumin', 'GET',
    `/engine-rest/history/variable-instance?processInstanceId=${alarm.processInstanceId}&variableName=signForNote`);
  assert.equal(storedNote.value, '已签收，30 分钟内到场（浏览器测试）');
  const stored = await call('wangqiang', 'GET', `/api/alarms/${alarm.id}`);
  assert.equal(stored.status, 'SIGNED_FOR');
});

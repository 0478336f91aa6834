// (b) The auditor zhoumin reads a finished loop's audit trail in the Cockpit plugin 历史审计.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, closeContexts } from '../lib/browser.js';
import { call, raiseAlarm, completeTask, text, flag } from '../lib/rest.js';

let browser;
let alarm;

before(async () => {
  // A positive-list firm's alarm is verified off site: the shortest loop that ends.
  alarm = await raiseAlarm('ENT-0002');
  const pi = alarm.processInstanceId;
  await completeTask('wangqiang', pi, { signForNote: text('已签收') });
  await completeTask('wangqiang', pi, {
    verificationMethods: { value: JSON.stringify(['在线监测数据核查', '电话询问']), type: 'Json' },
    verificationFindings: text('数据异常系仪器校准所致，无超标排放'),
    violationFound: flag(false), onSiteVisitNeeded: flag(false)
  });
  await completeTask('wangqiang', pi, { feedbackSummary: text('已核实，未发现违法行为') });
  await completeTask('chenjun', pi, { approved: flag(true), reviewComment: text('同意办结') });
  const history = await call('zhoumin', 'GET', `/engine-rest/history/process-instance/${pi}`);
  assert.equal(history.state, 'COMPLETED');
  browser = await launch();
});
after(async () => { await browser?.close(); });
afterEach(closeContexts);

test('auditor finds the finished loop by enterprise and reads its audit trail', async () => {
  const page = await (await context(browser)).newPage();
  await signIn(page, 'cockpit', 'zhoumin');
  await page.locator('a[href="#/history-audit"]', { hasText: '历史审计' }).first().click();
  const filters = page.locator('form[name="audit-filters"]');
  await filters.locator('input[name="enterprise"]').fill('ENT-0002');
  await filters.locator('select[name="state"]').selectOption('finished');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await filters.locator('input[name="from"]').fill(today);
  await filters.locator('input[name="to"]').fill(today);
  await filters.getByRole('button', { name: '查询' }).click();
  const row = page.locator('.audit-results tr', { hasText: `ALARM-${alarm.id}` });
  await row.waitFor();
  assert.match(await row.innerText(), /ENT-0002[\s\S]*已完成/);
  await shot(page, 'cockpit-history-list');

  await row.getByRole('link', { name: '审计轨迹' }).click();
  const trail = page.locator(`.audit-trail[data-process-instance-id="${alarm.processInstanceId}"]`);
  await trail.locator('.audit-section').first().waitFor();
  await page.setViewportSize({ width: 1400, height: 4200 });
  await shot(page, 'cockpit-history-trail');

  const section = title => trail.locator('.audit-section', { has: page.locator('h3', { hasText: title }) });
  assert.match(await section('基本信息').innerText(), /ALARM-\d+[\s\S]*已完成/);
  const rules = await section('规则决策').innerText();
  assert.match(rules, /监管方式\s+非现场核查（OFF_SITE）/);
  // Rules by their Chinese labels, people by name with their login id.
  assert.match(rules, /命中的监管规则\s+正面清单企业的非严重告警非现场核查/);
  assert.match(rules, /命中的派遣规则\s+企业责任网格员承接告警/);
  assert.match(rules, /派遣给\s+王强（wangqiang）/);
  assert.match(rules, /中队长\s+陈军（chenjun）/);
  assert.match(rules, /候选组\s+高新执法一中队（squadron-XY-GX-SQ1）/);
  const activities = await section('活动轨迹').innerText();
  for (const step of ['签收', '非现场核查', '处置反馈', '中队长审核', '闭环考核', '闭环办结',
    '进入处置（签收后或退回重办）', '进入处置反馈']) {
    assert.ok(activities.includes(step), `activity ${step} in the trail`);
  }
  assert.match(activities, /进入处置反馈\s+排他网关/);
  const tasks = await section('任务与办理人').innerText();
  // Task names are the cards' captions: 签收｜firm｜matter｜alarm.
  assert.match(tasks, /中队长审核｜[^\n]*\s+陈军（chenjun）/);
  assert.match(tasks, /签收｜[^\n]*告警 #\d+\s+王强（wangqiang）/);
  // Variables by their Chinese labels (the name stays on hover).
  const changes = await section('变量变更记录').innerText();
  assert.match(changes, /审核意见[\s\S]*同意办结/);
  assert.match(changes, /监管方式\s+String\s+非现场核查（OFF_SITE）/);
  assert.match(changes, /现场处置\/非现场核查情况\s+String\s+非现场核查（办理人：王强（wangqiang））/);
  assert.doesNotMatch(changes, /reviewComment|supervisionMode/);
  assert.equal(await section('变量变更记录').locator('[data-variable="reviewComment"]').first().getAttribute('title'),
    'reviewComment');
  assert.match(await section('变量（最终值）').innerText(), /企业编码\s+String\s+ENT-0002/);
  const operations = await section('用户操作').innerText();
  assert.match(operations, /陈军（chenjun）\s+完成\s+任务/);
  assert.match(operations, /王强（wangqiang）\s+完成\s+任务/);
  assert.doesNotMatch(await trail.innerText(), /Gateway_|Flow_/, 'no raw gateway or flow id in the trail');
  assert.ok((await section('事件（故障）').innerText()).includes('无事件'));
  assert.equal(await trail.locator('button').count(), 0, 'the trail offers no action');
});

test('the auditor can read the history but change nothing', async () => {
  const pi = alarm.processInstanceId;
  await assert.rejects(call('zhoumin', 'DELETE', `/engine-rest/history/process-instance/${pi}`), /HTTP 403/);
  const running = await raiseAlarm('ENT-0002');
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${running.processInstanceId}`);
  await assert.rejects(call('zhoumin', 'POST', `/engine-rest/task/${task.id}/complete`, {}), /HTTP 403/);
  await assert.rejects(call('zhoumin', 'POST', `/engine-rest/process-instance/${running.processInstanceId}/variables`,
    { modifications: { supervisionMode: { value: 'ON_SITE' } } }), /HTTP 403/);
  await call('zhoumin', 'GET', `/engine-rest/history/process-instance/${pi}`);
});

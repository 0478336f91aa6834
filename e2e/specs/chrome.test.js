// (f) The bureau's product, not the vendor's chrome (issue 16 items 4–6, issue 15 items 1 and 6):
// no Camunda 8 migration bar; 环境执法闭环系统 in headings and page titles; 启动流程 and 新建任务 and the
// task pane's assignee/group/date editors only for administrators; a task opened on a phone shows
// its form first; people by name; every time in Beijing time although the browser runs in UTC or New
// York; the history plugin shows re-assignments with reason and both names and offers a case's dossier.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, BASE, closeContexts } from '../lib/browser.js';
import { call, raiseAlarm, completeTask, text, flag } from '../lib/rest.js';
import { showCard, openFromFilter, cardLink } from '../lib/tasklist.js';

const PRODUCT = '环境执法闭环系统';
const VENDOR_BANNER = /迁移到 Camunda 8|Camunda 8|migrat/i;
const UTC = { timezoneId: 'UTC' };
const NEW_YORK = { timezoneId: 'America/New_York' };
const PHONE = {
  viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, timezoneId: 'UTC',
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
};
// A JPEG of 8×8 pixels: an on-site violation needs a photo (as docs/walkthrough.sh sends it).
const PHOTO = '/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD5/ooooA//2Q==';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
afterEach(closeContexts);

/** An engine time (…+0800 or Z) as yyyy-MM-dd HH:mm:ss in Beijing time. */
function beijing(engineTime) {
  const d = new Date(String(engineTime).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  }).formatToParts(d).map(part => [part.type, part.value]));
  return { full: `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`,
    camDate: `${Number(p.year)}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}` };
}

/** The page's visible header, once the signed-in person's chrome (/api/me) has been applied. */
async function signedInTasklist(page, user) {
  // Registered before the sign-in, which alone may take minutes on a loaded machine: the wait for
  // /api/me must outlast it, and must not fail unobserved while the sign-in is still going on.
  const me = page.waitForResponse(r => r.url().endsWith('/api/me') && r.status() === 200, { timeout: 300000 });
  me.catch(() => {});
  await signIn(page, 'tasklist', user);
  await me;
  await page.locator('[cam-tasks]').waitFor();
}

async function assertBureauChrome(page, app) {
  await page.waitForFunction(product => document.title.includes(product), PRODUCT);
  assert.doesNotMatch(await page.title(), /Camunda/, `${app}: page title`);
  assert.match(await page.locator('[cam-widget-header] .brand-name').innerText(), new RegExp(PRODUCT));
  assert.doesNotMatch(await page.locator('body').innerText(), VENDOR_BANNER, `${app}: no vendor banner`);
  assert.equal(await page.locator('.ce-eol-banner:visible').count(), 0);
}

test('inspector and leader see the bureau\'s product, no vendor banner, no 启动流程 or 新建任务; the admin keeps them', async () => {
  for (const user of ['wangqiang', 'chenjun']) {
    const page = await (await context(browser, undefined, UTC)).newPage();
    await signedInTasklist(page, user);
    await assertBureauChrome(page, 'tasklist');
    const header = page.locator('[cam-widget-header]');
    for (const action of ['启动流程', '新建任务']) {
      assert.equal(await header.getByText(action).isVisible(), false, `${user} is offered ${action}`);
    }
    assert.match(await page.locator('[cam-widget-footer]').innerText(), /北京时间/);
    await shot(page, `chrome-tasklist-${user}`);
    await page.context().close();
  }
  const admin = await (await context(browser, undefined, UTC)).newPage();
  await signedInTasklist(admin, 'demo');
  await admin.locator('[cam-widget-header]').getByText('启动流程').waitFor();
  await admin.locator('[cam-widget-header]').getByText('新建任务').waitFor();
});

test('the inspector\'s task shows his name, its due date in Beijing time and only what he may change (UTC browser)', async () => {
  const alarm = await raiseAlarm('ENT-0001');
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(task.assignee, 'wangqiang');
  assert.ok(task.due, 'the sign-for task has a due date');

  const page = await (await context(browser, undefined, UTC)).newPage();
  await signedInTasklist(page, 'wangqiang');
  const card = await showCard(page, '我的待办', task);
  await card.locator('h5.assignee', { hasText: '王强' }).waitFor();
  await cardLink(page, task.id).click();
  const meta = page.locator('[cam-tasklist-task-meta]');
  await meta.locator('.bureau-assignee-name', { hasText: '王强' }).waitFor();
  assert.doesNotMatch(await meta.innerText(), /wangqiang/);
  assert.equal(await meta.locator('.bureau-due-time').innerText(), beijing(task.due).camDate,
    'due date in Beijing time, not in the browser\'s UTC');
  // EngineWriteGuard refuses these to him: the pane does not offer them.
  for (const editor of ['设置跟进日期', '设置截止日期', '添加用户组']) {
    assert.equal(await meta.getByText(editor).count(), 0, `${editor} offered`);
  }
  assert.equal(await meta.locator('[cam-widget-inline-field]').count(), 0, 'no inline editor of assignee or dates');
  await meta.locator('button.unclaim', { hasText: '取消认领' }).waitFor();
  await shot(page, 'chrome-tasklist-task-pane');
});

test('on a phone, opening a task folds the list away and shows the form on screen', async () => {
  const alarm = await raiseAlarm('ENT-0001');
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  const page = await (await context(browser, undefined, PHONE)).newPage();
  await signedInTasklist(page, 'wangqiang');
  await assertBureauChrome(page, 'tasklist (phone)');
  await openFromFilter(page, '我的待办', task);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByText('告警签收').waitFor();
  await page.locator('ol.tasks-list').waitFor({ state: 'hidden' });
  const box = await form.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 915, `the form starts on screen (at ${box && box.y} px)`);
  const back = page.locator('.bureau-back');
  const backBox = await back.boundingBox();
  assert.ok(backBox.height >= 44, `返回任务列表 is ${backBox.height} px high`);
  await shot(page, 'chrome-phone-task');
  await back.click();
  await cardLink(page, task.id).waitFor();
});

test('Cockpit: product name, no banner, Beijing time for a New York browser; the trail names the re-assignment and its reason', async () => {
  // A loop whose sign-for task a squadron leader re-assigns (改派) with a reason.
  const alarm = await raiseAlarm('ENT-0001');
  const [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  await call('chenjun', 'POST', `/api/tasks/${task.id}/reassignment`, { assignee: 'liuyang', reason: '王强外出培训，由刘洋接办' });
  const history = await call('zhoumin', 'GET', `/engine-rest/history/process-instance/${alarm.processInstanceId}`);

  const page = await (await context(browser, undefined, NEW_YORK)).newPage();
  await signIn(page, 'cockpit', 'zhoumin');
  await assertBureauChrome(page, 'cockpit');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/history-audit/${alarm.processInstanceId}`);
  const trail = page.locator(`.audit-trail[data-process-instance-id="${alarm.processInstanceId}"]`);
  await trail.locator('.audit-section').first().waitFor();
  const section = title => trail.locator('.audit-section', { has: page.locator('h3', { hasText: title }) });
  assert.match(await section('基本信息').innerText(), new RegExp(`开始时间\\s+${beijing(history.startTime).full}`),
    'start time in Beijing time, not New York time');
  const notes = await section('任务备注与改派').innerText();
  assert.match(notes, /陈军（chenjun）/);
  assert.match(notes, /王强（wangqiang） → 刘洋（liuyang）/);
  assert.match(notes, /王强外出培训，由刘洋接办/);
  assert.match(await section('用户操作').innerText(), /陈军（chenjun）\s+指派\s+任务\s+\S+\s+王强（wangqiang）\s+刘洋（liuyang）/);
  await page.setViewportSize({ width: 1400, height: 4000 });
  await shot(page, 'chrome-cockpit-reassignment');

  // Cockpit's own views too: the process's instance list gives the start in Beijing time.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${history.processDefinitionId}/runtime`);
  const row = page.locator('tr', { hasText: alarm.processInstanceId });
  await row.waitFor();
  assert.ok((await row.innerText()).includes(beijing(history.startTime).full.replace(' ', 'T')),
    `the instance list shows ${beijing(history.startTime).full} (Beijing time): ${await row.innerText()}`);
  assert.match(await page.locator('[cam-widget-footer]').innerText(), /北京时间/);
});

test('the history plugin offers a case-filing instance\'s dossier, which opens with the Cockpit session', async () => {
  const alarm = await raiseAlarm('ENT-0001');
  const pi = alarm.processInstanceId;
  await completeTask('wangqiang', pi, { signForNote: text('已签收') });
  await completeTask('wangqiang', pi, {
    companionInspector: text('liuyang'), inspectionRecord: text('总排口采样，COD 快速检测 66 mg/L'),
    findings: text('COD 超标排放'), violationFound: flag(true),
    evidence: { value: PHOTO, type: 'File', valueInfo: { filename: '总排口.jpg', mimeType: 'image/jpeg' } }
  });
  await completeTask('wangqiang', pi, { feedbackSummary: text('已责令停止超标排放，水样送检') });
  await completeTask('chenjun', pi, { approved: flag(true), reviewComment: text('同意，移送立案') });
  const [filing] = await call('sunli', 'GET',
    `/engine-rest/process-instance?processDefinitionKey=case-filing&businessKey=ALARM-${alarm.id}`);
  assert.ok(filing, 'case filing started');

  const page = await (await context(browser, undefined, UTC)).newPage();
  await signIn(page, 'cockpit', 'zhoumin');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/history-audit/${filing.id}`);
  const dossier = page.locator('.audit-trail .audit-dossier');
  await dossier.waitFor();
  const pdf = dossier.getByRole('link', { name: '下载案卷（PDF）' });
  const href = await pdf.getAttribute('href');
  assert.match(href, /^\/api\/cases\/\d+\/dossier$/);
  const answer = await page.request.get(BASE + href);
  assert.equal(answer.status(), 200);
  assert.match(answer.headers()['content-type'], /application\/pdf/);
  assert.match(await dossier.getByRole('link', { name: /归档包/ }).getAttribute('href'), /^\/api\/cases\/\d+\/dossier\.zip$/);
  await shot(page, 'chrome-cockpit-dossier');
});

// (d) A Camunda Form on a phone: form-js's own messages and its date picker in Chinese, the
// calendar inside a 390-px screen, Tasklist's buttons touch-sized and not covered by its notices
// (Tasklist's scripts/form-js-zh.js and styles/user-styles.css).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, BASE, closeContexts } from '../lib/browser.js';
import { call, raiseAlarm, completeTask, text, flag } from '../lib/rest.js';
import { openTask, completeForm } from '../lib/tasklist.js';

// A desktop browser's window at a phone's size (an iPhone 12–14 is 390 × 844 CSS pixels), and a
// touch phone of that size, which flatpickr gives a native date input instead of its calendar.
const PHONE = { viewport: { width: 390, height: 844 } };
const TOUCH_PHONE = {
  ...PHONE, isMobile: true, hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
};
const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const ENGLISH = /Field (is required|must)|January|February|March|April|June|July|August|September|October|November|December|\bSun\b|\bMon\b/;

let browser;
let alarm;
let task;

before(async () => {
  // An off-site check of a positive-list firm reaches 处置反馈 (submit-feedback.form: a required
  // text area, and a date field shown once 责令整改 is ticked) in two steps.
  alarm = await raiseAlarm('ENT-0002');
  const pi = alarm.processInstanceId;
  await completeTask('wangqiang', pi, { signForNote: text('已签收') });
  await completeTask('wangqiang', pi, {
    verificationMethods: { value: JSON.stringify(['ONLINE_DATA']), type: 'Json' },
    verificationFindings: text('在线监控数据显示 COD 超标，需责令整改'),
    violationFound: flag(true), onSiteVisitNeeded: flag(false)
  });
  [task] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${pi}`);
  assert.equal(task.taskDefinitionKey, 'Task_SubmitFeedback');
  browser = await launch();
});
after(async () => { await browser?.close(); });
afterEach(closeContexts);

async function openFeedbackForm(device) {
  const page = await (await context(browser, undefined, device)).newPage();
  await signIn(page, 'tasklist', 'wangqiang');
  await openTask(page, task.id);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByText('请汇总核查或现场处置结果').waitFor();
  return { page, form };
}

/** Today in the browser's time zone, as flatpickr labels a day and form-js stores a date. */
function today() {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date()).split('-').map(Number);
  return { year, month, day, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

test('on a touch phone, the date field is the phone\'s own date picker and fills the field', async () => {
  const { page, form } = await openFeedbackForm(TOUCH_PHONE);
  await form.getByLabel('责令整改').check();
  const native = form.locator('.fjs-form-field-datetime input.flatpickr-mobile');
  await native.scrollIntoViewIfNeeded();
  assert.equal(await native.getAttribute('type'), 'date');
  const field = await form.locator('.fjs-form-field-datetime .fjs-input-group').boundingBox();
  const input = await native.boundingBox();
  assert.ok(input.width >= 0.8 * field.width, `date input ${input.width} px wide in a ${field.width}-px field`);
  assert.ok(input.height >= 40, `date input ${input.height} px high`);
  await page.context().close();
});

test('on a phone, an empty required field is refused in Chinese and the date picker is Chinese and on screen', async () => {
  const { page, form } = await openFeedbackForm(PHONE);
  // 处置反馈 comes pre-filled from the handling record; 责令整改 makes 整改要求 and 整改期限 required
  // (emptying a field instead would disable 完成 before it could be pressed).
  await form.getByLabel('责令整改').check();
  const complete = page.locator('button.btn-primary[ng-click="complete()"]');
  await complete.scrollIntoViewIfNeeded();
  await complete.click();
  const error = form.locator('.fjs-form-field-error').first();
  await error.waitFor();
  // Tasklist's own buttons are touch-sized, and its notice about the invalid form leaves them free.
  const notice = page.locator('.page-notifications .alert').first();
  await notice.waitFor();
  await complete.scrollIntoViewIfNeeded();
  const button = await complete.boundingBox();
  const save = await page.locator('button.btn-default[ng-click="save($event)"]').boundingBox();
  assert.ok(button.height >= 44 && save.height >= 44, `buttons ${save.height} and ${button.height} px high`);
  const covering = await notice.boundingBox();
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  assert.ok(!overlaps(covering, button) && !overlaps(covering, save),
    `notice at ${JSON.stringify(covering)} over the buttons at ${JSON.stringify(save)} and ${JSON.stringify(button)}`);
  assert.ok(covering.x >= 0 && covering.x + covering.width <= 390, `notice spans ${covering.x}..${covering.x + covering.width} px of 390`);
  await shot(page, 'form-phone-validation');
  assert.equal((await error.innerText()).trim(), '此项为必填项。');
  assert.doesNotMatch(await form.innerText(), ENGLISH);
  const [stillOpen] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(stillOpen.id, task.id, 'the task is not completed');

  // A message with a number in it: the text area takes at most 4,000 characters.
  const feedback = form.getByLabel('处置结果反馈');
  await feedback.fill('超'.repeat(4001));
  await feedback.blur();
  await form.getByText('长度不能超过 4000 个字符。').waitFor();
  await feedback.fill('已核实超标排放，责令企业限期整改（浏览器测试）');
  await feedback.blur();
  await form.getByText('长度不能超过 4000 个字符。').waitFor({ state: 'detached' });
  await page.locator('.page-notifications [ng-click="removeNotification(notification)"]').click();

  await form.getByLabel('责令整改').check();
  await form.getByLabel('整改要求').fill('停止超标排放，检修污水处理设施（浏览器测试）');
  const date = form.locator('.fjs-form-field-datetime input.fjs-input');
  assert.equal(await date.getAttribute('placeholder'), '年/月/日');
  await date.click();
  const calendar = form.locator('.flatpickr-calendar.open');
  await calendar.waitFor();
  await calendar.scrollIntoViewIfNeeded();
  await shot(page, 'form-phone-datepicker');
  const now = today();
  assert.equal((await calendar.locator('.flatpickr-monthDropdown-months option:checked').innerText()).trim(),
    MONTHS[now.month - 1]);
  assert.deepEqual((await calendar.locator('.flatpickr-weekday').allInnerTexts()).map(day => day.trim()),
    ['一', '二', '三', '四', '五', '六', '日']);
  assert.doesNotMatch(await calendar.innerText(), ENGLISH);
  const box = await calendar.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `calendar spans ${box.x}..${box.x + box.width} px of 390`);
  // It hangs from the whole field (so it fits narrower phones too), not from the text right of the icon.
  const field = await form.locator('.fjs-form-field-datetime .fjs-input-group').boundingBox();
  assert.ok(Math.abs(box.x - field.x) <= 1 && Math.abs(box.width - field.width) <= 1,
    `calendar ${box.x}+${box.width} px under a field at ${field.x}+${field.width} px`);

  // The Chinese calendar still gives form-js the right date: pick today, complete the task.
  await calendar.locator(`.flatpickr-day[aria-label="${now.year}年${now.month}月${now.day}日"]`).click();
  assert.equal(await date.inputValue(), `${now.year}/${now.month}/${now.day}`);
  await calendar.waitFor({ state: 'hidden' });
  const { status, variables } = await completeForm(page, task.id);
  assert.equal(status, 204);
  assert.equal(variables.rectificationDeadline?.value, now.iso, 'the form sent the picked day');
  assert.equal(variables.feedbackSummary?.value, '已核实超标排放，责令企业限期整改（浏览器测试）', 'the form sent the typed feedback');
  const [deadline] = await call('zhoumin', 'GET',
    `/engine-rest/history/variable-instance?processInstanceId=${alarm.processInstanceId}&variableName=rectificationDeadline`);
  assert.equal(deadline.value, now.iso);
  await page.context().close();
});

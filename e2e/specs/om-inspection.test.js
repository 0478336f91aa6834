// Third-party O&M inspection (第三方巡检): an inspection company's inspector fills in the checklist of a
// wastewater monitoring system in Tasklist, finds the logger's range tampered with (疑似弄虚作假), and
// the finding opens an escalated enforcement loop with a case lead in the inspector's Tasklist.
// 现场照片 合格 without any photo is refused with the reason; the inspector then takes photos per
// checklist item in the 证据材料 tab (巡检照片), sees their thumbnails, and the finding carries its item's photo.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, context, signIn, shot, closeContexts } from '../lib/browser.js';
import { call } from '../lib/rest.js';
import { openFromFilter, cardLink, completeForm } from '../lib/tasklist.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const photo = (name, file) => ({ name, mimeType: 'image/jpeg', buffer: readFileSync(join(FIXTURES, file)) });

let browser;

/** The item's thumbnails have all loaded pictures, and there are this many. */
async function thumbnailsShown(page, item, count) {
  await page.waitForFunction(([key, n]) => {
    const images = document.querySelectorAll(`.bureau-evidence-tab .om-photo-item[data-item="${key}"] .evidence-item img`);
    return images.length === n && [...images].every(image => image.complete && image.naturalWidth > 0);
  }, [item, count]);
}

/** Opens a tab of the task (表单, 证据材料). */
async function openTab(page, label) {
  await page.locator('.tabbed-content .nav-tabs a', { hasText: label }).click();
}

before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });
afterEach(closeContexts);

test('an O&M inspection with a suspected falsification opens an escalated loop', async () => {
  const started = await call('sunli', 'POST', '/api/om-inspection/plans/XY-WW-0001-01/inspections');
  const [task] = await call('omzhang', 'GET', `/engine-rest/task?processInstanceId=${started.processInstanceId}`);
  assert.match(task.name, /^现场巡检｜.+｜运维巡检 .+｜OM-\d+$/, 'the card names firm, device and inspection');

  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'omzhang');
  await openFromFilter(page, '本公司巡检任务', task);
  const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
  await form.getByText('自动监控设施第三方巡检（废水自动监测系统）').waitFor();
  // Offered to the company's group: the inspector claims it first, and the form is enabled.
  const claimed = page.waitForResponse(r => r.url().endsWith(`/task/${task.id}/claim`));
  await page.locator('[ng-click="claim()"]').first().click();
  assert.equal((await claimed).status(), 204);
  await page.locator('.disabled-form').waitFor({ state: 'detached' });
  await cardLink(page, task.id).waitFor();
  const fill = async () => {
    for (const item of ['采样探头及伴热管线', '校准及校验记录', '运维记录', '数据标记', '现场照片']) {
      await form.locator('.fjs-form-field-radio').filter({ hasText: item }).getByLabel('合格', { exact: true }).check();
    }
    await form.locator('.fjs-form-field-radio').filter({ hasText: '数采仪参数与登记一致' })
      .getByLabel('不合格', { exact: true }).check();
    const note = form.getByLabel('数采仪参数与登记一致：说明');
    await note.fill('COD 量程被改为 0–30 mg/L，上传值封顶（浏览器测试）');
    // form-js takes a typed value when the field loses focus
    await note.blur();
    const classField = form.locator('.fjs-form-field-select').filter({ hasText: '数采仪参数与登记一致：问题类别' });
    await classField.locator('.fjs-input-group').click();
    await page.locator('.fjs-dropdownlist-item', { hasText: '疑似弄虚作假' }).click();
  };
  await fill();
  // 现场照片 合格 with no photo yet: refused as the inspector's mistake (400, not a server fault),
  // and Tasklist shows the reason.
  const refused = await completeForm(page, task.id);
  assert.equal(refused.status, 400);
  const reason = page.locator('.notifications .alert', { hasText: '“现场照片”判为合格，但本次巡检尚未上传任何照片' });
  await reason.waitFor();
  // The notification lies over the form's buttons: the inspector closes it.
  await reason.locator('button[ng-click="removeNotification(notification)"]').click();
  await reason.waitFor({ state: 'detached' });

  await openTab(page, '证据材料');
  const tab = page.locator('.bureau-evidence-tab');
  await tab.getByText('巡检照片（巡检 OM-').waitFor();
  const parameters = tab.locator('.om-photo-item[data-item="parameters"]');
  const sitePhotos = tab.locator('.om-photo-item[data-item="photos"]');
  assert.equal(await parameters.locator('#omPhotos-parameters-Camera').getAttribute('capture'), 'environment');
  let uploaded = page.waitForResponse(r => r.url().endsWith('/items/parameters/photos') && r.request().method() === 'POST');
  await parameters.locator('#omPhotos-parameters-Camera').setInputFiles([photo('数采仪量程设置界面.jpg', 'site-photo-1.jpg')]);
  assert.equal((await uploaded).status(), 201);
  await thumbnailsShown(page, 'parameters', 1);
  uploaded = page.waitForResponse(r => r.url().endsWith('/items/photos/photos') && r.request().method() === 'POST');
  await sitePhotos.locator('#omPhotos-photos-Files').setInputFiles([photo('站房外景.jpg', 'site-photo-2.jpg'),
    photo('分析仪.jpg', 'site-photo-1.jpg')]);
  assert.equal((await uploaded).status(), 201);
  await thumbnailsShown(page, 'photos', 2);
  await sitePhotos.getByText('现场照片（2 张）').waitFor();
  await shot(page, 'om-inspection-photos');

  await openTab(page, '表单');
  await form.getByText('自动监控设施第三方巡检（废水自动监测系统）').waitFor();
  await fill();
  await shot(page, 'om-inspection-checklist');
  const { status, variables } = await completeForm(page, task.id);
  assert.equal(status, 204);
  const sent = JSON.stringify(variables);
  assert.ok(sent.includes('COD 量程被改为 0–30 mg/L，上传值封顶（浏览器测试）'), `the form sent the typed note: ${sent}`);
  await cardLink(page, task.id).waitFor({ state: 'detached' });

  const alarms = await call('wangqiang', 'GET', '/api/alarms?enterpriseCode=ENT-0001');
  const alarm = alarms.find(a => a.sourceType === 'OM_INSPECTION' && a.description.includes('浏览器测试'));
  assert.ok(alarm, 'the finding raised an alarm at ENT-0001');
  assert.equal(alarm.supervisionMode, 'ESCALATED');
  const file = await call('wangqiang', 'GET', '/api/enterprises/ENT-0001/file');
  assert.ok(file.cases.some(c => c.alarmId === alarm.id && c.status === 'LEAD'), 'a case lead is open for the alarm');
  const finding = file.omInspection.findings.find(f => f.alarmId === alarm.id && f.findingClassLabel === '疑似弄虚作假');
  assert.ok(finding, 'the finding is in the enterprise file');
  assert.equal(finding.photoUrls.length, 1, 'with the photo of its checklist item');

  const inspector = await (await context(browser)).newPage();
  await signIn(inspector, 'tasklist', 'wangqiang');
  const [signFor] = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  await openFromFilter(inspector, '我的待办', signFor);
  await inspector.locator('[cam-tasklist-form-camunda] form.fjs-form').getByText('告警签收').waitFor();
  assert.match(await inspector.locator('[cam-tasklist-form-camunda] textarea').first().inputValue(), /疑似弄虚作假/);
  await shot(inspector, 'om-inspection-escalated-loop');
});

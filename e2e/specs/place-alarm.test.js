// Place-based alarms (issue 17 item 3): a straw-burning fire point posted with only coordinates is
// found in 卧龙镇 by its township boundary and appears in the Tasklist of 襄城执法一中队 (inspector
// zhaolei, squadron leader hemin), not in another squadron's.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, context, signIn, shot, closeContexts } from '../lib/browser.js';
import { call } from '../lib/rest.js';
import { showCard, searchFilter, cardLink } from '../lib/tasklist.js';

let browser;
let alarm;
let task;

before(async () => {
  browser = await launch();
  alarm = await call('monitor', 'POST', '/api/alarms', {
    externalId: `E2E-FIRE-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
    sourceType: 'STRAW_BURNING', latitude: 31.992, longitude: 112.010,
    observedAt: new Date(Date.now() - 10 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
  });
  [task] = await call('zhaolei', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
});
after(async () => { await browser.close(); });
afterEach(closeContexts);

test('the fire point is dispatched to the squadron of 卧龙镇 with the firm nearby as a suspect', () => {
  assert.equal(alarm.townshipCode, 'TS-XC-WOLONG');
  assert.equal(alarm.squadronCode, 'XY-XC-SQ1');
  assert.deepEqual(alarm.suspectedSources.map(s => s.enterpriseCode), ['ENT-0006']);
  assert.ok(task, 'zhaolei sees the task over the engine API');
  assert.equal(task.taskDefinitionKey, 'Task_SignFor');
  assert.equal(task.assignee, null);
});

for (const user of ['zhaolei', 'hemin']) {
  test(`${user} finds the fire point among 本中队待认领 in Tasklist and opens it`, async () => {
    const page = await (await context(browser)).newPage();
    await signIn(page, 'tasklist', user);
    await showCard(page, '本中队待认领', task);
    await cardLink(page, task.id).click();
    const form = page.locator('[cam-tasklist-form-camunda] form.fjs-form');
    await form.getByText('告警签收').waitFor();
    const summary = await form.locator('textarea').first().inputValue();
    assert.match(summary, /秸秆焚烧/, 'source shown');
    assert.match(summary, /TS-XC-WOLONG/, 'township shown');
    assert.match(summary, /ENT-0006/, 'nearby firm shown');
    await shot(page, `place-alarm-tasklist-${user}`);
  });
}

test('wangqiang of another squadron does not see it', async () => {
  const tasks = await call('wangqiang', 'GET', `/engine-rest/task?processInstanceId=${alarm.processInstanceId}`);
  assert.equal(tasks.length, 0);
  const page = await (await context(browser)).newPage();
  await signIn(page, 'tasklist', 'wangqiang');
  await page.locator('[cam-tasks]').waitFor();
  // Searched for the fire point's process, his 本中队待认领 lists nothing (an empty list renders no <ol>).
  const listed = await searchFilter(page, '本中队待认领', alarm.processInstanceId);
  assert.equal(listed.count, 0, 'the fire point is not in wangqiang\'s 本中队待认领');
  await shot(page, 'place-alarm-tasklist-wangqiang');
  assert.equal(await page.locator(`ol.tasks-list a[href="#/?task=${task.id}"]`).count(), 0);
});

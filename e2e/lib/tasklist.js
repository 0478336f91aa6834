// What a person does in Tasklist, as the specs repeat it: find one's own task in a filter, open a
// task, complete its form. The specs share one database and run one after another, so a filter
// holds other specs' tasks too, and Tasklist shows only 15 per page, sorted by due date: a spec
// finds its own card by searching the filter for its process instance (Tasklist's own search, as
// a user narrows the list), never by its place in the list.
import { BASE } from './browser.js';

const TASKLIST = `${BASE}/camunda/app/tasklist/default/`;

export const card = (page, taskId) => page.locator('ol.tasks-list li.task', { has: page.locator(`a[href="#/?task=${taskId}"]`) });
export const cardLink = (page, taskId) => page.locator(`ol.tasks-list a[href="#/?task=${taskId}"]`);

/** Selects the filter by its name, as a user clicks it, and gives its id (looked up with the page's session). */
export async function selectFilter(page, name) {
  const answer = await page.request.get(`${BASE}/camunda/api/engine/engine/default/filter?resourceType=Task`,
    { headers: { Accept: 'application/json' } });
  if (!answer.ok()) throw new Error(`filters: HTTP ${answer.status()}`);
  const filter = (await answer.json()).find(f => f.name === name);
  if (!filter) throw new Error(`no filter ${name}`);
  await page.locator('.task-filter h4.name', { hasText: name }).click();
  return filter.id;
}

/**
 * Selects the named filter and searches it for one process instance's tasks (Tasklist's search,
 * kept in the address as a user's search is). Gives the list as Tasklist received it ({count, …}).
 */
export async function searchFilter(page, filterName, processInstanceId) {
  const filter = await selectFilter(page, filterName);
  // the search widget's own form of a pill; an "In" pill holds a list
  const search = JSON.stringify([{ type: 'processInstanceIdIn', operator: 'In', value: [processInstanceId], name: '' }]);
  const listed = page.waitForResponse(r => r.url().includes(`/filter/${filter}/list`) && r.request().method() === 'POST'
    && (r.request().postData() || '').includes(processInstanceId));
  await page.goto(`${TASKLIST}#/?filter=${filter}&searchQuery=${encodeURIComponent(search)}`);
  return (await listed).json();
}

/** Shows the task's card in the named filter, found by Tasklist's search for its process instance; gives the card. */
export async function showCard(page, filterName, task) {
  await searchFilter(page, filterName, task.processInstanceId);
  const found = card(page, task.id);
  await found.waitFor();
  return found;
}

/** Opens the task from its card in the named filter, as a user does (the spec then waits for its form). */
export async function openFromFilter(page, filterName, task) {
  await showCard(page, filterName, task);
  await cardLink(page, task.id).click();
}

/** Opens a task by its address (a link to it), e.g. from a notice. */
export async function openTask(page, taskId) {
  await page.goto(`${TASKLIST}#/?task=${taskId}`);
}

/**
 * Presses 完成 and gives the answer's status and the variables the form sent. form-js takes a
 * typed value when its field loses focus (blur), so a spec blurs what it typed, and the variables
 * sent show that the form took it.
 */
export async function completeForm(page, taskId) {
  const complete = page.locator('button.btn-primary[ng-click="complete()"]');
  await complete.scrollIntoViewIfNeeded();
  const submitted = page.waitForResponse(r => r.url().endsWith(`/task/${taskId}/submit-form`));
  await complete.click();
  const response = await submitted;
  return { status: response.status(), variables: response.request().postDataJSON()?.variables ?? {} };
}

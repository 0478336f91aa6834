// The application's APIs as the demo users call them (HTTP Basic, password = user id).
import { BASE } from './browser.js';

export async function call(user, method, path, body) {
  const headers = { Accept: 'application/json', Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${user} ${method} ${path}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** An online-monitor COD exceedance at the enterprise, as the monitoring platform posts it. */
export function raiseAlarm(enterpriseCode) {
  return call('monitor', 'POST', '/api/alarms', {
    externalId: `E2E-${enterpriseCode}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
    sourceType: 'ONLINE_MONITOR', enterpriseCode, pollutant: 'w01018', value: 68.5, limit: 50, unit: 'mg/L',
    observedAt: new Date(Date.now() - 10 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
  });
}

/** Completes the user's one open task of the process instance with the given variables. */
export async function completeTask(user, processInstanceId, variables) {
  const tasks = await call(user, 'GET', `/engine-rest/task?processInstanceId=${processInstanceId}`);
  if (tasks.length !== 1) throw new Error(`${user} sees ${tasks.length} tasks of ${processInstanceId}`);
  await call(user, 'POST', `/engine-rest/task/${tasks[0].id}/complete`, { variables });
  return tasks[0];
}

export const text = value => ({ value, type: 'String' });
export const flag = value => ({ value, type: 'Boolean' });

// 历史审计 list: finished and running process instances from /history/process-instance, filtered
// by process, business key, enterprise (the enterpriseCode variable), start date and state, paged.
import { engine, h, table, time, duration, engineDate, stateOf, failure } from './common.js';
import { people } from './people.js';
import { clockReady } from './clock.js';

const PAGE_SIZE = 20;

// Kept while Cockpit is open, so going back from an audit trail shows the same page.
const remembered = { filters: {}, page: 0 };

export function renderList(node, api) {
  const rest = engine(api);
  const form = filterForm();
  const results = h('div', { className: 'audit-results' });
  node.appendChild(h('div', { className: 'audit-page' },
    h('h2', {}, '历史审计'),
    h('p', { className: 'audit-hint' }, '已完成与运行中的流程实例；点击「审计轨迹」查看活动、办理人、变量变更、用户操作、规则决策与事件。'),
    form.node, results));

  rest.get('/process-definition', { latestVersion: true, sortBy: 'name', sortOrder: 'asc' })
    .then(definitions => definitions.forEach(d => form.definition.appendChild(
      h('option', { value: d.key, selected: remembered.filters.definition === d.key }, `${d.name || d.key}（${d.key}）`))))
    .catch(error => failure(results, error));

  const search = page => {
    remembered.filters = form.values();
    remembered.page = page;
    load(rest, remembered.filters, page, results, search);
  };
  form.node.addEventListener('submit', event => { event.preventDefault(); search(0); });
  form.reset.addEventListener('click', () => { form.clear(); search(0); });
  search(remembered.page);
}

function filterForm() {
  const f = remembered.filters;
  const definition = h('select', { className: 'form-control', name: 'definition' }, h('option', { value: '' }, '全部流程'));
  const businessKey = h('input', { className: 'form-control', name: 'businessKey', placeholder: '如 ALARM-12', value: f.businessKey });
  const enterprise = h('input', { className: 'form-control', name: 'enterprise', placeholder: '如 ENT-0001', value: f.enterprise });
  const from = h('input', { className: 'form-control', type: 'date', name: 'from', value: f.from });
  const to = h('input', { className: 'form-control', type: 'date', name: 'to', value: f.to });
  const state = h('select', { className: 'form-control', name: 'state' },
    [['', '全部'], ['running', '运行中'], ['finished', '已结束'], ['incidents', '有事件']]
      .map(([value, label]) => h('option', { value, selected: f.state === value }, label)));
  const reset = h('button', { type: 'button', className: 'btn btn-default' }, '清除');
  const field = (label, input) => h('label', { className: 'audit-field' }, h('span', {}, label), input);
  const node = h('form', { className: 'audit-filters', name: 'audit-filters' },
    field('流程', definition), field('业务键', businessKey), field('企业编码', enterprise),
    field('开始日期从', from), field('至', to), field('状态', state),
    h('div', { className: 'audit-buttons' }, h('button', { type: 'submit', className: 'btn btn-primary' }, '查询'), reset));
  return {
    node, definition, reset,
    values: () => ({
      definition: definition.value, businessKey: businessKey.value.trim(), enterprise: enterprise.value.trim(),
      from: from.value, to: to.value, state: state.value
    }),
    clear: () => {
      [definition, businessKey, enterprise, from, to, state].forEach(input => { input.value = ''; });
    }
  };
}

function queryOf(filters) {
  const body = { sorting: [{ sortBy: 'startTime', sortOrder: 'desc' }] };
  if (filters.definition) body.processDefinitionKey = filters.definition;
  if (filters.businessKey) body.processInstanceBusinessKeyLike = `%${filters.businessKey}%`;
  if (filters.enterprise) body.variables = [{ name: 'enterpriseCode', operator: 'eq', value: filters.enterprise }];
  if (filters.from) body.startedAfter = engineDate(filters.from, false);
  if (filters.to) body.startedBefore = engineDate(filters.to, true);
  if (filters.state === 'running') body.unfinished = true;
  if (filters.state === 'finished') body.finished = true;
  if (filters.state === 'incidents') body.withIncidents = true;
  return body;
}

async function load(rest, filters, page, results, search) {
  results.textContent = '';
  results.appendChild(h('p', { className: 'audit-loading' }, '加载中…'));
  try {
    await clockReady();
    const body = queryOf(filters);
    const { sorting, ...countBody } = body;
    const [count, instances] = await Promise.all([
      rest.post('/history/process-instance/count', countBody),
      rest.post('/history/process-instance', body, { firstResult: page * PAGE_SIZE, maxResults: PAGE_SIZE })
    ]);
    const [firms, person] = await Promise.all([enterprisesOf(rest, instances.map(i => i.id)),
      people(rest, instances.map(i => i.startUserId)), clockReady()]);
    results.textContent = '';
    results.appendChild(table(['流程', '业务键', '企业', '开始时间', '结束时间', '耗时', '状态', '发起人', ''],
      instances.map(i => [
        `${i.processDefinitionName || i.processDefinitionKey} v${i.processDefinitionVersion}`,
        i.businessKey || '—', firms[i.id] || '—', time(i.startTime), time(i.endTime),
        duration(i.durationInMillis, i.startTime, i.endTime), stateOf(i), person(i.startUserId) || '—',
        h('a', { href: `#/history-audit/${encodeURIComponent(i.id)}`, className: 'audit-open' }, '审计轨迹')
      ]), '没有符合条件的流程实例'));
    results.appendChild(pager(count.count, page, search));
  } catch (error) {
    results.textContent = '';
    failure(results, error);
  }
}

async function enterprisesOf(rest, instanceIds) {
  if (!instanceIds.length) return {};
  const variables = await rest.post('/history/variable-instance',
    { processInstanceIdIn: instanceIds, variableNameIn: ['enterpriseCode', 'enterpriseName'] },
    { deserializeValues: false });
  const firms = {};
  variables.filter(v => v.name === 'enterpriseCode').forEach(v => { firms[v.processInstanceId] = String(v.value); });
  variables.filter(v => v.name === 'enterpriseName' && firms[v.processInstanceId])
    .forEach(v => { firms[v.processInstanceId] += ` ${v.value}`; });
  return firms;
}

function pager(total, page, search) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return h('div', { className: 'audit-pager' },
    h('button', { type: 'button', className: 'btn btn-default btn-sm', disabled: page === 0, onClick: () => search(page - 1) }, '上一页'),
    h('span', { className: 'audit-page-info' }, `第 ${page + 1} / ${pages} 页，共 ${total} 条`),
    h('button', { type: 'button', className: 'btn btn-default btn-sm', disabled: page + 1 >= pages, onClick: () => search(page + 1) }, '下一页'));
}

// 审计轨迹 of one process instance: facts, the rule decisions, activities, tasks and assignees,
// variables and their changes, user operations and incidents, all from the engine's history.
import { engine, h, table, section, time, duration, value, stateOf, failure } from './common.js';
import { variableLabel, propertyLabel, PERSON_VARIABLES, GROUP_VARIABLES, VALUE_LABELS } from './labels.js';
import { people, groups } from './people.js';
import { apiRoot, clockReady } from './clock.js';

// The loop's Drools decisions (labels: labels.js): the loop's plan as the casework module keeps it in
// loop_plan (GET /api/alarms/{id}/loop-plan, under the names the variables had), and in loops
// started before that, process variables of the same names.
const RULE_VARIABLES = [
  'supervisionMode', 'supervisionSummary', 'supervisionRules', 'seriousAlarm', 'assignmentRules', 'assignee',
  'candidateGroup', 'squadronLeader', 'taskPriority', 'signForDeadline', 'dispatchedAt', 'signForDueDate',
  'handlingDueDate'
];

const PLAN_TYPES = {
  seriousAlarm: 'Boolean', taskPriority: 'Integer', dispatchedAt: 'Date', signForDueDate: 'Date', handlingDueDate: 'Date'
};

/** The loop's plan as rows shaped like history variables; none for other processes or older loops. */
async function loopPlan(instance, variables) {
  const alarmId = variable(variables, 'alarmId');
  if (instance.processDefinitionKey !== 'enforcement-loop' || !alarmId || alarmId.value === null) return [];
  const response = await fetch(`${apiRoot}/alarms/${encodeURIComponent(alarmId.value)}/loop-plan`, {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`规则判定记录读取失败（HTTP ${response.status}）`);
  const plan = await response.json();
  if (plan.processInstanceId !== instance.id) return [];
  return RULE_VARIABLES.filter(name => name in plan)
    .map(name => ({ name, value: plan[name], type: PLAN_TYPES[name] || 'String' }));
}

const ACTIVITY_TYPES = {
  startEvent: '开始事件', endEvent: '结束事件', noneEndEvent: '结束事件', userTask: '人工任务',
  serviceTask: '服务任务', exclusiveGateway: '排他网关', parallelGateway: '并行网关', boundaryTimer: '边界定时器',
  intermediateTimer: '定时事件', callActivity: '调用活动', subProcess: '子流程', businessRuleTask: '规则任务',
  scriptTask: '脚本任务', sendTask: '发送任务', receiveTask: '接收任务'
};

const OPERATIONS = {
  Create: '创建', Complete: '完成', Claim: '认领', Assign: '指派', SetOwner: '设置所有人', Delegate: '委托',
  Resolve: '解决', Delete: '删除', SetVariable: '设置变量', SetVariables: '设置变量', ModifyVariable: '修改变量',
  RemoveVariable: '删除变量', DeleteHistory: '删除历史', Suspend: '挂起', Activate: '激活', SetPriority: '设置优先级',
  SetDueDate: '设置期限', Update: '更新', ModifyProcessInstance: '修改流程实例', SetJobRetries: '设置作业重试次数',
  SetRemovalTime: '设置清除时间', CreateIncident: '创建事件', ResolveIncident: '解决事件', Migrate: '迁移',
  SetAnnotation: '设置注释', ClearAnnotation: '清除注释', Correlate: '消息关联', Execute: '执行'
};

const ENTITIES = {
  Task: '任务', ProcessInstance: '流程实例', Variable: '变量', Job: '作业', Incident: '事件',
  ProcessDefinition: '流程定义', Attachment: '附件', IdentityLink: '办理人关系', OperationLog: '操作日志'
};

export async function renderTrail(node, api) {
  const id = decodeURIComponent(window.location.hash.replace(/^#\/history-audit\//, '').split(/[?/]/)[0]);
  const rest = engine(api);
  const page = h('div', { className: 'audit-page audit-trail', dataset: { processInstanceId: id } },
    h('a', { href: '#/history-audit', className: 'audit-back' }, '← 返回历史审计'),
    h('h2', {}, '审计轨迹'), h('p', { className: 'audit-loading' }, '加载中…'));
  node.appendChild(page);
  try {
    const instance = await rest.get(`/history/process-instance/${encodeURIComponent(id)}`);
    const byInstance = { processInstanceId: id };
    const [activities, tasks, variables, details, operations, incidents, decisions, comments] = await Promise.all([
      rest.get('/history/activity-instance', { ...byInstance, sortBy: 'startTime', sortOrder: 'asc' }),
      rest.get('/history/task', { ...byInstance, sortBy: 'startTime', sortOrder: 'asc' }),
      rest.get('/history/variable-instance', { ...byInstance, deserializeValues: false }),
      rest.get('/history/detail', { ...byInstance, variableUpdates: true, sortBy: 'time', sortOrder: 'asc', deserializeValues: false }),
      rest.get('/history/user-operation', { ...byInstance, sortBy: 'timestamp', sortOrder: 'asc' }),
      rest.get('/history/incident', { ...byInstance, sortBy: 'createTime', sortOrder: 'asc' }),
      rest.get('/history/decision-instance', { ...byInstance, includeInputs: true, includeOutputs: true, sortBy: 'evaluationTime', sortOrder: 'asc' }),
      rest.get(`/process-instance/${encodeURIComponent(id)}/comment`),
      clockReady()
    ]);
    const plan = await loopPlan(instance, variables);
    // Names for the ids the trail shows: people as 王强（wangqiang）, squadrons by their names.
    const valuesOf = names => [...variables, ...plan].map(v => [v.name, v.value])
      .concat(details.map(d => [d.variableName, d.value]))
      .filter(([name]) => names.has(name)).map(([, v]) => v);
    const [person, group] = await Promise.all([
      people(rest, [
        instance.startUserId, ...activities.map(a => a.assignee), ...tasks.flatMap(t => [t.assignee, t.owner]),
        ...comments.map(c => c.userId),
        ...operations.flatMap(o => [o.userId, ...(PEOPLE_PROPERTIES.has(o.property) ? [o.orgValue, o.newValue] : [])]),
        ...valuesOf(PERSON_VARIABLES)
      ]),
      groups(rest, valuesOf(GROUP_VARIABLES))
    ]);
    page.querySelector('.audit-loading').remove();
    const activityNames = Object.fromEntries(activities.map(a => [a.id, a.activityName || a.activityId]));
    const stepNames = Object.fromEntries(activities.map(a => [a.activityId, a.activityName || a.activityId]));
    const taskNames = Object.fromEntries(tasks.map(t => [t.id, t.name || t.taskDefinitionKey]));
    page.append(...[
      facts(instance, variables, person),
      dossier(instance, variables),
      ruleDecisions([...plan, ...variables], decisions, stepNames, { person, group }),
      activityTrail(activities, person),
      taskTrail(tasks, person),
      variableChanges(details, activityNames, { person, group }),
      currentVariables(variables, { person, group }),
      userOperations(operations, person),
      commentList(comments, taskNames, person),
      incidentList(incidents, stepNames)
    ].filter(Boolean));
  } catch (error) {
    const loading = page.querySelector('.audit-loading');
    if (loading) loading.remove();
    failure(page, error);
  }
}

// User-operation properties whose values are login ids.
const PEOPLE_PROPERTIES = new Set(['assignee', 'owner', 'candidateUser', 'userId']);

function variable(variables, name) {
  return variables.find(v => v.name === name);
}

/** A variable's value as people read it: a login id as 王强（wangqiang）, a squadron by name, a mode in Chinese. */
function shown(name, v, who) {
  if (typeof v.value === 'string') {
    if (PERSON_VARIABLES.has(name)) return who.person(v.value);
    if (GROUP_VARIABLES.has(name)) return who.group(v.value);
    const reading = VALUE_LABELS[name] && VALUE_LABELS[name][v.value];
    if (reading) return `${reading}（${v.value}）`;
  }
  return value(v);
}

/** The Chinese label of a variable, its name on hover. */
function labelled(name) {
  return h('span', { title: name, dataset: { variable: name } }, variableLabel(name));
}

function facts(instance, variables, person) {
  const firm = variable(variables, 'enterpriseCode');
  const firmName = variable(variables, 'enterpriseName');
  const rows = [
    ['流程', `${instance.processDefinitionName || instance.processDefinitionKey}（${instance.processDefinitionKey} v${instance.processDefinitionVersion}）`],
    ['流程实例', instance.id], ['业务键', instance.businessKey || '—'],
    ['企业', firm ? `${value(firm)}${firmName ? ' ' + value(firmName) : ''}` : '—'],
    ['状态', stateOf(instance)], ['开始时间', time(instance.startTime)], ['结束时间', time(instance.endTime)],
    ['耗时', duration(instance.durationInMillis, instance.startTime, instance.endTime)],
    ['发起人', person(instance.startUserId) || '—'], ['结束原因', instance.deleteReason || '—']
  ];
  const list = h('dl', { className: 'dl-horizontal audit-facts' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  const extra = instance.endTime ? null
    : h('p', {}, h('a', { href: `#/process-instance/${encodeURIComponent(instance.id)}/runtime` }, '在流程监控中查看运行状态'));
  return section('基本信息', list, extra);
}

// A case's dossier (结案归档, GET /api/cases/{id}/dossier and /dossier.zip), opened with the Cockpit
// session: the case-filing instance keeps its case's id in caseId.
function dossier(instance, variables) {
  const caseId = variable(variables, 'caseId');
  if (instance.processDefinitionKey !== 'case-filing' || !caseId || caseId.value === null) return null;
  const base = `${apiRoot}/cases/${encodeURIComponent(caseId.value)}`;
  return section('案卷',
    h('p', {}, instance.endTime ? '本案的案卷（封面、卷内目录、文书、证据清单、处罚决定与执行情况、办理记录）：'
      : '本案尚未结案，案卷为临时案卷，每页标注“未结案”：'),
    h('p', { className: 'audit-dossier' },
      h('a', { href: `${base}/dossier`, target: '_blank', rel: 'noopener', className: 'audit-dossier-pdf' }, '下载案卷（PDF）'),
      '　',
      h('a', { href: `${base}/dossier.zip`, className: 'audit-dossier-zip' }, '下载归档包（ZIP，含文书与 manifest.json）')));
}

function ruleDecisions(variables, decisions, stepNames, who) {
  const rows = RULE_VARIABLES.map(name => [name, variable(variables, name)])
    .filter(([, v]) => v)
    .map(([name, v]) => [labelled(name), shown(name, v, who)]);
  const dmn = decisions.map(d => [
    time(d.evaluationTime), d.decisionDefinitionName || d.decisionDefinitionKey, stepNames[d.activityId] || d.activityId || '—',
    (d.inputs || []).map(i => `${i.clauseName || i.clauseId}=${value(i)}`).join('；') || '—',
    (d.outputs || []).map(o => `${o.clauseName || o.variableName}=${value(o)}`).join('；') || '—'
  ]);
  return section('规则决策',
    h('h4', {}, 'Drools 规则判定（闭环规则判定记录）'),
    table(['项目', '结果'], rows, '本流程实例没有规则判定记录'),
    h('h4', {}, 'DMN 决策表'),
    table(['时间', '决策', '活动', '输入', '输出'], dmn, '本流程实例未调用 DMN 决策表'));
}

function activityTrail(activities, person) {
  return section('活动轨迹', table(['活动', '类型', '办理人', '开始时间', '结束时间', '耗时', '结果'],
    activities.map(a => [
      a.activityName || a.activityId, ACTIVITY_TYPES[a.activityType] || a.activityType, person(a.assignee) || '—',
      time(a.startTime), time(a.endTime), duration(a.durationInMillis, a.startTime, a.endTime),
      a.canceled ? '已取消' : a.endTime ? '已完成' : '进行中'
    ]), '无活动记录'));
}

function taskTrail(tasks, person) {
  return section('任务与办理人', table(['任务', '办理人', '所有人', '创建时间', '期限', '结束时间', '耗时', '结果'],
    tasks.map(t => [
      t.name || t.taskDefinitionKey, person(t.assignee) || '（未认领）', person(t.owner) || '—', time(t.startTime), time(t.due),
      time(t.endTime), duration(t.duration, t.startTime, t.endTime),
      t.deleteReason === 'completed' ? '已完成' : t.deleteReason ? `已结束（${t.deleteReason}）` : '办理中'
    ]), '无人工任务'));
}

function variableChanges(details, activityNames, who) {
  return section('变量变更记录', table(['时间', '变量', '类型', '新值', '版本', '活动'],
    details.map(d => [
      time(d.time), labelled(d.variableName), d.variableType || d.type, shown(d.variableName, { ...d, type: d.variableType }, who),
      d.revision, activityNames[d.activityInstanceId] || (d.activityInstanceId === d.processInstanceId ? '流程实例' : '—')
    ]), '无变量变更'));
}

function currentVariables(variables, who) {
  const sorted = [...variables].sort((a, b) => variableLabel(a.name).localeCompare(variableLabel(b.name), 'zh-CN'));
  return section('变量（最终值）', table(['变量', '类型', '值', '状态'],
    sorted.map(v => [labelled(v.name), v.type, shown(v.name, v, who), v.state === 'DELETED' ? '已删除' : '有效']), '无变量'));
}

function userOperations(operations, person) {
  const byPerson = (o, v) => (PEOPLE_PROPERTIES.has(o.property) ? person(v) : v) ?? '—';
  return section('用户操作', table(['时间', '用户', '操作', '对象', '属性', '原值', '新值'],
    operations.map(o => [
      time(o.timestamp), person(o.userId) || '系统', OPERATIONS[o.operationType] || o.operationType,
      ENTITIES[o.entityType] || o.entityType, o.property ? propertyLabel(o.property) : '—', byPerson(o, o.orgValue), byPerson(o, o.newValue)
    ]), '无用户操作记录'));
}

// Task comments, among them each 改派 (re-assignment) with both officers, who moved the task and why
// (POST /api/tasks/{id}/reassignment records it as the mover's Assign operation and this comment).
function commentList(comments, taskNames, person) {
  const sorted = [...comments].sort((a, b) => String(a.time).localeCompare(String(b.time)));
  return section('任务备注与改派', table(['时间', '用户', '任务', '内容'],
    sorted.map(c => [time(c.time), person(c.userId) || '系统', taskNames[c.taskId] || '—', c.message || '—']),
    '无备注或改派记录'));
}

function incidentList(incidents, stepNames) {
  return section('事件（故障）', table(['创建时间', '类型', '活动', '消息', '结束时间', '状态'],
    incidents.map(i => [
      time(i.createTime), i.incidentType === 'failedJob' ? '作业失败' : i.incidentType === 'failedExternalTask' ? '外部任务失败' : i.incidentType,
      stepNames[i.activityId] || i.activityId || '—', i.incidentMessage || '—', time(i.endTime),
      i.open ? '未解决' : i.resolved ? '已解决' : i.deleted ? '已删除' : '—'
    ]), '无事件'));
}

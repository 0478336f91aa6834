// 审计轨迹 of one process instance: facts, the rule decisions, activities, tasks and assignees,
// variables and their changes, user operations and incidents, all from the engine's history.
import { engine, h, table, section, time, duration, value, stateOf, failure } from './common.js';

// The loop's Drools decisions, stored as process variables by the casework module.
const RULE_VARIABLES = [
  ['supervisionMode', '监管方式'], ['supervisionSummary', '判定说明'], ['supervisionRules', '命中的监管规则'],
  ['seriousAlarm', '严重告警'], ['assignmentRules', '命中的派遣规则'], ['assignee', '派遣给'],
  ['candidateGroup', '候选组'], ['squadronLeader', '中队长'], ['taskPriority', '任务优先级'],
  ['signForDueDate', '签收期限'], ['handlingDueDate', '处置期限']
];

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
    const [activities, tasks, variables, details, operations, incidents, decisions] = await Promise.all([
      rest.get('/history/activity-instance', { ...byInstance, sortBy: 'startTime', sortOrder: 'asc' }),
      rest.get('/history/task', { ...byInstance, sortBy: 'startTime', sortOrder: 'asc' }),
      rest.get('/history/variable-instance', { ...byInstance, deserializeValues: false }),
      rest.get('/history/detail', { ...byInstance, variableUpdates: true, sortBy: 'time', sortOrder: 'asc', deserializeValues: false }),
      rest.get('/history/user-operation', { ...byInstance, sortBy: 'timestamp', sortOrder: 'asc' }),
      rest.get('/history/incident', { ...byInstance, sortBy: 'createTime', sortOrder: 'asc' }),
      rest.get('/history/decision-instance', { ...byInstance, includeInputs: true, includeOutputs: true, sortBy: 'evaluationTime', sortOrder: 'asc' })
    ]);
    page.querySelector('.audit-loading').remove();
    const activityNames = Object.fromEntries(activities.map(a => [a.id, a.activityName || a.activityId]));
    page.append(
      facts(instance, variables),
      ruleDecisions(variables, decisions),
      activityTrail(activities),
      taskTrail(tasks),
      variableChanges(details, activityNames),
      currentVariables(variables),
      userOperations(operations),
      incidentList(incidents));
  } catch (error) {
    const loading = page.querySelector('.audit-loading');
    if (loading) loading.remove();
    failure(page, error);
  }
}

function variable(variables, name) {
  return variables.find(v => v.name === name);
}

function facts(instance, variables) {
  const firm = variable(variables, 'enterpriseCode');
  const firmName = variable(variables, 'enterpriseName');
  const rows = [
    ['流程', `${instance.processDefinitionName || instance.processDefinitionKey}（${instance.processDefinitionKey} v${instance.processDefinitionVersion}）`],
    ['流程实例', instance.id], ['业务键', instance.businessKey || '—'],
    ['企业', firm ? `${value(firm)}${firmName ? ' ' + value(firmName) : ''}` : '—'],
    ['状态', stateOf(instance)], ['开始时间', time(instance.startTime)], ['结束时间', time(instance.endTime)],
    ['耗时', duration(instance.durationInMillis, instance.startTime, instance.endTime)],
    ['发起人', instance.startUserId || '—'], ['结束原因', instance.deleteReason || '—']
  ];
  const list = h('dl', { className: 'dl-horizontal audit-facts' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  const extra = instance.endTime ? null
    : h('p', {}, h('a', { href: `#/process-instance/${encodeURIComponent(instance.id)}/runtime` }, '在流程监控中查看运行状态'));
  return section('基本信息', list, extra);
}

const MODES = { OFF_SITE: '非现场核查', ON_SITE: '现场处置', ESCALATED: '升级处置' };

function ruleDecisions(variables, decisions) {
  const rows = RULE_VARIABLES.map(([name, label]) => [name, label, variable(variables, name)])
    .filter(([, , v]) => v)
    .map(([name, label, v]) => [label, name === 'supervisionMode' && MODES[v.value] ? `${MODES[v.value]}（${v.value}）` : value(v)]);
  const dmn = decisions.map(d => [
    time(d.evaluationTime), d.decisionDefinitionName || d.decisionDefinitionKey, d.activityId || '—',
    (d.inputs || []).map(i => `${i.clauseName || i.clauseId}=${value(i)}`).join('；') || '—',
    (d.outputs || []).map(o => `${o.clauseName || o.variableName}=${value(o)}`).join('；') || '—'
  ]);
  return section('规则决策',
    h('h4', {}, 'Drools 规则判定（流程变量）'),
    table(['项目', '结果'], rows, '本流程实例没有规则判定记录'),
    h('h4', {}, 'DMN 决策表'),
    table(['时间', '决策', '活动', '输入', '输出'], dmn, '本流程实例未调用 DMN 决策表'));
}

function activityTrail(activities) {
  return section('活动轨迹', table(['活动', '类型', '办理人', '开始时间', '结束时间', '耗时', '结果'],
    activities.map(a => [
      a.activityName || a.activityId, ACTIVITY_TYPES[a.activityType] || a.activityType, a.assignee || '—',
      time(a.startTime), time(a.endTime), duration(a.durationInMillis, a.startTime, a.endTime),
      a.canceled ? '已取消' : a.endTime ? '已完成' : '进行中'
    ]), '无活动记录'));
}

function taskTrail(tasks) {
  return section('任务与办理人', table(['任务', '办理人', '所有人', '创建时间', '期限', '结束时间', '耗时', '结果'],
    tasks.map(t => [
      t.name || t.taskDefinitionKey, t.assignee || '（未认领）', t.owner || '—', time(t.startTime), time(t.due),
      time(t.endTime), duration(t.duration, t.startTime, t.endTime),
      t.deleteReason === 'completed' ? '已完成' : t.deleteReason ? `已结束（${t.deleteReason}）` : '办理中'
    ]), '无人工任务'));
}

function variableChanges(details, activityNames) {
  return section('变量变更记录', table(['时间', '变量', '类型', '新值', '版本', '活动'],
    details.map(d => [
      time(d.time), d.variableName, d.variableType || d.type, value({ ...d, type: d.variableType }),
      d.revision, activityNames[d.activityInstanceId] || (d.activityInstanceId === d.processInstanceId ? '流程实例' : '—')
    ]), '无变量变更'));
}

function currentVariables(variables) {
  const sorted = [...variables].sort((a, b) => a.name.localeCompare(b.name));
  return section('变量（最终值）', table(['变量', '类型', '值', '状态'],
    sorted.map(v => [v.name, v.type, value(v), v.state === 'DELETED' ? '已删除' : '有效']), '无变量'));
}

function userOperations(operations) {
  return section('用户操作', table(['时间', '用户', '操作', '对象', '属性', '原值', '新值'],
    operations.map(o => [
      time(o.timestamp), o.userId || '系统', OPERATIONS[o.operationType] || o.operationType,
      ENTITIES[o.entityType] || o.entityType, o.property || '—', o.orgValue ?? '—', o.newValue ?? '—'
    ]), '无用户操作记录'));
}

function incidentList(incidents) {
  return section('事件（故障）', table(['创建时间', '类型', '活动', '消息', '结束时间', '状态'],
    incidents.map(i => [
      time(i.createTime), i.incidentType === 'failedJob' ? '作业失败' : i.incidentType === 'failedExternalTask' ? '外部任务失败' : i.incidentType,
      i.activityId || '—', i.incidentMessage || '—', time(i.endTime),
      i.open ? '未解决' : i.resolved ? '已解决' : i.deleted ? '已删除' : '—'
    ]), '无事件'));
}

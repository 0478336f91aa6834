// What auditors read instead of variable names: the one map of process variable → Chinese label
// for the history-audit plugin (the loop's variables from LoopVariables, the forms' fields, the case
// procedure's records). A variable missing here is shown by its name; add it here, nowhere else.
// The labels follow the forms' own field labels where a form asks for the value.

export const VARIABLE_LABELS = {
  // The alarm and the loop's rule decisions (casework LoopVariables)
  alarmId: '告警编号', enterpriseCode: '企业编码', enterpriseName: '企业名称', alarmSummary: '告警信息',
  supervisionMode: '监管方式', supervisionSummary: '判定说明', supervisionRules: '命中的监管规则',
  assignmentRules: '命中的派遣规则', seriousAlarm: '严重告警', assignee: '派遣给', candidateGroup: '候选组',
  squadronCode: '中队编码', squadronLeader: '中队长', taskPriority: '任务优先级', signForDeadline: '签收时限',
  signForDueDate: '签收期限', handlingDueDate: '处置期限', dispatchedAt: '派遣时间', signForOverdue: '签收超时',
  handler: '处置人', signedForAt: '签收时间', handledAt: '处置时间', signForNote: '签收备注',
  // Handling, feedback and review
  violationFound: '发现违法行为', onSiteVisitNeeded: '需要现场检查', onSiteVisitApproved: '批准现场检查',
  onSiteApprovalComment: '现场检查审批意见', inspectionRecord: '现场检查记录', evidence: '证据', findings: '检查发现',
  handlingMeasures: '处置措施', companionInspector: '同行执法人员', dataFalsified: '数据弄虚作假',
  verificationMethods: '核查方式', verificationFindings: '核查情况', verificationComment: '核查意见',
  handlingSummary: '现场处置/非现场核查情况', feedbackSummary: '处置结果反馈', approved: '审核通过',
  reviewComment: '审核意见', reworkCount: '退回重办次数',
  // Case filing (立案查处)
  caseId: '案件编号', caseNumber: '案号', caseProcessInstanceId: '立案流程实例', caseSummary: '案源情况',
  caseTimeline: '办理经过', caseOutcome: '处理意见', caseOutcomeLabel: '处理结果', filingApproved: '准予立案',
  filingOpinion: '立案审批意见', filingOverdue: '立案超期', procedure: '适用程序', investigator1: '承办人一',
  investigator1Name: '承办人一姓名', investigator2: '承办人二', investigator2Name: '承办人二姓名',
  investigatedBy: '调查人', cosignedBy: '复核人', cosignConfirmed: '确认调查事实与证据', cosignOpinion: '复核意见',
  facts: '违法事实', evidenceList: '证据清单', inquiryRecord: '询问笔录摘要', violatedProvision: '违反的法律条款',
  penaltyProvision: '处罚依据', violationType: '违法类型', severity: '情节', durationDays: '违法持续天数',
  firstViolation: '首次违法', correctedPromptly: '已及时改正', repeatCount: '近两年已确认违法次数',
  discretionGrade: '裁量等级', discretionBasis: '裁量依据', discretionOutcome: '裁量结果', fineMin: '裁量幅度下限（元）',
  fineMax: '裁量幅度上限（元）', suggestedFine: '建议罚款金额（元）', fineAmount: '拟罚款金额（元）',
  reviewedBy: '审查人', reviewOpinion: '审查意见', majorCase: '重大案件', legalReviewRequired: '需法制审核',
  legalReviewPassed: '法制审核通过', legalReviewOpinion: '法制审核意见', legalReviewedBy: '法制审核人',
  collectiveDiscussionRequired: '需集体讨论', collectiveApproved: '集体讨论同意', discussionMinutes: '集体讨论记录',
  noticedFine: '事先告知的罚款金额（元）', noticeIssuedOn: '告知书送达日期', responseDueDate: '陈述申辩/听证申请截止',
  partyStatement: '当事人陈述申辩意见', hearingRight: '享有听证权利', hearingRequested: '申请听证',
  hearingDate: '听证日期', hearingAt: '听证时间', hearingPlace: '听证地点', hearingChair: '听证主持人',
  hearingChairName: '听证主持人姓名', hearingRecord: '听证笔录摘要', hearingOpinion: '听证主持人意见',
  hearingNoticeServedOn: '听证通知送达日期', hearingPausedFrom: '听证中止起算', decidedBy: '决定人',
  decisionFineAmount: '决定罚款金额（元）', decisionOpinion: '决定意见', decisionDueDate: '办案期限',
  servedOn: '送达日期', serviceMethod: '送达方式', serviceDueDate: '送达期限', paymentDueDate: '缴款期限',
  amountPaid: '实缴金额（元）', paidOn: '缴款日期', lateSurcharge: '加处罚款（元）', lateSurchargeNote: '逾期说明',
  executionOutcome: '执行情况', correctionOrdered: '责令改正', correctionDemand: '责令改正内容',
  correctionServedOn: '责令改正决定书送达日期', productionStop: '责令停产整治', reInspectionDueDate: '复查期限',
  reInspectedOn: '复查日期', reInspectionRecord: '复查记录', stillViolating: '复查时仍在违法',
  dailyPenaltyApproved: '决定按日连续处罚', dailyPenaltyDays: '计罚日数', dailyPenaltyCycles: '按日处罚轮次',
  dailyPenaltyAmount: '按日连续处罚金额（元）', dailyPenaltyOpinion: '按日处罚意见', transferReason: '移送理由',
  receivingAuthority: '接收机关', closingOpinion: '结案意见', approvalComment: '审批意见', limitationNote: '时效审查',
  extensionNeeded: '需要延期', extensionAskedFor: '申请延期', extensionApproved: '批准延期', extensionDays: '延长天数',
  extensionReason: '延期理由', remainingDays: '剩余天数', documentLinks: '法律文书',
  // Rectification, self-inspection, random inspection, positive list, deployment requests
  rectificationRequired: '责令整改', rectificationRequirements: '整改要求', rectificationDeadline: '整改期限',
  rectificationDueDate: '整改期限', rectificationProgress: '企业报告的整改情况', rectificationCompleted: '整改完成',
  rectificationEvidence: '整改材料', rectificationVerified: '整改到位', rectificationOverdue: '整改超期',
  rectificationProcessInstanceId: '整改流程实例', problemDescription: '问题描述', problemFound: '发现环境问题',
  problemsFound: '自检发现问题', selfInspectionOverdue: '自检超期', inspectedBy: '自检人', inspectorNames: '随机选派执法人员',
  poolLabel: '抽查类别', proposalSummary: '移出建议', removalReason: '建议移出理由', removalApproved: '批准移出正面清单',
  removalComment: '移出审核意见', requestSummary: '部署申请', deploymentApproved: '同意部署', requestedBy: '申请人'
};

/** Variables whose value is a login id: shown as 王强（wangqiang）. */
export const PERSON_VARIABLES = new Set([
  'assignee', 'squadronLeader', 'handler', 'investigator1', 'investigator2', 'investigatedBy', 'cosignedBy',
  'reviewedBy', 'legalReviewedBy', 'decidedBy', 'companionInspector', 'requestedBy'
]);

/** Variables whose value is a group id (a squadron): shown by the group's name. */
export const GROUP_VARIABLES = new Set(['candidateGroup']);

/** Values with a Chinese reading, by variable: the code stays in brackets. */
export const VALUE_LABELS = {
  supervisionMode: { OFF_SITE: '非现场核查', ON_SITE: '现场处置', ESCALATED: '升级处置' }
};

/** User-operation properties that are not variables. */
const PROPERTY_LABELS = {
  assignee: '办理人', owner: '所有人', delegation: '委托状态', dueDate: '期限', followUpDate: '跟进日期',
  priority: '优先级', name: '名称', description: '描述', parentTask: '父任务', variables: '变量', candidateGroup: '候选组',
  candidateUser: '候选人', annotation: '注释', reason: '原因', deleteReason: '删除原因'
};

/** A variable's Chinese label, or its name when it has none. */
export function variableLabel(name) {
  return VARIABLE_LABELS[name] || name;
}

export function propertyLabel(name) {
  return PROPERTY_LABELS[name] || VARIABLE_LABELS[name] || name;
}

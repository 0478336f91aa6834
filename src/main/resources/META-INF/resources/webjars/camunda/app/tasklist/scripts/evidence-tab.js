// Tasklist's 「证据材料」 tab (plugin point tasklist.task.detail, loaded through customScripts in
// config.js): the photos, videos and documents of the alarm a task belongs to, for every step of the
// loop, the case and the rectification the loop ordered, not only 现场处置's own form.
// * Which alarm: the task's process variable alarmId (loop, case) or sourceAlarmId (a rectification
//   ordered in a loop). A rectification from a self-inspection has no alarm and no evidence list:
//   the tab says so (its form keeps its own file field).
// * The list comes from GET /api/alarms/{id}/evidence (the server decides what this person reads: a
//   firm's account sees only its own firm's uploads), photos as thumbnails that open the full file.
// * Whoever works the task (its assignee, or anyone offered it while it is unassigned) adds photos
//   and videos: 拍照 and 录像 open the phone's camera, 从相册选择 takes several at once; they upload
//   with progress to POST /api/alarms/{id}/evidence with the Tasklist session's CSRF token, and a
//   refusal shows the server's Chinese reason.
// * On the tasks of a third-party O&M inspection (variable omInspectionId) the tab shows the
//   inspection's photos per checklist item instead (巡检照片, scripts/om-photos.js).
// Built with DOM nodes and textContent only: file names are the uploader's text.

import {
  STYLE, element, getJson, itemNode, works, staffNames, pickers, uploadWithProgress
} from './evidence-common.js';
import OmPhotos from './om-photos.js';

/** The task's process variables that say whose evidence it shows. */
function ownerVariables(api, taskId) {
  return getJson(`${api.engineApi}/task/${encodeURIComponent(taskId)}/variables`
    + '?variableNames=alarmId,sourceAlarmId,omInspectionId,omFindingId&deserializeValues=false');
}

function valueOf(variable) {
  return variable && variable.value !== null && variable.value !== undefined ? String(variable.value) : null;
}

/** The alarm of the task's process, or null: alarmId (loop, case) before sourceAlarmId (rectification). */
function alarmOf(variables) {
  return valueOf(variables && (variables.alarmId || variables.sourceAlarmId));
}

class EvidenceTab {
  constructor(node, api, taskId) {
    this.api = api;
    this.taskId = taskId;
    this.root = element('div', { class: 'bureau-evidence-tab' });
    this.root.appendChild(element('style', {}, STYLE));
    this.status = element('p', { class: 'text-muted evidence-status' }, '正在读取证据材料…');
    this.error = element('p', { class: 'text-danger evidence-error' });
    this.progress = element('div', { class: 'evidence-progress' });
    this.list = element('ul', { class: 'evidence-list' });
    this.root.append(this.status, this.progress, this.error, this.list);
    node.appendChild(this.root);
  }

  async start() {
    try {
      const variables = await ownerVariables(this.api, this.taskId);
      const inspectionId = valueOf(variables && variables.omInspectionId);
      if (inspectionId) {
        // An O&M inspection (现场巡检) or one of its findings: photos per checklist item instead.
        this.root.replaceChildren(element('style', {}, STYLE));
        await new OmPhotos(this.root, this.api, this.taskId, inspectionId, Boolean(variables.omFindingId)).start();
        return;
      }
      this.alarmId = alarmOf(variables);
      if (!this.alarmId) {
        this.status.textContent = '此事项不关联告警，没有证据清单；整改佐证材料请在表单中上传。';
        return;
      }
      if (await works(this.api, this.taskId)) {
        this.root.insertBefore(pickers(files => this.upload(files)), this.status);
        this.root.insertBefore(element('p', { class: 'help-block' },
          '可反复添加；相册中可一次选择多张。照片不超过 20 MB，视频不超过 200 MB；上传后记录哈希值、拍摄时间和位置，并登记入案卷。'),
        this.status);
      }
      await this.refresh();
    } catch (failure) {
      this.status.textContent = '';
      this.error.textContent = `证据材料读取失败：${failure.message}`;
    }
  }

  evidenceUrl() {
    return `/api/alarms/${encodeURIComponent(this.alarmId)}/evidence`;
  }

  async refresh() {
    this.people = this.people || await staffNames();
    const items = await getJson(this.evidenceUrl());
    this.list.replaceChildren(...items.map(item => itemNode(`${this.evidenceUrl()}/${item.id}`, item, this.people)));
    this.status.textContent = items.length ? `告警 #${this.alarmId} 的证据材料，共 ${items.length} 项：` : '尚未上传证据材料。';
  }

  async upload(files) {
    if (!files || !files.length) return;
    this.error.textContent = '';
    const refused = await uploadWithProgress(this.evidenceUrl(), files, this.progress);
    if (refused) {
      this.error.textContent = `上传失败：${refused}`;
      return;
    }
    try {
      await this.refresh();
    } catch (failure) {
      this.error.textContent = `证据材料读取失败：${failure.message}`;
    }
  }
}

export default {
  id: 'bureau-evidence',
  pluginPoint: 'tasklist.task.detail',
  // After 表单 (1000), before 历史 (800).
  priority: 900,
  properties: { label: '证据材料' },
  render: (node, { taskId, api }) => {
    new EvidenceTab(node, api, taskId).start();
  }
};

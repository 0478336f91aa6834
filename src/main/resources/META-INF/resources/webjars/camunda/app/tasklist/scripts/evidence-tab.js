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
// Built with DOM nodes and textContent only: file names are the uploader's text.

const CSRF_COOKIE = 'XSRF-TOKEN';

const STYLE = `
.bureau-evidence-tab { padding: 12px 0; }
.bureau-evidence-tab .evidence-pickers { margin: 8px 0; }
.bureau-evidence-tab .evidence-pickers .btn { margin: 0 8px 8px 0; }
.bureau-evidence-tab .evidence-picker-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.bureau-evidence-tab .evidence-list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 12px; }
.bureau-evidence-tab .evidence-item { width: 180px; word-break: break-all; }
.bureau-evidence-tab .evidence-item img { max-width: 160px; max-height: 160px; display: block; border: 1px solid #ddd; }
.bureau-evidence-tab .evidence-icon { display: inline-block; width: 160px; padding: 48px 0; text-align: center; border: 1px solid #ddd; }
.bureau-evidence-tab progress { width: 100%; max-width: 400px; }
`;

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function csrfToken() {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : '';
}

function reasonOf(status, body) {
  try {
    const problem = JSON.parse(body);
    if (problem && (problem.detail || problem.message || problem.title)) {
      return problem.detail || problem.message || problem.title;
    }
  } catch (notJson) { /* keep the status line */ }
  return `请求失败（HTTP ${status}）`;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.text();
  if (!response.ok) throw new Error(reasonOf(response.status, body));
  return body ? JSON.parse(body) : null;
}

function sizeText(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function timeText(iso) {
  const time = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())} ${two(time.getHours())}:${two(time.getMinutes())}`;
}

/** The alarm of the task's process, or null: alarmId (loop, case) before sourceAlarmId (rectification). */
async function alarmOf(api, taskId) {
  const variables = await getJson(`${api.engineApi}/task/${encodeURIComponent(taskId)}/variables`
    + '?variableNames=alarmId,sourceAlarmId&deserializeValues=false');
  const found = variables && (variables.alarmId || variables.sourceAlarmId);
  return found && found.value !== null && found.value !== undefined ? String(found.value) : null;
}

/** Whether the signed-in person works the task: its assignee, or offered it while it is unassigned. */
async function works(api, taskId) {
  const [task, me] = await Promise.all([
    getJson(`${api.engineApi}/task/${encodeURIComponent(taskId)}`),
    getJson(`${api.adminApi}/auth/user/${encodeURIComponent(api.engine)}`)
  ]);
  return !task.assignee || task.assignee === me.userId;
}

/** Staff names by user id (/api/names); a firm's account reads none and sees ids (its own). */
function staffNames() {
  return getJson('/api/names').then(names => (names && names.people) || {}, () => ({}));
}

function itemNode(alarmId, item, people) {
  const url = `/api/alarms/${encodeURIComponent(alarmId)}/evidence/${item.id}`;
  const li = element('li', { class: 'evidence-item' });
  const link = element('a', { href: url, target: '_blank', rel: 'noopener', title: item.fileName });
  if (item.contentType === 'image/jpeg' || item.contentType === 'image/png') {
    link.appendChild(element('img', { src: `${url}?thumbnail=true`, alt: item.fileName }));
  } else {
    link.appendChild(element('span', { class: 'evidence-icon' }, item.contentType.startsWith('video/') ? '▶ 视频' : '文件'));
  }
  li.appendChild(link);
  li.appendChild(element('div', { class: 'evidence-name' }, item.fileName));
  li.appendChild(element('div', { class: 'text-muted' },
    `${sizeText(item.size)}，${people[item.uploadedBy] || item.uploadedBy} 上传于 ${timeText(item.uploadedAt)}`
    + (item.capturedAt ? `，拍摄于 ${timeText(item.capturedAt)}` : '')));
  if (item.latitude !== null && item.longitude !== null) {
    li.appendChild(element('div', { class: 'text-muted' }, `位置 ${item.latitude.toFixed(5)}, ${item.longitude.toFixed(5)}`));
  }
  return li;
}

function pickers(onFiles) {
  const box = element('div', { class: 'evidence-pickers' });
  [
    ['evidenceTabCamera', '拍照', { accept: 'image/*', capture: 'environment' }],
    ['evidenceTabVideo', '录像', { accept: 'video/*', capture: 'environment' }],
    ['evidenceTabFiles', '从相册选择多张照片、视频', { accept: 'image/*,video/*' }]
  ].forEach(([id, label, attributes]) => {
    // The browser's own file buttons speak the browser's language; the labels are the buttons.
    box.appendChild(element('label', { class: 'btn btn-default', for: id }, label));
    const input = element('input', { type: 'file', id, class: 'evidence-picker-input', multiple: '', ...attributes });
    input.addEventListener('change', () => {
      onFiles(input.files);
      input.value = '';
    });
    box.appendChild(input);
  });
  return box;
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
      this.alarmId = await alarmOf(this.api, this.taskId);
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
    this.list.replaceChildren(...items.map(item => itemNode(this.alarmId, item, this.people)));
    this.status.textContent = items.length ? `告警 #${this.alarmId} 的证据材料，共 ${items.length} 项：` : '尚未上传证据材料。';
  }

  // XMLHttpRequest rather than fetch: only it reports upload progress (a video on a phone network).
  upload(files) {
    if (!files || !files.length) return;
    const body = new FormData();
    let bytes = 0;
    Array.from(files).forEach(file => {
      body.append('file', file, file.name);
      bytes += file.size;
    });
    const label = element('p', { class: 'text-info' }, `正在上传 ${files.length} 个文件（${sizeText(bytes)}）：0%`);
    const bar = element('progress', { max: '100', value: '0' });
    this.progress.replaceChildren(label, bar);
    this.error.textContent = '';
    const request = new XMLHttpRequest();
    request.open('POST', this.evidenceUrl());
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-XSRF-TOKEN', csrfToken());
    request.upload.addEventListener('progress', event => {
      if (event.lengthComputable) {
        const percent = Math.min(99, Math.floor(event.loaded * 100 / event.total));
        bar.value = percent;
        label.textContent = `正在上传 ${files.length} 个文件（${sizeText(bytes)}）：${percent}%`;
      }
    });
    const done = message => {
      this.progress.replaceChildren();
      this.error.textContent = message || '';
    };
    request.addEventListener('load', () => {
      if (request.status === 201) {
        this.refresh().then(() => done(), failure => done(`证据材料读取失败：${failure.message}`));
      } else {
        done(`上传失败：${reasonOf(request.status, request.responseText)}`);
      }
    });
    request.addEventListener('error', () => done('上传失败：网络连接中断，请重试'));
    request.send(body);
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

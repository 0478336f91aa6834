// Helpers shared by Tasklist's 「证据材料」 tab (evidence-tab.js) and its O&M mode (om-photos.js):
// DOM nodes with textContent only (file names are the uploader's text), the Tasklist session's CSRF
// token, JSON reads that surface the server's Chinese reason, the camera/album pickers and uploads
// with a progress bar.

const CSRF_COOKIE = 'XSRF-TOKEN';

export const STYLE = `
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

export function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function csrfToken() {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : '';
}

export function reasonOf(status, body) {
  try {
    const problem = JSON.parse(body);
    if (problem && (problem.detail || problem.message || problem.title)) {
      return problem.detail || problem.message || problem.title;
    }
  } catch (notJson) { /* keep the status line */ }
  return `请求失败（HTTP ${status}）`;
}

export async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.text();
  if (!response.ok) throw new Error(reasonOf(response.status, body));
  return body ? JSON.parse(body) : null;
}

export function sizeText(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function timeText(iso) {
  const time = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())} ${two(time.getHours())}:${two(time.getMinutes())}`;
}

/** Whether the signed-in person works the task: its assignee, or offered it while it is unassigned. */
export async function works(api, taskId) {
  const [task, me] = await Promise.all([
    getJson(`${api.engineApi}/task/${encodeURIComponent(taskId)}`),
    getJson(`${api.adminApi}/auth/user/${encodeURIComponent(api.engine)}`)
  ]);
  return !task.assignee || task.assignee === me.userId;
}

/** Staff names by user id (/api/names); a firm's account reads none and sees ids (its own). */
export function staffNames() {
  return getJson('/api/names').then(names => (names && names.people) || {}, () => ({}));
}

/**
 * 拍照, 录像 and 从相册选择 as buttons that open the phone's camera or the album; {@code prefix} keeps the
 * inputs' ids apart when a page shows several sets (one per checklist item).
 */
export function pickers(onFiles, prefix = 'evidenceTab', kinds = ['camera', 'video', 'files']) {
  const box = element('div', { class: 'evidence-pickers' });
  const all = {
    camera: ['Camera', '拍照', { accept: 'image/*', capture: 'environment' }],
    video: ['Video', '录像', { accept: 'video/*', capture: 'environment' }],
    files: ['Files', '从相册选择多张照片、视频', { accept: 'image/*,video/*' }]
  };
  kinds.map(kind => all[kind]).forEach(([suffix, label, attributes]) => {
    const id = prefix + suffix;
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


/**
 * Posts the files as parts {@code file} with the session's CSRF token and shows progress in
 * {@code progress}; resolves with null when stored (201), else with the server's reason.
 * XMLHttpRequest rather than fetch: only it reports upload progress (a video on a phone network).
 */
export function uploadWithProgress(url, files, progress) {
  const body = new FormData();
  let bytes = 0;
  Array.from(files).forEach(file => {
    body.append('file', file, file.name);
    bytes += file.size;
  });
  const label = element('p', { class: 'text-info' }, `正在上传 ${files.length} 个文件（${sizeText(bytes)}）：0%`);
  const bar = element('progress', { max: '100', value: '0' });
  progress.replaceChildren(label, bar);
  return new Promise(resolve => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
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
    const done = reason => {
      progress.replaceChildren();
      resolve(reason);
    };
    request.addEventListener('load', () => done(request.status === 201 ? null : reasonOf(request.status, request.responseText)));
    request.addEventListener('error', () => done('网络连接中断，请重试'));
    request.send(body);
  });
}

/** One item as a thumbnail (or a video/document sign) that opens the file at url, with its facts. */
export function itemNode(url, item, people) {
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

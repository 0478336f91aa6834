// Shared helpers of the history-audit Cockpit plugin: engine REST calls through the webapp's own
// engine API (session + CSRF header, so the signed-in user's authorizations apply), DOM building
// with text nodes only (values from the engine are never parsed as HTML) and Chinese formatting,
// with times in the bureau's zone (clock.js).
import { wallTime, offsetOfWallTime } from './clock.js';

export function engine(api) {
  const csrf = () => {
    const fromCookie = document.cookie.replace(/(?:(?:^|.*;\s*)XSRF-TOKEN\s*=\s*([^;]*).*$)|^.*$/, '$1');
    return fromCookie || api.CSRFToken || '';
  };
  const call = async (method, path, body) => {
    const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': csrf() };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(api.engineApi + path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      let message = '';
      try { message = (await response.json()).message || ''; } catch (ignored) { /* not JSON */ }
      throw new Error(`HTTP ${response.status} ${path.split('?')[0]} ${message}`.trim());
    }
    return response.status === 204 ? null : response.json();
  };
  return {
    get: (path, params) => call('GET', path + query(params)),
    post: (path, body, params) => call('POST', path + query(params), body)
  };
}

export function query(params) {
  if (!params) return '';
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? '?' + new URLSearchParams(entries).toString() : '';
}

/** h('td', {className: 'x'}, 'text', childNode, ...) — strings become text nodes. */
export function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key === 'className') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.substring(2).toLowerCase(), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach(child => {
    if (child === undefined || child === null || child === false) return;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

export function table(headers, rows, empty) {
  if (!rows.length) return h('p', { className: 'audit-empty' }, empty || '无记录');
  return h('table', { className: 'table table-striped table-condensed audit-table' },
    h('thead', {}, h('tr', {}, headers.map(title => h('th', {}, title)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell))))));
}

export function section(title, ...content) {
  return h('section', { className: 'audit-section' }, h('h3', {}, title), ...content);
}

function parse(value) {
  return value ? new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : null;
}

const pad = n => String(n).padStart(2, '0');

/** An engine time as the bureau reads it: yyyy-MM-dd HH:mm:ss in the bureau's zone. */
export function time(value) {
  const d = parse(value);
  if (!d || isNaN(d)) return '—';
  const w = wallTime(d);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

export function duration(ms, start, end) {
  if ((ms === undefined || ms === null) && start) {
    const from = parse(start);
    ms = (end ? parse(end) : new Date()) - from;
  }
  if (ms === undefined || ms === null || isNaN(ms)) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds < 1) return `${ms} 毫秒`;
  const parts = [[Math.floor(seconds / 86400), '天'], [Math.floor(seconds % 86400 / 3600), '小时'],
    [Math.floor(seconds % 3600 / 60), '分'], [seconds % 60, '秒']];
  const shown = parts.filter(([n]) => n > 0).slice(0, 2);
  return shown.map(([n, unit]) => n + unit).join('') || '0秒';
}

/** Engine date parameter: the start or end of a day in the bureau's zone, yyyy-MM-dd'T'HH:mm:ss.SSSZ. */
export function engineDate(day, endOfDay) {
  if (!day) return undefined;
  const clockTime = endOfDay ? '23:59:59' : '00:00:00';
  return `${day}T${clockTime}${endOfDay ? '.999' : '.000'}${offsetOfWallTime(day, clockTime)}`;
}

export function value(variable) {
  if (!variable) return '—';
  const type = variable.type;
  if (type === 'File') return `文件：${(variable.valueInfo && variable.valueInfo.filename) || '（未命名）'}`;
  if (variable.value === null || variable.value === undefined) return '（空）';
  if (type === 'Boolean') return variable.value ? '是' : '否';
  if (type === 'Date') return time(variable.value);
  if (typeof variable.value === 'object') return JSON.stringify(variable.value);
  return String(variable.value);
}

export function stateOf(instance) {
  return {
    ACTIVE: '运行中', SUSPENDED: '已挂起', COMPLETED: '已完成',
    EXTERNALLY_TERMINATED: '已终止（外部）', INTERNALLY_TERMINATED: '已终止（内部）'
  }[instance.state] || instance.state || (instance.endTime ? '已结束' : '运行中');
}

export function failure(node, error) {
  node.appendChild(h('div', { className: 'alert alert-danger audit-error' }, '读取历史数据失败：' + error.message));
}

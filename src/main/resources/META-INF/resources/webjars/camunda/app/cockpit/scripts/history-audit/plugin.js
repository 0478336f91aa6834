// 历史审计: a Cockpit plugin (7.14+ plugin API) for auditors — Cockpit community has no history
// views. Registered through customScripts in ../config.js. It reads only /history/* (and the
// process definitions for a filter) through Cockpit's engine API as the signed-in user, so engine
// authorizations decide what is shown; it offers no action that changes anything.
import { renderList } from './list.js';
import { renderTrail } from './trail.js';

const STYLE = `
.audit-page { padding: 10px 20px 40px; }
.audit-page h2 { margin-top: 0; }
.audit-hint { color: #666; }
.audit-filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px 14px; margin-bottom: 14px; }
.audit-field { display: flex; flex-direction: column; font-weight: normal; margin: 0; }
.audit-field span { font-size: 12px; color: #555; margin-bottom: 2px; }
.audit-field .form-control { min-width: 150px; }
.audit-buttons .btn { margin-right: 6px; }
.audit-pager { display: flex; align-items: center; gap: 12px; }
.audit-section { margin-top: 22px; }
.audit-section h3 { font-size: 16px; border-left: 4px solid #1b6b3a; padding-left: 8px; }
.audit-section h4 { font-size: 13px; color: #555; margin: 10px 0 4px; }
.audit-table td { white-space: pre-wrap; word-break: break-all; max-width: 480px; }
.audit-facts dt { width: 100px; } .audit-facts dd { margin-left: 120px; }
.audit-empty { color: #888; }
`;

function ensureStyle() {
  if (!document.getElementById('history-audit-style')) {
    const style = document.createElement('style');
    style.id = 'history-audit-style';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

export default [
  {
    id: 'historyAudit.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 9,
    render: node => {
      const link = document.createElement('a');
      link.href = '#/history-audit';
      link.textContent = '历史审计';
      node.appendChild(link);
    },
    properties: {
      path: '/history-audit',
      checkActive: url => url.indexOf('#/history-audit') > -1
    }
  },
  {
    id: 'historyAudit.list',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: (node, { api }) => {
      ensureStyle();
      renderList(node, api);
    },
    properties: { path: '/history-audit' }
  },
  {
    id: 'historyAudit.trail',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: (node, { api }) => {
      ensureStyle();
      renderTrail(node, api);
    },
    properties: { path: '/history-audit/:processInstanceId' }
  }
];

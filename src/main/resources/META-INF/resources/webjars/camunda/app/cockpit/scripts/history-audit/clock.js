// The bureau's clock for the history-audit plugin: every time in the bureau's zone (app.zone, read from
// /api/me with the Cockpit session; Asia/Shanghai until then), whatever the browser's zone. The rest
// of Cockpit gets the same from ../../../bureau/session.js.

const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';

/** Our API beside the webapps: <context path>/api. */
export const apiRoot = appRoot.replace(/\/[^/]*$/, '') + '/api';

let zone = (() => {
  try {
    return window.localStorage.getItem('bureau.zone') || 'Asia/Shanghai';
  } catch (ignored) {
    return 'Asia/Shanghai';
  }
})();

let known = null;

/**
 * Settles once the bureau's zone is known (or could not be read). Asked only once someone is signed
 * in, and as XMLHttpRequest, so a missing session is a plain 401, never the browser's Basic prompt.
 */
export function clockReady() {
  known = known || fetch(apiRoot + '/me', {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  })
    .then(response => (response.ok ? response.json() : null))
    .then(me => { if (me && me.zone) zone = me.zone; })
    .catch(() => { /* keep the zone known so far */ });
  return known;
}

export function bureauZone() {
  return zone;
}

const formats = {};

/** The wall time of an instant in the bureau's zone: {year, month, day, hour, minute, second}. */
export function wallTime(date) {
  const format = formats[zone] || (formats[zone] = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric'
  }));
  const parts = {};
  format.formatToParts(date).forEach(part => { parts[part.type] = Number(part.value); });
  parts.hour %= 24;
  return parts;
}

/** Minutes east of UTC of the bureau's zone at the given instant. */
export function offsetAt(ms) {
  const seconds = Math.floor(ms / 1000) * 1000;
  const w = wallTime(new Date(seconds));
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - seconds) / 60000);
}

/** The offset (+0800) of the bureau's zone at a wall time given as yyyy-MM-dd and HH:mm:ss. */
export function offsetOfWallTime(day, clockTime) {
  const wall = Date.parse(`${day}T${clockTime}Z`);
  const minutes = offsetAt(wall - offsetAt(wall) * 60000);
  const abs = Math.abs(minutes);
  const pad = n => String(n).padStart(2, '0');
  return `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

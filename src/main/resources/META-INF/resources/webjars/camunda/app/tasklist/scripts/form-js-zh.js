// Camunda Forms in Chinese. Tasklist renders task forms with form-js 1.x (bundled in lib/deps.js of
// the 7.24 webjar), whose validation messages, placeholders and button titles are fixed English,
// and with flatpickr as its date picker (English month and weekday names). Neither is reachable
// through Tasklist's locales/zh.json, and form-js offers no translation hook. So, when Tasklist
// speaks Chinese, this module
//  - gives every flatpickr instance of a form a Chinese locale through the instance's own API
//    (input._flatpickr.set), which also fixes the day cells' aria labels, and
//  - translates form-js's own fixed strings (TEXTS, PATTERNS) as they appear, with one
//    MutationObserver per form (.fjs-container); only form-js's own elements are touched, never
//    labels, descriptions, option labels or values that a form author or user wrote.
// Loaded by requirejs (requireJsConfig in config.js) so that it can ask $translate for the language.
define(['angular'], (angular) => {
  'use strict';

  const MODULE = 'cam-form-js-zh';

  // form-js's fixed English, word for word as form-js 1.x writes it (note the double space in the
  // phone message), and its Chinese.
  const TEXTS = {
    'Field is required.': '此项为必填项。',
    'Field must be a valid email.': '请输入有效的电子邮箱地址。',
    'Field must be a valid  international phone number. (e.g. +4930664040900)':
      '请输入有效的国际格式电话号码（如 +8613800000000）。',
    'Value is not a number.': '请输入数字。',
    'Value is expected to be an integer.': '请输入整数。',
    'Date and time must both be entered.': '日期和时间须同时填写。',
    'Select': '请选择',
    'Search': '搜索',
    'No results': '无匹配项',
    'All values selected': '已全部选择',
    'Remove tag': '移除',
    'Increment': '增加',
    'Decrement': '减少',
    'Add new': '新增',
    'Collapse': '收起',
    'Nothing to show.': '暂无数据。',
    'of': '/',
    'Previous page': '上一页',
    'Next page': '下一页',
    "External content couldn't be loaded.": '外部内容无法加载。',
    'No content to show.': '暂无内容。',
    'This is an image placeholder': '图片占位',
    'Powered by bpmn.io': '由 bpmn.io 提供',
    // date and time input placeholders (the date one follows the browser's locale: yyyy/mm/dd for zh-CN)
    'yyyy/mm/dd': '年/月/日',
    'yyyy-mm-dd': '年-月-日',
    'hh:mm': '时:分',
    'hh:mm ?m': '时:分 上午/下午'
  };

  // form-js's messages that carry a number or a pattern.
  const PATTERNS = [
    [/^Field must have minimum length of (\d+)\.$/, '长度不能少于 $1 个字符。'],
    [/^Field must have maximum length of (\d+)\.$/, '长度不能超过 $1 个字符。'],
    [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
    [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
    [/^Field must match pattern (.+)\.$/, '格式不正确，须符合 $1。'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多 $1 位小数。'],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      '请输入有效值，最接近的有效值为 $1 和 $2。'],
    [/^Expand all \((\d+)\)$/, '全部展开（$1）'],
    [/^Remove list item (\d+)$/, '删除第 $1 项']
  ];

  // flatpickr's locale object (flatpickr's own zh locale, plus the aria labels it leaves English).
  const FLATPICKR_ZH = {
    weekdays: {
      shorthand: ['日', '一', '二', '三', '四', '五', '六'],
      longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
    },
    months: {
      shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换 12/24 小时制',
    amPM: ['上午', '下午'],
    yearAriaLabel: '年份',
    monthAriaLabel: '月份',
    hourAriaLabel: '时',
    minuteAriaLabel: '分',
    time_24hr: true
  };

  // Elements whose text is form-js's own (errors, placeholders, buttons), never author content.
  const OWN_TEXT = [
    '.fjs-form-field-error li', '.fjs-select-placeholder', '.fjs-dropdownlist-empty',
    '.fjs-repeat-render-add', '.fjs-repeat-render-collapse', '.fjs-table-nav-label',
    '.fjs-table-empty', '.fjs-iframe-placeholder-text'
  ].join(', ');
  const OWN_ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'];

  /** The Chinese for one of form-js's fixed strings, or null when there is none. */
  function translate(english) {
    const key = english.trim();
    if (!key) return null;
    if (Object.prototype.hasOwnProperty.call(TEXTS, key)) {
      return english.replace(key, TEXTS[key]);
    }
    for (const [pattern, chinese] of PATTERNS) {
      if (pattern.test(key)) return english.replace(key, key.replace(pattern, chinese));
    }
    return null;
  }

  function translateText(node) {
    const parent = node.parentElement;
    if (!parent || !parent.closest(OWN_TEXT)) return;
    const chinese = translate(node.nodeValue);
    if (chinese !== null) node.nodeValue = chinese;
  }

  function translateAttributes(element) {
    for (const name of OWN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      const chinese = value && translate(value);
      if (chinese) element.setAttribute(name, chinese);
    }
  }

  function localizeDatePicker(input) {
    const picker = input._flatpickr;
    if (!picker || picker.l10n === undefined || picker.zhLocalized) return;
    picker.zhLocalized = true;
    // set() rebuilds the month drop-down, weekdays and days; the two aria labels are set only on creation.
    picker.set({ locale: FLATPICKR_ZH, ariaDateFormat: 'Y年n月j日' });
    if (picker.monthsDropdownContainer) picker.monthsDropdownContainer.setAttribute('aria-label', '月份');
    if (picker.currentYearElement) picker.currentYearElement.setAttribute('aria-label', '年份');
  }

  function translateTree(root) {
    if (root.nodeType === Node.TEXT_NODE) {
      translateText(root);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    const elements = [root, ...root.querySelectorAll('*')];
    for (const element of elements) {
      if (element.hasAttributes()) translateAttributes(element);
      if (element._flatpickr) localizeDatePicker(element);
    }
    for (const element of elements) {
      if (element.matches(OWN_TEXT)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) translateText(text);
      }
    }
  }

  function onFormMutations(records) {
    for (const record of records) {
      if (record.type === 'characterData') translateText(record.target);
      else if (record.type === 'attributes') translateAttributes(record.target);
      else record.addedNodes.forEach(translateTree);
    }
  }

  const watched = new WeakSet();

  function watchForm(container) {
    if (watched.has(container)) return;
    watched.add(container);
    translateTree(container);
    new MutationObserver(onFormMutations).observe(container, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: OWN_ATTRIBUTES
    });
  }

  angular.module(MODULE, ['pascalprecht.translate']).run(['$translate', ($translate) => {
    const chinese = () => /^zh/.test($translate.use() || $translate.proposedLanguage() || '');
    const forms = document.getElementsByClassName('fjs-container');
    // Tasklist mounts a new form-js container for every task it opens; find them as they come.
    new MutationObserver(() => {
      if (!forms.length || !chinese()) return;
      Array.prototype.forEach.call(forms, watchForm);
    }).observe(document.body, { childList: true, subtree: true });
  }]);

  return MODULE;
});

/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// The webapps fetch zh.json and the fallback en.json side by side, and loading either file's
// "dateLocales" makes that locale moment's global one: whichever file arrives last wins, so on
// a first visit (before the files are cached) a Chinese page could still say "in 2 hours".
// This module puts moment back on the page's language after every locale file has loaded.
const DATE_LOCALE_MODULE = 'cam-date-locale-follows-language';

window.define(DATE_LOCALE_MODULE, ['angular'], (angular) => {
  angular.module(DATE_LOCALE_MODULE, ['pascalprecht.translate']).run([
    '$rootScope', '$translate', '$injector',
    ($rootScope, $translate, $injector) => {
      if (!$injector.has('amMoment')) {
        return;
      }
      const amMoment = $injector.get('amMoment');
      const moment = $injector.get('moment');
      const follow = () => {
        const language = $translate.use() || $translate.proposedLanguage();
        if (language && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
          amMoment.changeLocale(language);
        }
      };
      $rootScope.$on('$translateLoadingSuccess', follow);
      $rootScope.$on('$translateChangeSuccess', follow);
    }
  ]);
});

// Camunda Forms (form-js and its flatpickr date picker) in Chinese: scripts/form-js-zh.js.
const FORM_JS_ZH_MODULE = 'cam-form-js-zh';

// The bureau's clock and the signed-in person (../bureau/session.js, shared with Cockpit and Admin),
// and Tasklist as the staff use it: names, only the actions one may use, the form first on a phone
// (scripts/bureau-tasklist.js).
const BUREAU_SESSION_MODULE = 'bureau-session';
const BUREAU_TASKLIST_MODULE = 'bureau-tasklist';

export default {
  // The bureau's product in the header and the page title ("<vendor> <name>"), not "Camunda Tasklist".
  app: {
    name: '环境执法闭环系统 · 任务列表',
    vendor: '襄阳市生态环境局'
  },

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // Chinese for Chinese browsers (the webapps match only the language part of the browser
  // locale, so zh-CN, zh-TW and zh all pick "zh"); every other browser gets English.
  // The 「证据材料」 task tab: the alarm's photos and videos, added from the camera (scripts/evidence-tab.js).
  customScripts: ['scripts/evidence-tab'],

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  requireJsConfig: {
    paths: {
      [FORM_JS_ZH_MODULE]: 'scripts/form-js-zh',
      [BUREAU_SESSION_MODULE]: '../bureau/session',
      [BUREAU_TASKLIST_MODULE]: 'scripts/bureau-tasklist'
    },
    deps: [DATE_LOCALE_MODULE, FORM_JS_ZH_MODULE, BUREAU_SESSION_MODULE, BUREAU_TASKLIST_MODULE],
    ngDeps: [DATE_LOCALE_MODULE, FORM_JS_ZH_MODULE, BUREAU_SESSION_MODULE, BUREAU_TASKLIST_MODULE]
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
    // No startProcess shortcut: only administrators may start processes (EngineWriteGuard), and they
    // have the 启动流程 button.
  }
};

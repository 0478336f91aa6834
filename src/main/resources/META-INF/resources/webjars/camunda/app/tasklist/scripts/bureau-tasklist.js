// Tasklist as the bureau's staff use it (loaded through requireJsConfig in config.js, after
// ../../bureau/session.js):
// * People by name: the assignee on the task cards and in the task pane is 王强, not wangqiang; the
//   task's groups are the squadrons' names.
// * Only what the person may do: EngineWriteGuard refuses (403) every non-administrator's change of
//   assignee, groups, follow-up or due date. For them the task pane shows the assignee, the groups
//   and the due date read-only, and keeps 认领 (claim for oneself) and 取消认领 (hand one's own task
//   back). 启动流程 and 新建任务 are hidden by user-styles.css unless <body> has bureau-admin.
// * Every filter says how many tasks it holds, not only the selected one (7.24 counts the selected
//   filter alone): the engine's filter list with itemCount, fetched on sign-in and on Tasklist's own
//   refresh (every 10 s).
// * 改派 with a reason: a squadron leader (his squadron's tasks, to its members) or a supervisor
//   (anyone) gets a 改派 button in the task pane when /api/tasks/{id}/reassignment says he may; the
//   choice of officers is grouped by squadron and the reason is required (TaskReassignments).
// * The phone shows the form first: opening a task on a narrow screen hides the filters and the task
//   list (<body class="bureau-task-open">, user-styles.css) and offers 返回任务列表 above the form.
window.define('bureau-tasklist', ['angular', 'bureau-session'], function(angular) {
  'use strict';

  var NARROW = '(max-width: 767px)';

  // The 7.24 task pane's meta data (task/directives/cam-tasklist-task-meta.html), with the editable
  // fields kept for administrators and shown read-only to everyone else, and names instead of ids.
  var TASK_META = [
    '<ul class="meta list-inline dates times">',
    '  <li ng-if="$root.bureau.admin">',
    '    <span cam-widget-inline-field tabindex="0" ng-keydown="openDatepicker($event)" class="followup-date"',
    '          ng-class="{overdue: task.followUp && (task.followUp < now) }" type="datetime"',
    '          change="saveFollowUpDate(varValue)" on-start-editing="startEditingFollowUpDate(this)"',
    '          on-cancel-editing="cancelEditingFollowUpDate(this)" value="task.followUp">',
    '      <span tooltip-placement="top" uib-tooltip="{{ \'FOLLOW_UP_DATE\' | translate }}" class="glyphicon glyphicon-calendar"></span>',
    '      <span ng-if="task.followUp" tooltip-placement="top" uib-tooltip="{{ task.followUp | camDate:\'long\' }}" am-time-ago="task.followUp">{{ task.followUp }}</span>',
    '      <a ng-if="!task.followUp" translate="SET_FOLLOW_UP_DATE">Set follow up</a>',
    '    </span>',
    '    <a href ng-if="task.followUp && !editingState.followUp" tooltip-placement="top"',
    '       uib-tooltip="{{ \'RESET_FOLLOW_UP_DATE\' | translate }}" ng-click="resetFollowUpDate()"',
    '       class="reset-follow-up-date glyphicon glyphicon-remove"></a>',
    '  </li>',
    '  <li ng-if="$root.bureau.admin">',
    '    <span cam-widget-inline-field tabindex="0" ng-keydown="openDatepicker($event)" class="due-date"',
    '          ng-class="{overdue: task.due && (task.due < now) }" type="datetime" change="saveDueDate(varValue)"',
    '          on-start-editing="startEditingDueDate(this)" on-cancel-editing="cancelEditingDueDate(this)" value="task.due">',
    '      <span tooltip-placement="top" uib-tooltip="{{ \'DUE_DATE\' | translate }}" class="glyphicon glyphicon-bell"></span>',
    '      <span ng-if="task.due" tooltip-placement="top" uib-tooltip="{{ task.due | camDate:\'long\' }}" am-time-ago="task.due">{{ task.due }}</span>',
    '      <a ng-if="!task.due" translate="SET_DUE_DATE">Set due date</a>',
    '    </span>',
    '    <a href ng-if="task.due && !editingState.due" tooltip-placement="top"',
    '       uib-tooltip="{{ \'RESET_DUE_DATE\' | translate }}" ng-click="resetDueDate()"',
    '       class="reset-due-date glyphicon glyphicon-remove"></a>',
    '  </li>',
    '  <li ng-if="!$root.bureau.admin && task.due" class="bureau-due" ng-class="{overdue: task.due < now}">',
    '    <span class="glyphicon glyphicon-bell"></span>',
    '    截止 <span class="bureau-due-time">{{ task.due | camDate }}</span>（<span am-time-ago="task.due"></span>）',
    '  </li>',
    '</ul>',
    '<ul class="meta list-inline actors">',
    '  <li class="groups" ng-if="$root.bureau.admin">',
    '    <span ng-click="editGroups()">',
    '      <span tooltip-placement="top" uib-tooltip="{{ \'GROUPS\' | translate }}" class="glyphicon glyphicon-th"></span>',
    '      <a href ng-if="groupNames.length > 0">{{ groupNames.join(\', \') }}</a>',
    '      <a href ng-if="groupNames.length === 0" translate="ADD_GROUPS">Add groups</a>',
    '    </span>',
    '  </li>',
    '  <li class="groups bureau-groups" ng-if="!$root.bureau.admin && groupNames.length > 0">',
    '    <span class="glyphicon glyphicon-th"></span>',
    '    <span ng-repeat="group in groupNames">{{ $last ? ($root.bureau.group(group) || group) : ($root.bureau.group(group) || group) + \'、\' }}</span>',
    '  </li>',
    '  <li class="assignee set-value" ng-if="!hasAssignee()">',
    '    <span tooltip-placement="top" uib-tooltip="{{ \'ASSIGNEE\' | translate }}" class="glyphicon glyphicon-user"></span>',
    '    <button class="claim btn-link" ng-click="claim()" translate="CLAIM_TASK" ng-disabled="submitInProgress">Claim</button>',
    '  </li>',
    '  <li class="assignee" ng-if="hasAssignee() && $root.bureau.admin">',
    '    <span cam-widget-inline-field tabindex="0" ng-keydown="editAssignee($event)" ng-paste="editAssignee($event)"',
    '          ng-class="{\'has-error\': !validAssignee, \'validating\': validationInProgress}" class="set-value" type="text"',
    '          validate="isInvalidUser(this)" change="assign(varValue)" on-start-editing="startEditingAssignee(this)"',
    '          on-cancel-editing="cancelEditingAssignee(this)" value="assignee.id">',
    '      <span tooltip-placement="top" uib-tooltip="{{ \'ASSIGNEE\' | translate }}" class="glyphicon glyphicon-user"></span>',
    '      <span class="bureau-assignee-name">{{ $root.bureau.name(assignee.id) || assignee.id }}</span>',
    '    </span>',
    '    <button ng-if="isAssignee && !editingState.assignee" tooltip-placement="top" uib-tooltip="{{ \'UNCLAIM_TASK\' | translate }}"',
    '            ng-click="unclaim()" ng-disabled="submitInProgress" class="unclaim glyphicon glyphicon-remove btn-link"></button>',
    '    <a href ng-if="!isAssignee && !editingState.assignee" tooltip-placement="top" uib-tooltip="{{ \'RESET_TASK_ASSIGNEE\' | translate }}"',
    '       ng-click="resetAssignee()" class="reset-assignee glyphicon glyphicon-remove"></a>',
    '  </li>',
    '  <li class="assignee bureau-assignee" ng-if="hasAssignee() && !$root.bureau.admin">',
    '    <span class="glyphicon glyphicon-user" title="处理人"></span>',
    '    <span class="bureau-assignee-name" title="{{ assignee.id }}">{{ $root.bureau.name(assignee.id) || assignee.id }}</span>',
    '    <button ng-if="isAssignee" type="button" ng-click="unclaim()" ng-disabled="submitInProgress"',
    '            class="unclaim btn btn-link">{{ \'UNCLAIM_TASK\' | translate }}</button>',
    '  </li>',
    '</ul>',
    '<div class="bureau-reassign" bureau-reassign></div>'
  ].join('\n');

  // 改派: the button, and a small form under the task's dates and people with the officers grouped by squadron and the reason.
  var REASSIGN = [
    '<button type="button" class="btn btn-link bureau-reassign-open" ng-if="choice && !open" ng-click="start()">',
    '  <span class="glyphicon glyphicon-share-alt"></span> 改派</button>',
    '<form class="bureau-reassign-form" ng-if="open" ng-submit="submit()" name="reassignForm" novalidate>',
    '  <label>改派给',
    '    <select class="form-control bureau-reassign-to" ng-model="form.assignee" required>',
    '      <option value="">请选择执法人员</option>',
    '      <optgroup ng-repeat="group in choice.groups" label="{{ group.name }}">',
    '        <option ng-repeat="officer in group.officers" value="{{ officer.userId }}">{{ officer.name }}</option>',
    '      </optgroup>',
    '    </select>',
    '  </label>',
    '  <label>改派原因',
    '    <textarea class="form-control bureau-reassign-reason" ng-model="form.reason" maxlength="500" rows="2" required',
    '              placeholder="例如：原承办人外出培训，由本中队其他人员办理"></textarea>',
    '  </label>',
    '  <p class="text-danger bureau-reassign-error" ng-if="error">{{ error }}</p>',
    '  <button type="submit" class="btn btn-primary" ng-disabled="busy || !form.assignee || !form.reason.trim()">确认改派</button>',
    '  <button type="button" class="btn btn-default" ng-click="cancel()" ng-disabled="busy">取消</button>',
    '</form>'
  ].join('\n');

  var CARD_ASSIGNEE = '{{ assigneeDisplayedName(task); }}';
  // The card's corner shows the engine's number (50, 90); people read 紧急/较急/一般 (taskUrgency).
  var CARD_PRIORITY = '{{ task.priority }}';

  // The 7.24 filter list shows {{ filterCount }} next to the selected filter only.
  var FILTER_COUNTER = /<span ng-show="isFocused\(filter\)"\s+class="counter">\{\{ filterCount \}\}<\/span>/;
  var EVERY_COUNTER = '<span class="counter" ng-show="isFocused(filter) || $root.bureau.filterCounts[filter.id] !== undefined">'
    + '{{ isFocused(filter) ? filterCount : $root.bureau.filterCounts[filter.id] }}</span>';

  var module = angular.module('bureau-tasklist', ['bureau-session', 'cam.tasklist.task', 'cam.tasklist.tasklist']);

  module.config(['$provide', function($provide) {
    $provide.decorator('camTasklistTaskMetaDirective', ['$delegate', function($delegate) {
      $delegate[0].template = TASK_META;
      return $delegate;
    }]);
    // The cards name the assignee by the directory's name (王强) before the engine's (王 强 or wangqiang).
    $provide.decorator('camTasksDirective', ['$delegate', function($delegate) {
      var tasks = $delegate[0];
      if (typeof tasks.template === 'string' && tasks.template.indexOf(CARD_ASSIGNEE) > -1) {
        tasks.template = tasks.template.replace(CARD_ASSIGNEE,
          '{{ $root.bureau.name(task.assignee) || assigneeDisplayedName(task) }}');
      }
      if (typeof tasks.template === 'string') {
        tasks.template = tasks.template.replace(CARD_PRIORITY, '{{ $root.bureau.urgency(task) }}');
      }
      return $delegate;
    }]);
    $provide.decorator('camTasklistFiltersDirective', ['$delegate', function($delegate) {
      var filters = $delegate[0];
      if (typeof filters.template === 'string') {
        filters.template = filters.template.replace(FILTER_COUNTER, EVERY_COUNTER);
      }
      return $delegate;
    }]);
  }]);

  // Inside the task pane's meta data (TASK_META): the meta directive's scope gives the task and taskData.
  module.directive('bureauReassign', ['$rootScope', function($rootScope) {
    function problem(response) {
      return response.json().then(function(body) {
        return (body && (body.detail || body.title)) || ('改派失败（' + response.status + '）');
      }, function() {
        return '改派失败（' + response.status + '）';
      });
    }

    return {
      scope: true,
      template: REASSIGN,
      link: function(scope, element) {
        // data-reassign on the element says what the server answered: offered or refused.
        function load(taskId) {
          scope.choice = null;
          scope.open = false;
          element.removeAttr('data-reassign');
          if (!taskId) {
            return;
          }
          window.fetch($rootScope.bureau.api + '/tasks/' + encodeURIComponent(taskId) + '/reassignment', {
            credentials: 'same-origin',
            headers: {Accept: 'application/json'}
          }).then(function(response) {
            // 403: this person may not move the task; no button.
            return response.ok ? response.json() : null;
          }).then(function(choice) {
            if (!scope.task || (choice && choice.taskId !== scope.task.id)) {
              return;
            }
            var offered = !!choice && choice.groups.length > 0;
            scope.choice = offered ? choice : null;
            element.attr('data-reassign', offered ? 'offered' : 'refused');
            scope.$applyAsync();
          }).catch(function() {
            // offline: no button
          });
        }
        scope.$watch('task.id', load);
        scope.$watch('task.assignee', function(now, before) {
          if (now !== before && scope.task) {
            load(scope.task.id);
          }
        });
        scope.start = function() {
          scope.form = {assignee: '', reason: ''};
          scope.error = null;
          scope.open = true;
        };
        scope.cancel = function() {
          scope.open = false;
        };
        scope.submit = function() {
          scope.busy = true;
          scope.error = null;
          window.fetch($rootScope.bureau.api + '/tasks/' + encodeURIComponent(scope.task.id) + '/reassignment', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': $rootScope.bureau.csrfToken()},
            body: JSON.stringify({assignee: scope.form.assignee, reason: scope.form.reason.trim()})
          }).then(function(response) {
            if (!response.ok) {
              return problem(response).then(function(message) {
                scope.error = message;
              });
            }
            scope.open = false;
            // The pane and the list reload the task from the engine, as after Tasklist's own changes.
            scope.taskData.changed('task');
            scope.taskData.changed('taskList');
            $rootScope.$broadcast('refresh');
          }).catch(function() {
            scope.error = '网络不可用，未改派';
          }).then(function() {
            scope.busy = false;
            scope.$applyAsync();
          });
        };
      }
    };
  }]);

  module.run(['$rootScope', '$location', '$timeout', function($rootScope, $location, $timeout) {
    function backButton() {
      var pane = document.querySelector('section.task-details');
      if (!pane || pane.querySelector('.bureau-back')) {
        return;
      }
      var back = document.createElement('button');
      back.type = 'button';
      back.className = 'btn btn-default bureau-back';
      back.textContent = '← 返回任务列表';
      back.addEventListener('click', function() {
        $rootScope.$apply(function() {
          $location.search('task', null);
        });
      });
      pane.insertBefore(back, pane.firstChild);
    }

    function follow() {
      var open = !!$location.search().task && window.matchMedia(NARROW).matches;
      var wasOpen = document.body.classList.contains('bureau-task-open');
      document.body.classList.toggle('bureau-task-open', open);
      if (open) {
        $timeout(backButton);
        if (!wasOpen) {
          window.scrollTo(0, 0);
        }
      }
    }

    var appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
    function countFilters() {
      if (!$rootScope.authentication || !$rootScope.authentication.name) {
        return;
      }
      window.fetch(appRoot + '/api/engine/engine/default/filter?resourceType=Task&itemCount=true', {
        credentials: 'same-origin',
        headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}
      }).then(function(response) {
        return response.ok ? response.json() : null;
      }).then(function(list) {
        if (list) {
          var counts = {};
          list.forEach(function(filter) {
            counts[filter.id] = filter.itemCount;
          });
          $rootScope.bureau.filterCounts = counts;
          $rootScope.$applyAsync();
        }
      }).catch(function() {
        // offline: the selected filter keeps its own count
      });
    }
    $rootScope.bureau.filterCounts = {};
    // The urgency the filters show as a card variable (TaskCaptions), in place of the number.
    $rootScope.bureau.urgency = function(task) {
      var variables = (task && task._embedded && task._embedded.variable) || [];
      for (var i = 0; i < variables.length; i++) {
        if (variables[i].name === 'taskUrgency') {
          return variables[i].value;
        }
      }
      return '';
    };
    $rootScope.$on('authentication.changed', countFilters);
    $rootScope.$on('refresh', countFilters);
    countFilters();

    // Every filter orders by due date (TasklistFilters), and the engine puts that before the sort
    // Tasklist sends; Tasklist's own default, 创建时间, would then name an order the list does not
    // have. The list view starts on the due date, nearest first, so the sort shown is the order seen.
    function dueDateFirst() {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}])).replace();
      }
    }
    $rootScope.$on('$locationChangeSuccess', dueDateFirst);
    $rootScope.$on('$locationChangeSuccess', follow);
    window.matchMedia(NARROW).addEventListener('change', function() {
      $rootScope.$applyAsync(follow);
    });
  }]);
});

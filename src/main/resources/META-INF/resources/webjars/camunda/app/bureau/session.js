// The bureau's side of every Camunda webapp (Tasklist, Cockpit, Admin load it through requireJsConfig
// in their scripts/config.js): one clock and the signed-in person.
//
// * One clock. moment.js (which Camunda's camDate filter, am-time-ago and the date pickers use) shows
//   every time in the bureau's zone (app.zone, from /api/me; Asia/Shanghai until it is known) instead
//   of the browser's, as moment-timezone's setDefault would: a moment made from an instant is put on
//   the zone's offset, a wall time given without an offset is read in the zone. The footer names the
//   zone instead of the browser's.
// * The signed-in person: /api/me says whether the engine lets this person use its generic task and
//   process actions (administrators only, EngineWriteGuard); <body> gets the class bureau-admin then,
//   and each app's user-styles.css hides those actions from everyone else. $rootScope.bureau.name(id)
//   and .group(id) give the names of staff and squadrons (/api/names) for the ids the engine stores.
window.define('bureau-session', ['angular'], function(angular) {
  'use strict';

  var DEFAULT_ZONE = 'Asia/Shanghai';
  var STORED_ZONE = 'bureau.zone';
  var appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
  // The webapps live under <context path>/camunda; our API under <context path>/api.
  var apiRoot = appRoot.replace(/\/[^/]*$/, '') + '/api';

  function storedZone() {
    try {
      return window.localStorage.getItem(STORED_ZONE);
    } catch (ignored) {
      return null;
    }
  }

  var clock = {zone: storedZone() || DEFAULT_ZONE};
  var formats = {};

  /** Minutes east of UTC of the bureau's zone at the instant ms. */
  function offsetAt(ms) {
    var format = formats[clock.zone] || (formats[clock.zone] = new Intl.DateTimeFormat('en-US', {
      timeZone: clock.zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric'
    }));
    var seconds = Math.floor(ms / 1000) * 1000;
    var parts = {};
    format.formatToParts(new Date(seconds)).forEach(function(part) {
      parts[part.type] = Number(part.value);
    });
    var wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
    return Math.round((wall - seconds) / 60000);
  }
  clock.offsetAt = offsetAt;

  /** The instant of a wall time in the bureau's zone (fields as Date.UTC takes them). */
  function instantOfWallTime(fields) {
    var wall = Date.UTC.apply(null, fields);
    var guess = wall - offsetAt(wall) * 60000;
    return wall - offsetAt(guess) * 60000;
  }

  function followBureauZone(moment) {
    if (!moment || moment.bureauZone) {
      return;
    }
    moment.bureauZone = true;
    // The parsed fields must reach the moment under construction (moment-timezone does the same).
    if (moment.momentProperties && moment.momentProperties.indexOf('_a') < 0) {
      moment.momentProperties.push('_a');
    }
    var previous = moment.updateOffset;
    moment.updateOffset = function(mom, keepTime) {
      previous.call(this, mom, keepTime);
      // Explicitly UTC, on a fixed offset, or already on the bureau's: leave it.
      if (mom._isUTC || !mom.isValid()) {
        return;
      }
      var a = mom._a;
      if (a && mom._tzm === undefined && mom._f !== 'X' && mom._f !== 'x') {
        mom._d = new Date(instantOfWallTime([a[0], a[1], a[2], a[3] || 0, a[4] || 0, a[5] || 0, a[6] || 0]));
      }
      mom.utcOffset(offsetAt(mom._d.getTime()));
    };
  }

  var module = angular.module('bureau-session', ['cam.commons']);

  // The footer said "dates and times in the local zone: <browser zone>"; the header named the
  // signed-in person "王 强" (first and last name with a space).
  module.config(['$provide', function($provide) {
    $provide.decorator('camWidgetHeaderDirective', ['$delegate', function($delegate) {
      var header = $delegate[0];
      if (typeof header.template === 'string') {
        header.template = header.template.replace('{{ (userName || authentication.name) }}',
          '{{ ($root.bureau.me && $root.bureau.me.name) || userName || authentication.name }}');
      }
      return $delegate;
    }]);
    $provide.decorator('camWidgetFooterDirective', ['$delegate', function($delegate) {
      var footer = $delegate[0];
      footer.template = '<div class="container-fluid"><div class="row">' +
        '<div id="footer-timezone" class="col-xs-12">时间均按本局所在时区显示：<i>{{ zoneName }}</i></div>' +
        '</div></div>';
      footer.compile = function() {
        return function(scope) {
          scope.zoneName = clock.zone === 'Asia/Shanghai' ? '北京时间（Asia/Shanghai）' : clock.zone;
        };
      };
      return $delegate;
    }]);
  }]);

  module.run(['$rootScope', '$injector', function($rootScope, $injector) {
    followBureauZone($injector.has('moment') ? $injector.get('moment') : window.moment);

    var bureau = $rootScope.bureau = {
      admin: false,
      zone: clock.zone,
      people: {},
      groups: {},
      /** The name of a member of staff, or null. */
      name: function(userId) {
        return (userId && bureau.people[userId]) || null;
      },
      /** The name of a squadron's group, or null. */
      group: function(groupId) {
        return (groupId && bureau.groups[groupId]) || null;
      },
      /** Where our API answers the webapp's session (<context path>/api). */
      api: apiRoot,
      /** The webapp's CSRF token, which a write to our API sends in X-XSRF-TOKEN. */
      csrfToken: function() {
        var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
        return match ? decodeURIComponent(match[1]) : '';
      }
    };

    function get(path) {
      // As XMLHttpRequest: without a session the answer is a plain 401, not the browser's Basic prompt.
      return window.fetch(apiRoot + path, {
        credentials: 'same-origin',
        headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}
      })
        .then(function(response) {
          return response.ok ? response.json() : null;
        });
    }

    function signedIn(me) {
      document.body.classList.toggle('bureau-admin', !!me.admin);
      bureau.admin = !!me.admin;
      bureau.me = me;
      if (me.userId && me.name) {
        bureau.people[me.userId] = me.name;
      }
      if (me.zone && me.zone !== clock.zone) {
        // Times already shown were in the old zone: start again in the bureau's (once: it is stored).
        try {
          window.localStorage.setItem(STORED_ZONE, me.zone);
        } catch (ignored) {
          // without storage, keep going in the zone known so far
        }
        if (storedZone() === me.zone) {
          window.location.reload();
          return;
        }
      }
      $rootScope.$applyAsync();
      get('/names').then(function(names) {
        if (names) {
          angular.extend(bureau.people, names.people);
          angular.extend(bureau.groups, names.groups);
          $rootScope.$applyAsync();
        }
      });
    }

    function load(authentication) {
      if (!authentication || !authentication.name) {
        document.body.classList.remove('bureau-admin');
        bureau.admin = false;
        return;
      }
      get('/me').then(function(me) {
        if (me) {
          signedIn(me);
        }
      }).catch(function() {
        // Offline or refused: the generic actions stay hidden and ids stay ids.
      });
    }

    $rootScope.$on('authentication.changed', function(event, authentication) {
      load(authentication);
    });
    if ($rootScope.authentication) {
      load($rootScope.authentication);
    }
  }]);

  return clock;
});

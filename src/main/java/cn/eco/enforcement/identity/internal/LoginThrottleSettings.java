package cn.eco.enforcement.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled ({@code app.security.login-*}).
 *
 * @param loginMaxFailures failures of one user name within the window that lock it
 * @param loginMaxFailuresPerClient failures from one client address within the window that lock it
 * (higher than per user: an office behind one NAT address shares it)
 * @param loginFailureWindow how far back failures count
 * @param loginLockout the first lock; each further lock of the same key lasts twice as long
 * @param loginMaxLockout the longest lock; a key quiet for this long after its lock starts afresh
 * @param loginTrackedKeys failure counts kept at most between cleanups (the oldest go first; locks in
 * force are always kept)
 */
@ConfigurationProperties("app.security")
record LoginThrottleSettings(@DefaultValue("5") int loginMaxFailures, @DefaultValue("20") int loginMaxFailuresPerClient,
		@DefaultValue("PT5M") Duration loginFailureWindow, @DefaultValue("PT1M") Duration loginLockout,
		@DefaultValue("PT1H") Duration loginMaxLockout, @DefaultValue("100000") int loginTrackedKeys) {
}

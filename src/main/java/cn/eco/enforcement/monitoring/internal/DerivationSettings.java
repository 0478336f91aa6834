package cn.eco.enforcement.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hourly and daily values are derived from minute data ({@code app.monitoring.derivation.*}).
 *
 * @param catchUp how far back a run looks at most: after downtime longer than this, older hours
 * stay without derived values
 * @param settle how long after an hour ends its minute data are awaited before it is derived (a
 * logger sends the minute data of an hour's last minutes a little later)
 */
@ConfigurationProperties("app.monitoring.derivation")
record DerivationSettings(@DefaultValue("P2D") Duration catchUp, @DefaultValue("PT10M") Duration settle) {
}

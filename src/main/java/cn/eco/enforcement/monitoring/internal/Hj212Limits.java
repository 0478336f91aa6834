package cn.eco.enforcement.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one HJ 212 listener holds open, so that a flood of connections that never send a good
 * packet cannot use up the process's file descriptors (and with them the HTTP side).
 *
 * @param maxConnectionsPerAddress open connections from one IP address; one more is closed at once
 * @param maxConnections open connections in all; one more is closed at once
 * @param firstPacketTimeout how long a connection may stay open without a packet from a registered
 * device with a correct CRC and password
 * @param frameTimeout how long a started frame may take to arrive whole (bytes trickling in never
 * reset it)
 * @param idleTimeoutSeconds silence after which any connection is closed
 */
@ConfigurationProperties("hj212")
record Hj212Limits(@DefaultValue("50") int maxConnectionsPerAddress, @DefaultValue("5000") int maxConnections,
		@DefaultValue("30s") Duration firstPacketTimeout, @DefaultValue("30s") Duration frameTimeout,
		@DefaultValue("600") int idleTimeoutSeconds) {
}

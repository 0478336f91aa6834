package cn.eco.enforcement.monitoring.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

import org.springframework.stereotype.Component;

/**
 * Which connection of this node each logger last sent a good packet on, with the system code and
 * password it used, so that the platform can send it a request (CN 1014, a new key). The password is
 * held in memory only, as the logger sent it; the registry keeps only its hash.
 */
@Component
class LoggerConnections {

	private static final AttributeKey<Boolean> WATCHED = AttributeKey.valueOf("hj212.connectionsWatched");

	private final Map<String, Connection> byMn = new ConcurrentHashMap<>();

	/** Notes that an authenticated packet of the device came on this channel. */
	void seen(Channel channel, Hj212Packet packet) {
		Connection current = byMn.get(packet.mn());
		if (current != null && current.channel() == channel && java.util.Objects.equals(current.st(), packet.st())
				&& java.util.Objects.equals(current.pw(), packet.pw())) {
			return;
		}
		byMn.put(packet.mn(), new Connection(channel, packet.st(), packet.pw()));
		if (channel.attr(WATCHED).setIfAbsent(Boolean.TRUE) == null) {
			channel.closeFuture().addListener(closed -> byMn.values().removeIf(c -> c.channel() == channel));
		}
	}

	/** The device's open connection on this node. */
	Optional<Connection> of(String mn) {
		return Optional.ofNullable(byMn.get(mn)).filter(c -> c.channel().isActive());
	}

	/** A logger's connection and the header values its packets carry. */
	record Connection(Channel channel, String st, String pw) {

		@Override
		public String toString() {
			return "Connection[" + channel + ", ST=" + st + "]";
		}

	}

}

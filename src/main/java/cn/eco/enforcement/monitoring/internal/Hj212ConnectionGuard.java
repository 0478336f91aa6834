package cn.eco.enforcement.monitoring.internal;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.Channel;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.AttributeKey;

/**
 * Admits HJ 212 connections within {@link Hj212Limits}: one over the cap for its address or over
 * the total cap is closed as soon as it is accepted, and counted. One instance per listener.
 * Also remembers which connections have sent a good packet ({@link #authenticate}), which
 * {@link Hj212Deadlines} asks before closing a connection that never did.
 */
final class Hj212ConnectionGuard {

	private static final AttributeKey<Boolean> AUTHENTICATED = AttributeKey.valueOf("hj212.authenticated");

	private final Hj212Limits limits;

	private final Hj212Rejections rejections;

	private final AtomicInteger open = new AtomicInteger();

	private final Map<InetAddress, Integer> openByAddress = new ConcurrentHashMap<>();

	Hj212ConnectionGuard(Hj212Limits limits, Hj212Rejections rejections) {
		this.limits = limits;
		this.rejections = rejections;
	}

	/**
	 * Admits a newly accepted connection or closes it.
	 * @return whether it was admitted; its place is given back when it closes
	 */
	boolean admit(SocketChannel channel) {
		InetAddress address = channel.remoteAddress().getAddress();
		if (open.incrementAndGet() > limits.maxConnections()) {
			open.decrementAndGet();
			return refuse(channel, "TOO_MANY_CONNECTIONS", "已达连接总数上限 " + limits.maxConnections());
		}
		if (openByAddress.merge(address, 1, Integer::sum) > limits.maxConnectionsPerAddress()) {
			release(address);
			return refuse(channel, "TOO_MANY_FROM_ADDRESS",
					"该地址已达连接数上限 " + limits.maxConnectionsPerAddress());
		}
		channel.closeFuture().addListener(closed -> release(address));
		return true;
	}

	/** Open connections now, for the logs and tests. */
	int open() {
		return open.get();
	}

	/** Marks the connection as one that sent a packet of a registered device with correct CRC and password. */
	static void authenticate(Channel channel) {
		channel.attr(AUTHENTICATED).set(Boolean.TRUE);
	}

	static boolean authenticated(Channel channel) {
		return Boolean.TRUE.equals(channel.attr(AUTHENTICATED).get());
	}

	private boolean refuse(SocketChannel channel, String reason, String detail) {
		rejections.countOnly(String.valueOf(channel.remoteAddress()), reason, detail);
		channel.close();
		return false;
	}

	private void release(InetAddress address) {
		open.decrementAndGet();
		openByAddress.computeIfPresent(address, (a, count) -> (count > 1) ? count - 1 : null);
	}

}

package cn.eco.enforcement.monitoring.internal;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import cn.eco.enforcement.monitoring.hj212.Hj212FrameDecoder;
import com.sun.management.UnixOperatingSystemMXBean;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The HJ 212 TCP server (platform side; data loggers connect as clients). Netty frames the byte
 * stream; good uploads are queued on the I/O threads, and what waits for the database is handled on
 * storage threads ({@link Hj212PacketHandler}).
 * What a flood of connections can hold is bounded ({@link Hj212Limits}): connections over the caps
 * per address and in all are closed as soon as they are accepted ({@link Hj212ConnectionGuard}), and
 * a connection is closed when it sends no good packet in time, leaves a frame unfinished too long
 * ({@link Hj212Deadlines}) or falls idle.
 */
@Component
class Hj212Server implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Hj212Server.class);

	private final Hj212PacketHandler handler;

	private final Hj212Rejections rejections;

	private final Hj212Limits limits;

	private final boolean enabled;

	private final int port;

	private final int maxDataLength;

	private final int storageThreads;

	private EventLoopGroup boss;

	private EventLoopGroup workers;

	private EventExecutorGroup storage;

	private Channel channel;

	private Hj212ConnectionGuard guard;

	Hj212Server(Hj212PacketHandler handler, Hj212Rejections rejections, Hj212Limits limits,
			@Value("${hj212.enabled:true}") boolean enabled, @Value("${hj212.port:9212}") int port,
			@Value("${hj212.max-data-length:1024}") int maxDataLength,
			@Value("${hj212.storage-threads:8}") int storageThreads) {
		this.handler = handler;
		this.rejections = rejections;
		this.limits = limits;
		this.enabled = enabled;
		this.port = port;
		this.maxDataLength = maxDataLength;
		this.storageThreads = storageThreads;
	}

	@Override
	public void start() {
		if (!enabled) {
			return;
		}
		boss = new NioEventLoopGroup(1);
		workers = new NioEventLoopGroup(2);
		// Refusals, unknown devices and commands wait on the database, so more threads than cores;
		// packets of one connection stay in order on one thread.
		storage = new DefaultEventExecutorGroup(storageThreads);
		guard = new Hj212ConnectionGuard(limits, rejections);
		ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers)
			.channel(NioServerSocketChannel.class)
			.childOption(ChannelOption.SO_KEEPALIVE, true)
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel ch) {
					if (!guard.admit(ch)) {
						return;
					}
					Hj212FrameDecoder frames = new Hj212FrameDecoder(maxDataLength);
					// Answers come from the writers a group at a time: one flush (one write to the socket)
					// per connection and group rather than one per answer.
					ch.pipeline()
						.addLast("flushes", new FlushConsolidationHandler(FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true))
						.addLast("idle", new IdleStateHandler(limits.idleTimeoutSeconds(), 0, 0, TimeUnit.SECONDS))
						.addLast("frames", frames)
						.addLast("deadlines", new Hj212Deadlines(limits, frames, rejections))
						.addLast("packets", handler)
						.addLast(storage, "storage", handler.storage());
				}
			});
		channel = bootstrap.bind(port).syncUninterruptibly().channel();
		log.info("HJ 212 server listening on port {} (at most {} connections, {} per address)", port(),
				limits.maxConnections(), limits.maxConnectionsPerAddress());
		warnIfCapNearFileLimit();
	}

	/** The cap protects the HTTP side only if the process can open more files than that. */
	private void warnIfCapNearFileLimit() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean os
				&& limits.maxConnections() > os.getMaxFileDescriptorCount() / 2) {
			log.warn("hj212.max-connections {} is over half the process's open-file limit {}: a flood of HJ 212 "
					+ "connections could leave the HTTP side without file descriptors", limits.maxConnections(),
					os.getMaxFileDescriptorCount());
		}
	}

	/** Connections open now. */
	int openConnections() {
		return guard == null ? 0 : guard.open();
	}

	/** The port actually bound (useful when configured as 0). */
	int port() {
		return channel == null ? -1 : ((InetSocketAddress) channel.localAddress()).getPort();
	}

	@Override
	public void stop() {
		if (channel != null) {
			channel.close().syncUninterruptibly();
			channel = null;
			boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
			workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
			storage.shutdownGracefully(0, 5, TimeUnit.SECONDS);
		}
	}

	@Override
	public boolean isRunning() {
		return channel != null;
	}

	@Override
	public int getPhase() {
		// Start after the rest of the application (engine, database) is up; stop first.
		return Integer.MAX_VALUE - 100;
	}

}

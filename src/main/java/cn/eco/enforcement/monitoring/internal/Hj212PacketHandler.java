package cn.eco.enforcement.monitoring.internal;

import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Takes framed HJ 212 input on the network thread. A good upload of a known device is queued right
 * here ({@link Hj212Intake#acceptWithoutWaiting}): handing every packet to another thread cost more
 * than parsing it. Whatever may wait for the database goes on to {@link StorageHandler} on a
 * storage thread; while a connection has input there, its later input follows it, so a
 * connection's packets are queued in the order they came.
 */
@Component
@Sharable
class Hj212PacketHandler extends SimpleChannelInboundHandler<Object> {

	private static final Logger log = LoggerFactory.getLogger(Hj212PacketHandler.class);

	private static final AttributeKey<AtomicInteger> AT_STORAGE = AttributeKey.valueOf("hj212.atStorage");

	private final Hj212Intake intake;

	private final StorageHandler storage;

	Hj212PacketHandler(Hj212Intake intake) {
		this.intake = intake;
		this.storage = new StorageHandler(intake);
	}

	/** The handler to add after this one, on a storage thread. */
	StorageHandler storage() {
		return storage;
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, Object message) {
		AtomicInteger atStorage = ctx.channel().attr(AT_STORAGE).get();
		if (atStorage == null) {
			atStorage = new AtomicInteger();
			ctx.channel().attr(AT_STORAGE).set(atStorage);
		}
		if (atStorage.get() == 0 && message instanceof Hj212Frame frame && intake.acceptWithoutWaiting(ctx, frame)) {
			return;
		}
		atStorage.incrementAndGet();
		ctx.fireChannelRead(message);
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) {
		// Not passed on: the storage handler has no use for it, and each one would wake its thread.
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event instanceof IdleStateEvent) {
			log.info("Closing idle HJ 212 connection {}", ctx.channel().remoteAddress());
			ctx.close();
		}
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		log.warn("HJ 212 connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
		ctx.close();
	}

	/** Handles input that may wait for the database, off the network threads. */
	@Sharable
	static final class StorageHandler extends SimpleChannelInboundHandler<Object> {

		private final Hj212Intake intake;

		private StorageHandler(Hj212Intake intake) {
			this.intake = intake;
		}

		@Override
		protected void channelRead0(ChannelHandlerContext ctx, Object message) {
			try {
				if (message instanceof Hj212Rejection rejection) {
					intake.reject(ctx, rejection);
				}
				else if (message instanceof Hj212Frame frame) {
					intake.handle(ctx, frame);
				}
			}
			finally {
				ctx.channel().attr(AT_STORAGE).get().decrementAndGet();
			}
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			log.warn("HJ 212 connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
			ctx.close();
		}

	}

}

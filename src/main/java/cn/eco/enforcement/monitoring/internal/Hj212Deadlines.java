package cn.eco.enforcement.monitoring.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import cn.eco.enforcement.monitoring.hj212.Hj212FrameDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Closes an HJ 212 connection that has sent no good packet within {@link Hj212Limits#firstPacketTimeout}
 * or that leaves a started frame unfinished for longer than {@link Hj212Limits#frameTimeout}: the
 * idle timeout alone lets a connection live for ever on one byte every few minutes. Sits after the
 * frame decoder, whose buffer tells whether a frame has started. One instance per connection; all
 * its methods run on the connection's event loop.
 */
final class Hj212Deadlines extends ChannelInboundHandlerAdapter {

	private final Hj212Limits limits;

	private final Hj212FrameDecoder decoder;

	private final Hj212Rejections rejections;

	/** When the unfinished frame now in the decoder's buffer started arriving, or -1 when none. */
	private long partialSince = -1;

	private boolean frameCheckPending;

	private ScheduledFuture<?> firstPacketCheck;

	Hj212Deadlines(Hj212Limits limits, Hj212FrameDecoder decoder, Hj212Rejections rejections) {
		this.limits = limits;
		this.decoder = decoder;
		this.rejections = rejections;
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) {
		firstPacketCheck = ctx.executor()
			.schedule(() -> closeUnlessAuthenticated(ctx), limits.firstPacketTimeout().toNanos(), TimeUnit.NANOSECONDS);
		ctx.fireChannelActive();
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		// A flood closes thousands of connections: do not keep their checks queued.
		if (firstPacketCheck != null) {
			firstPacketCheck.cancel(false);
		}
		ctx.fireChannelInactive();
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object message) {
		// A frame or a rejection came out of the decoder: what it still holds started later.
		partialSince = -1;
		ctx.fireChannelRead(message);
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) {
		if (partialSince < 0 && decoder.bufferedBytes() > 0) {
			partialSince = System.nanoTime();
			scheduleFrameCheck(ctx, limits.frameTimeout().toNanos());
		}
		ctx.fireChannelReadComplete();
	}

	private void closeUnlessAuthenticated(ChannelHandlerContext ctx) {
		if (ctx.channel().isActive() && !Hj212ConnectionGuard.authenticated(ctx.channel())) {
			close(ctx, "NO_VALID_PACKET", "连接后 " + limits.firstPacketTimeout().toSeconds() + " 秒内未收到有效数据包");
		}
	}

	private void scheduleFrameCheck(ChannelHandlerContext ctx, long delayNanos) {
		if (!frameCheckPending) {
			frameCheckPending = true;
			ctx.executor().schedule(() -> checkFrame(ctx), delayNanos, TimeUnit.NANOSECONDS);
		}
	}

	private void checkFrame(ChannelHandlerContext ctx) {
		frameCheckPending = false;
		if (partialSince < 0 || !ctx.channel().isActive()) {
			return;
		}
		long left = limits.frameTimeout().toNanos() - (System.nanoTime() - partialSince);
		if (left > 0) {
			scheduleFrameCheck(ctx, left);
		}
		else {
			close(ctx, "FRAME_TIMEOUT", decoder.bufferedBytes() + " 字节的数据包 " + limits.frameTimeout().toSeconds()
					+ " 秒内未传完");
		}
	}

	private void close(ChannelHandlerContext ctx, String reason, String detail) {
		rejections.countOnly(String.valueOf(ctx.channel().remoteAddress()), reason, detail);
		ctx.close();
	}

}

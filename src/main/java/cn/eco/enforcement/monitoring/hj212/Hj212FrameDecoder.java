package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.FrameScan.BAD;
import static cn.eco.enforcement.monitoring.hj212.FrameScan.HEADER;
import static cn.eco.enforcement.monitoring.hj212.FrameScan.MORE;
import static cn.eco.enforcement.monitoring.hj212.FrameScan.TRAILER;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Rejection.Reason;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts an HJ 212 TCP byte stream into {@link Hj212Frame}s and {@link Hj212Rejection}s, whatever the
 * read boundaries. After bad input it resynchronises on the next {@code ##}, reporting the skipped
 * bytes once. The length may count UTF-8 bytes (the standard) or characters (some senders, with
 * Chinese text); a bare LF is accepted as line end. Unframed input beyond twice the maximum frame is
 * discarded. The CRC is left to the receiver, which knows the device's allowed variants. One
 * instance per channel.
 */
public class Hj212FrameDecoder extends ByteToMessageDecoder {

	/** The 2017 standard's maximum data segment length. */
	public static final int DEFAULT_MAX_DATA_LENGTH = 1024;

	private static final Logger log = LoggerFactory.getLogger(Hj212FrameDecoder.class);

	private final int maxDataLength;

	private final int maxBuffered;

	/** After a rejected frame, the bytes up to the next {@code ##} belong to it: skip them silently. */
	private boolean resyncing;

	private int skippedWhileResyncing;

	/** Creates a decoder for data segments of up to 1024 bytes. */
	public Hj212FrameDecoder() {
		this(DEFAULT_MAX_DATA_LENGTH);
	}

	/**
	 * Creates a decoder.
	 * @param maxDataLength the longest data segment accepted, 0..9999
	 */
	public Hj212FrameDecoder(int maxDataLength) {
		if (maxDataLength < 0 || maxDataLength > 9999) {
			throw new IllegalArgumentException("maxDataLength must be 0..9999: " + maxDataLength);
		}
		this.maxDataLength = maxDataLength;
		this.maxBuffered = 2 * (HEADER + maxDataLength + TRAILER);
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		try {
			int marker = FrameScan.indexOfMarker(in, in.readerIndex());
			if (marker != in.readerIndex()) {
				skipUnframed(in, marker, out);
			}
			else if (in.readableBytes() >= HEADER) {
				decodeFrame(in, out);
			}
		}
		catch (RuntimeException ex) {
			log.error("HJ 212 decoder failed; input dropped", ex);
			out.add(new Hj212Rejection(Reason.MALFORMED, "decoder error: " + ex));
			in.skipBytes(in.readableBytes());
		}
	}

	@Override
	protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		if (!in.isReadable()) {
			return;
		}
		int start = in.readerIndex();
		if (FrameScan.indexOfMarker(in, start) == start) {
			out.add(new Hj212Rejection(Reason.TRUNCATED, "connection closed inside a frame: "
					+ FrameScan.preview(in, start, in.readableBytes())));
		}
		else if (!resyncing) {
			out.add(garbage(in, start, in.readableBytes()));
		}
		in.skipBytes(in.readableBytes());
	}

	/**
	 * How many received bytes wait for the rest of a frame; bounded by twice the maximum frame.
	 * @return the bytes held, 0 when everything received has been passed on
	 */
	public int bufferedBytes() {
		return actualReadableBytes();
	}

	private void skipUnframed(ByteBuf in, int marker, List<Object> out) {
		int start = in.readerIndex();
		// Complete lines with no frame after them are reported now: a logger that sent a packet
		// without "##" and the length waits for an answer and sends nothing more.
		int lineEnd = (marker < 0 && !resyncing) ? in.indexOf(in.writerIndex(), start, (byte) '\n') : -1;
		if (marker < 0 && lineEnd < 0 && !resyncing && in.readableBytes() <= maxBuffered) {
			return;
		}
		boolean lastByteMayStartMarker = in.getByte(in.writerIndex() - 1) == '#';
		int end = (marker >= 0) ? marker : (lineEnd >= 0) ? lineEnd + 1
				: in.writerIndex() - (lastByteMayStartMarker ? 1 : 0);
		int count = end - start;
		if (resyncing) {
			skippedWhileResyncing += count;
			resyncing = marker < 0 && skippedWhileResyncing <= maxBuffered;
		}
		else {
			out.add(garbage(in, start, count));
		}
		in.skipBytes(count);
	}

	private void decodeFrame(ByteBuf in, List<Object> out) {
		int length = FrameScan.declaredLength(in, in.readerIndex());
		int dataStart = in.readerIndex() + HEADER;
		int byteEnd = dataStart + length;
		int trailer = (length < 0 || length > maxDataLength) ? BAD : FrameScan.trailerAt(in, byteEnd);
		if (length < 0) {
			reject(in, out, Reason.BAD_LENGTH, "length field is not four digits");
		}
		else if (length > maxDataLength) {
			reject(in, out, Reason.TOO_LONG, "declared length " + length + " exceeds " + maxDataLength);
		}
		else if (trailer > 0) {
			emitUnlessLineFeed(in, out, byteEnd, trailer, false);
		}
		else if (trailer == MORE) {
			awaitMore(in, out, dataStart, byteEnd);
		}
		else {
			decodeCharacterLength(in, out, length, byteEnd);
		}
	}

	private void decodeCharacterLength(ByteBuf in, List<Object> out, int length, int byteEnd) {
		int dataStart = in.readerIndex() + HEADER;
		int charEnd = FrameScan.charEnd(in, dataStart, length);
		int trailer = (charEnd > byteEnd) ? FrameScan.trailerAt(in, charEnd) : BAD;
		if (charEnd < 0 || trailer == MORE) {
			awaitMore(in, out, dataStart, (charEnd < 0) ? in.writerIndex() : charEnd);
		}
		else if (trailer > 0) {
			log.warn("HJ 212 length field {} counts characters, not the {} UTF-8 bytes", length,
					charEnd - dataStart);
			emitUnlessLineFeed(in, out, charEnd, trailer, true);
		}
		else {
			boolean crcThere = FrameScan.hexAt(in, byteEnd) || FrameScan.hexAt(in, charEnd);
			reject(in, out, crcThere ? Reason.BAD_TRAILER : Reason.BAD_LENGTH,
					crcThere ? "no CR LF after the CRC" : "declared length " + length + " does not end at a CRC");
		}
	}

	/** Waits for the rest of the frame unless it can no longer come. */
	private void awaitMore(ByteBuf in, List<Object> out, int dataStart, int dataEnd) {
		if (FrameScan.lineFeedIn(in, dataStart, dataEnd)) {
			reject(in, out, Reason.BAD_LENGTH, "declared length runs past the line end");
		}
		else if (in.readableBytes() > maxBuffered) {
			reject(in, out, Reason.TOO_LONG, "no frame end within " + in.readableBytes() + " bytes");
		}
	}

	/**
	 * A line feed inside the declared data means the length lies, as {@link #awaitMore} decides too;
	 * so a frame is judged alike whatever the read boundaries (found by fuzzing).
	 */
	private void emitUnlessLineFeed(ByteBuf in, List<Object> out, int dataEnd, int trailerLength,
			boolean lengthInCharacters) {
		if (FrameScan.lineFeedIn(in, in.readerIndex() + HEADER, dataEnd)) {
			reject(in, out, Reason.BAD_LENGTH, "declared length runs past the line end");
		}
		else {
			emit(in, out, dataEnd, trailerLength, lengthInCharacters);
		}
	}

	private void emit(ByteBuf in, List<Object> out, int dataEnd, int trailerLength, boolean lengthInCharacters) {
		int dataStart = in.readerIndex() + HEADER;
		byte[] data = new byte[dataEnd - dataStart];
		in.getBytes(dataStart, data);
		String crc = in.toString(dataEnd, 4, StandardCharsets.US_ASCII);
		if (trailerLength < TRAILER) {
			log.debug("HJ 212 frame ends with a bare LF");
		}
		in.readerIndex(dataEnd + trailerLength);
		resyncing = false;
		out.add(new Hj212Frame(data, crc, lengthInCharacters));
	}

	private void reject(ByteBuf in, List<Object> out, Reason reason, String detail) {
		int start = in.readerIndex();
		int kept = Math.min(in.readableBytes(), HEADER + maxDataLength + TRAILER);
		out.add(new Hj212Rejection(reason, detail + ": " + FrameScan.preview(in, start, in.readableBytes()),
				in.toString(start, kept, StandardCharsets.UTF_8)));
		in.skipBytes(2);
		resyncing = true;
		skippedWhileResyncing = 0;
	}

	private Hj212Rejection garbage(ByteBuf in, int start, int count) {
		String detail = count + " bytes outside any frame: " + FrameScan.preview(in, start, count);
		return new Hj212Rejection(Reason.GARBAGE, detail,
				in.toString(start, Math.min(count, maxBuffered), StandardCharsets.UTF_8));
	}

}

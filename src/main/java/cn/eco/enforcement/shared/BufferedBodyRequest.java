package cn.eco.enforcement.shared;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter has read in advance (to check or count it) and hands on unchanged
 * or rewritten: every read of the stream or reader starts at the first byte of those bytes.
 */
public class BufferedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final Charset defaultCharset;

	/**
	 * @param defaultCharset how {@link #getReader()} decodes when the request names no encoding
	 */
	public BufferedBodyRequest(HttpServletRequest request, byte[] body, Charset defaultCharset) {
		super(request);
		this.body = body;
		this.defaultCharset = defaultCharset;
	}

	/** The bytes served as the body. */
	protected byte[] body() {
		return body;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream bytes = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return bytes.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return bytes.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return bytes.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("A buffered body is read blocking");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		return new BufferedReader(
				new InputStreamReader(getInputStream(), encoding == null ? defaultCharset : Charset.forName(encoding)));
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

}

package cn.eco.enforcement.identity.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A webapp login request whose form body has been read to learn the user name, and is served again
 * unchanged to the login resource. Only the first 8 KB are kept: a real login form is a few dozen
 * bytes, and the throttle must not buffer whatever a caller sends.
 */
final class LoginForm extends HttpServletRequestWrapper {

	private static final int MAX_BYTES = 8 * 1024;

	private final byte[] body;

	private final String username;

	private LoginForm(HttpServletRequest request, byte[] body, String username) {
		super(request);
		this.body = body;
		this.username = username;
	}

	static LoginForm read(HttpServletRequest request) throws IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BYTES);
		Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
				: Charset.forName(request.getCharacterEncoding());
		return new LoginForm(request, body, LoginThrottleFilter.formField(body, charset, "username"));
	}

	String username() {
		return username;
	}

	/** The whole form as it came: what the throttle remembers (as a digest) once it succeeded. */
	String credentials() {
		return new String(body, StandardCharsets.ISO_8859_1);
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
				throw new UnsupportedOperationException("login forms are read blocking");
			}

		};
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		return new BufferedReader(new InputStreamReader(getInputStream(),
				encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
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

package cn.eco.enforcement.identity.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.shared.BufferedBodyRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A webapp login request whose form body has been read to learn the user name, and is served again
 * unchanged to the login resource. Only the first 8 KB are kept: a real login form is a few dozen
 * bytes, and the throttle must not buffer whatever a caller sends.
 */
final class LoginForm extends BufferedBodyRequest {

	private static final int MAX_BYTES = 8 * 1024;

	private final String username;

	private LoginForm(HttpServletRequest request, byte[] body, String username) {
		super(request, body, StandardCharsets.UTF_8);
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
		return new String(body(), StandardCharsets.ISO_8859_1);
	}

}

package cn.eco.enforcement.support;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) shared by the integration tests; can be stopped to simulate an outage. */
public final class TestMailServer {

	private static final int PORT = freePort();

	private static GreenMail server;

	private TestMailServer() {
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	public static int port() {
		return PORT;
	}

	/** Stops the server: connections are refused until {@link #get()} starts it again. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

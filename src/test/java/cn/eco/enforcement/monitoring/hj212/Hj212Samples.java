package cn.eco.enforcement.monitoring.hj212;

import java.nio.charset.StandardCharsets;

/**
 * Data segments and frames the tests share, starting with the standard's own CRC examples.
 */
final class Hj212Samples {

	/** The standard's worked example (101 bytes, CRC 1C80). */
	static final String WORKED_EXAMPLE = "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;"
			+ "Flag=5;CP=&&RtdInterval=30&&";

	static final String WORKED_FRAME = "##0101" + WORKED_EXAMPLE + "1C80\r\n";

	/** The domain reference's second check value (77 bytes, CRC 0140). */
	static final String SECOND_CHECK = "QN=20170516010101001;ST=22;CN=2011;PW=123456;MN=ABCDEFG1234567;Flag=3;"
			+ "CP=&&&&";

	static final String SECOND_FRAME = "##0077" + SECOND_CHECK + "0140\r\n";

	/** A 2017 MN: 24 hex characters. */
	static final String MN_2017 = "010000A8900016F000169DC0";

	private Hj212Samples() {
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static Hj212Packet parse(String dataSegment) {
		return Hj212Parser.parse(bytes(dataSegment));
	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

/**
 * The properties every trial is checked against. A violation names one of them.
 */
enum Property {

	/** Nothing but the documented rejections comes out of decoder, parser or answer builder. */
	NO_EXCEPTION("no exception escapes the decoder, the parser or the answer builder"),
	/** A frame is accepted only with the standard CRC, computed independently. */
	CRC_SOUND("accepted ⇒ the standard CRC (DOMAIN.md §a.8, reference implementation) matches"),
	/** Every frame the decoder emits was on the wire between a header and a line end. */
	FRAMED_FROM_WIRE("every emitted frame appears on the wire as ##, length, data, CRC, line end"),
	/** Intact valid frames come out, whatever surrounds them. */
	VALID_FOUND("every intact valid frame is found (unless a preceding header's length swallowed it)"),
	/** An intact valid frame is accepted and parses to what was generated. */
	VALID_ROUND_TRIP("an intact valid frame is accepted and parses to the generated fields"),
	/** The decoder never holds more than twice the longest frame. */
	BOUNDED("the decoder buffers at most 2 × (header + max data + trailer) bytes after every read"),
	/** The frames found do not depend on how the stream was cut into reads. */
	READ_BOUNDARY_INDEPENDENT("the frames emitted are the same for any cut of the stream into reads"),
	/** A frame with exactly one data byte changed and the old CRC is never accepted. */
	ONE_BYTE_DETECTED("a single changed data byte under the original CRC is never accepted"),
	/** The platform's answers to a parsed packet are well-formed frames. */
	ANSWER_WELL_FORMED("9011/9014 answers are well-formed frames with the standard CRC that parse back");

	private final String statement;

	Property(String statement) {
		this.statement = statement;
	}

	String statement() {
		return statement;
	}

}

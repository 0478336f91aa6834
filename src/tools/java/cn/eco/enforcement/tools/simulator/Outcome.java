package cn.eco.enforcement.tools.simulator;

/**
 * What became of one packet sent with Flag bit A set.
 *
 * @param kind answered (9014), refused (9011 with QnRtn) or unanswered
 * @param qnRtn the QnRtn of a refusal, otherwise null
 * @param detail why a packet went unanswered, otherwise null
 */
record Outcome(Kind kind, Integer qnRtn, String detail) {

	enum Kind {

		ANSWERED, REFUSED, UNANSWERED

	}

	static Outcome answered() {
		return new Outcome(Kind.ANSWERED, null, null);
	}

	static Outcome refused(int qnRtn) {
		return new Outcome(Kind.REFUSED, qnRtn, null);
	}

	static Outcome unanswered(String detail) {
		return new Outcome(Kind.UNANSWERED, null, detail);
	}

	@Override
	public String toString() {
		return switch (kind) {
			case ANSWERED -> "9014";
			case REFUSED -> "9011 QnRtn=" + qnRtn;
			case UNANSWERED -> "no answer (" + detail + ")";
		};
	}

}

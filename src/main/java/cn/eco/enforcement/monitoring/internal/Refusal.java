package cn.eco.enforcement.monitoring.internal;

/**
 * Why a packet is refused: the reason recorded (at most 30 characters) and the detail people read.
 * A refusal is answered 9011 with QnRtn 2 (rejected) unless it says otherwise.
 */
record Refusal(String reason, String detail) {
}

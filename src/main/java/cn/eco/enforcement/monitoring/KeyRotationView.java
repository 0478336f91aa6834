package cn.eco.enforcement.monitoring;

/**
 * A key rotation sent to a logger (CN 1014); never the key itself.
 *
 * @param mn the logger
 * @param qn the request's QN, which the logger's confirmation echoes
 * @param status PENDING until the logger confirms, when the new key comes into force
 */
public record KeyRotationView(String mn, String qn, String status) {
}

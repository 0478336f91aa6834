package cn.eco.enforcement.monitoring.hj212;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed HJ 212 data segment. Header fields are raw strings as sent (null when absent); the CP data
 * area is split into the DataTime, per-factor items and the remaining plain fields.
 *
 * @param qn request id {@code YYYYMMDDhhmmsszzz}, often absent in uploads
 * @param st system code; unknown codes are kept
 * @param cn command code
 * @param pw access password
 * @param mn device id, any length
 * @param flag the Flag value 0..255, or null when absent
 * @param pnum total parts of a split upload, or null
 * @param pno this part's number from 1, or null
 * @param dataTime the CP {@code DataTime} as sent ({@code YYYYMMDDhhmmss}, sometimes with
 * milliseconds), or null
 * @param items the {@code <code>-<suffix>} fields grouped by canonical factor code, in arrival order
 * @param other the CP fields without a dash ({@code QnRtn}, {@code ExeRtn}, {@code RtdInterval}, …)
 */
public record Hj212Packet(String qn, String st, String cn, String pw, String mn, Integer flag, Integer pnum,
		Integer pno, String dataTime, List<Hj212Item> items, Map<String, String> other) {

	public Hj212Packet {
		Objects.requireNonNull(cn, "cn");
		Objects.requireNonNull(mn, "mn");
		if (flag != null && !ProtocolVersion.isValidFlag(flag)) {
			throw new IllegalArgumentException("Flag must be 0..255 with known version bits: " + flag);
		}
		items = List.copyOf(items);
		other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
	}

	/**
	 * The HJ 212 edition, from the Flag version bits; without Flag, 2005 for a 14-character MN and 2017
	 * otherwise.
	 * @return the edition
	 */
	public ProtocolVersion version() {
		return ProtocolVersion.of(flag, mn);
	}

	/**
	 * Whether the sender wants an answer (Flag bit A); for uploads the platform answers 9014.
	 * @return true when Flag bit 0 is set
	 */
	public boolean answerRequested() {
		return flag != null && (flag & 1) != 0;
	}

	/**
	 * Whether this is one part of a split transmission, i.e. it carries PNUM or PNO. Flag bit D alone
	 * does not count: 2005-era loggers routinely send Flag=3 without part numbers.
	 * @return true for a part
	 */
	public boolean split() {
		return pnum != null || pno != null;
	}

	/**
	 * The DataTime as an instant; devices send local time, in China {@code Asia/Shanghai}.
	 * @param zone the zone of the device clock
	 * @return the instant, or null when the packet has no DataTime
	 */
	public Instant dataTimeAt(ZoneId zone) {
		return (dataTime != null) ? DataTimes.parse(dataTime).atZone(zone).toInstant() : null;
	}

	/**
	 * The item of one factor.
	 * @param factorCode the canonical factor code
	 * @return the item, or empty when the packet carries no field of that factor
	 */
	public Optional<Hj212Item> item(String factorCode) {
		return items.stream().filter((item) -> item.factorCode().equals(factorCode)).findFirst();
	}

}

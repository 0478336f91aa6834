package cn.eco.enforcement.monitoring.hj212;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A well-framed packet as it came off the wire: {@code ##}, length, this data segment, this CRC, line
 * end. The CRC is not checked yet; the receiver checks it with the variants it allows for the
 * device. The array is shared, not copied: treat it as read-only.
 *
 * @param dataSegment the bytes between the length field and the CRC
 * @param crcHex the four hex digits the packet carried, case as sent
 */
public record Hj212Frame(byte[] dataSegment, String crcHex) {

	public Hj212Frame {
		Objects.requireNonNull(dataSegment, "dataSegment");
		Objects.requireNonNull(crcHex, "crcHex");
	}

	/**
	 * The data segment as text.
	 * @return the data segment decoded as UTF-8
	 */
	public String text() {
		return new String(dataSegment, StandardCharsets.UTF_8);
	}

	/**
	 * Which allowed CRC variant the carried CRC matches.
	 * @param allowed the variants tolerated for the sending device
	 * @return the matching variant, standard first, or empty when the CRC is wrong
	 */
	public Optional<CrcVariant> crcVariant(Set<CrcVariant> allowed) {
		return Hj212Crc.matches(dataSegment, crcHex, allowed);
	}

	/**
	 * Whether the carried CRC matches one of the allowed variants.
	 * @param allowed the variants tolerated for the sending device
	 * @return true when one of them reproduces the CRC
	 */
	public boolean crcValid(Set<CrcVariant> allowed) {
		return crcVariant(allowed).isPresent();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Hj212Frame frame && Arrays.equals(dataSegment, frame.dataSegment)
				&& crcHex.equals(frame.crcHex);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(dataSegment) + crcHex.hashCode();
	}

	@Override
	public String toString() {
		return "Hj212Frame[" + text() + ", crc=" + crcHex + "]";
	}

}

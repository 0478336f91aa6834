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
 * @param lengthInCharacters the length field counted characters, not the UTF-8 bytes the standard
 * asks for (tolerated for 2005 and 2017 senders; HJ 212-2025 counts bytes)
 */
public record Hj212Frame(byte[] dataSegment, String crcHex, boolean lengthInCharacters) {

	public Hj212Frame {
		Objects.requireNonNull(dataSegment, "dataSegment");
		Objects.requireNonNull(crcHex, "crcHex");
	}

	/**
	 * A frame whose length field counted UTF-8 bytes.
	 * @param dataSegment the bytes between the length field and the CRC
	 * @param crcHex the four hex digits the packet carried, case as sent
	 */
	public Hj212Frame(byte[] dataSegment, String crcHex) {
		this(dataSegment, crcHex, false);
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
				&& crcHex.equals(frame.crcHex) && lengthInCharacters == frame.lengthInCharacters;
	}

	@Override
	public int hashCode() {
		return 31 * (31 * Arrays.hashCode(dataSegment) + crcHex.hashCode()) + Boolean.hashCode(lengthInCharacters);
	}

	@Override
	public String toString() {
		return "Hj212Frame[" + text() + ", crc=" + crcHex + (lengthInCharacters ? ", length in characters" : "") + "]";
	}

}

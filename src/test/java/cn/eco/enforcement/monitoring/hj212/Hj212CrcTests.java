package cn.eco.enforcement.monitoring.hj212;

import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.SECOND_CHECK;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.WORKED_EXAMPLE;
import static cn.eco.enforcement.monitoring.hj212.Hj212Samples.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class Hj212CrcTests {

	private static final Set<CrcVariant> STRICT = EnumSet.of(CrcVariant.STANDARD);

	@Test
	void computesTheStandardsWorkedExample() {
		byte[] data = bytes(WORKED_EXAMPLE);

		assertThat(data).hasSize(101);
		assertThat(Hj212Crc.hex(Hj212Crc.of(data))).isEqualTo("1C80");
		assertThat(Hj212Crc.hex(CrcVariant.MODBUS.compute(data))).isEqualTo("0759");
	}

	@Test
	void registerTakesTheStandardsIntermediateValues() {
		byte[] data = bytes(WORKED_EXAMPLE);
		List<String> registers = new ArrayList<>();
		int register = Hj212Crc.INITIAL;
		for (byte b : data) {
			register = Hj212Crc.update(register, b);
			registers.add(Hj212Crc.hex(register));
		}

		assertThat(registers.subList(0, 4)).containsExactly("BC81", "8581", "7200", "F001");
		assertThat(registers.get(data.length - 2)).isEqualTo("0880");
		assertThat(registers.get(data.length - 1)).isEqualTo("1C80");
	}

	@Test
	void computesTheSecondCheckValue() {
		byte[] data = bytes(SECOND_CHECK);

		assertThat(data).hasSize(77);
		assertThat(Hj212Crc.hex(Hj212Crc.of(data))).isEqualTo("0140");
	}

	@Test
	void formatsFourUpperCaseHexDigits() {
		assertThat(Hj212Crc.hex(0x140)).isEqualTo("0140");
		assertThat(Hj212Crc.hex(0xabcd)).isEqualTo("ABCD");
	}

	@Test
	void acceptsALowerCaseCrc() {
		assertThat(Hj212Crc.matches(bytes(WORKED_EXAMPLE), "1c80", STRICT)).contains(CrcVariant.STANDARD);
	}

	@Test
	void matchesAVendorVariantOnlyWhenItIsAllowed() {
		byte[] data = bytes(WORKED_EXAMPLE);

		assertThat(Hj212Crc.matches(data, "0759", STRICT)).isEmpty();
		assertThat(Hj212Crc.matches(data, "0759", EnumSet.of(CrcVariant.STANDARD, CrcVariant.MODBUS)))
			.contains(CrcVariant.MODBUS);
		assertThat(Hj212Crc.matches(data, "5907", EnumSet.of(CrcVariant.MODBUS))).isEmpty();
		assertThat(Hj212Crc.matches(data, "5907", EnumSet.allOf(CrcVariant.class)))
			.contains(CrcVariant.MODBUS_SWAPPED);
		assertThat(Hj212Crc.matches(data, "1C80", EnumSet.allOf(CrcVariant.class))).contains(CrcVariant.STANDARD);
	}

	@Test
	void rejectsACrcFieldThatIsNotFourHexDigits() {
		byte[] data = bytes(WORKED_EXAMPLE);
		Set<CrcVariant> all = EnumSet.allOf(CrcVariant.class);

		assertThat(Hj212Crc.matches(data, "1C8", all)).isEmpty();
		assertThat(Hj212Crc.matches(data, "01C80", all)).isEmpty();
		assertThat(Hj212Crc.matches(data, "1C8G", all)).isEmpty();
		assertThat(Hj212Crc.matches(data, "+759", all)).isEmpty();
		assertThat(Hj212Crc.matches(data, null, all)).isEmpty();
	}

	@Test
	void everySingleChangedByteChangesTheCrc() {
		byte[] data = bytes(WORKED_EXAMPLE);
		int original = Hj212Crc.of(data);
		for (int i = 0; i < data.length; i++) {
			byte kept = data[i];
			for (int replacement = 0x20; replacement < 0x7F; replacement++) {
				if (replacement != kept) {
					data[i] = (byte) replacement;
					assertThat(Hj212Crc.of(data)).as("byte %d as %c", i, replacement).isNotEqualTo(original);
				}
			}
			data[i] = kept;
		}
	}

	@Test
	void frameChecksItsCrcAgainstTheAllowedVariants() {
		Hj212Frame frame = new Hj212Frame(bytes(WORKED_EXAMPLE), "0759");

		assertThat(frame.crcValid(STRICT)).isFalse();
		assertThat(frame.crcVariant(EnumSet.of(CrcVariant.MODBUS))).contains(CrcVariant.MODBUS);
		assertThat(new Hj212Frame(bytes(WORKED_EXAMPLE), "1c80").crcValid(STRICT)).isTrue();
	}

}

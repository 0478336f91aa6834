package cn.eco.enforcement.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.eco.enforcement.monitoring.hj212.CpArea;
import cn.eco.enforcement.monitoring.hj212.CpCipher;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Encoding;
import cn.eco.enforcement.monitoring.hj212.CpCipher.Padding;
import cn.eco.enforcement.monitoring.hj212.CpDecryptionException;
import cn.eco.enforcement.monitoring.hj212.CrcVariant;
import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212FrameDecoder;
import cn.eco.enforcement.monitoring.hj212.Hj212Item;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import cn.eco.enforcement.monitoring.hj212.MnGrammar;
import cn.eco.enforcement.monitoring.hj212.ProtocolVersion;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code Hj212Simulator --standard 2025} as the platform's codec reads it: every demo device's twin
 * sends Flag=9 packets (split into Flag=11 parts where the ciphertext exceeds 1024 bytes) under a
 * 24-hex MN that the product's frame decoder takes off the wire, whose data areas decrypt with that
 * twin's own key to the same readings the demo device sends in clear, and not with another twin's key.
 */
class Simulator2025PacketsTests {

	private static final ZonedDateTime HOUR = ZonedDateTime.of(2026, 11, 28, 23, 0, 0, 0, ChinaTime.ZONE);

	private final PacketFactory packets = new PacketFactory(DemoDevices.PASSWORD);

	@ParameterizedTest
	@EnumSource(Padding.class)
	void everyTwinsPacketsDecryptWithItsKeyAndParseToTheDemoReadings(Padding padding) {
		Hj212Simulator.Sm4Setting sm4 = new Hj212Simulator.Sm4Setting(Encoding.BASE64, padding);
		List<DeviceProfile> demo = DemoDevices.all();
		List<SimulatedLogger> twins = Hj212Simulator.loggers(demo, sm4, 212, () -> null);
		List<SimulatedLogger> clear = Hj212Simulator.loggers(demo, null, 212, () -> null);
		assertThat(twins).hasSameSizeAs(demo);
		for (int i = 0; i < demo.size(); i++) {
			SimulatedLogger twin = twins.get(i);
			assertThat(twin.name()).isEqualTo(demo.get(i).mn());
			assertThat(MnGrammar.accepts2025(twin.device().mn())).isTrue();
			CpCipher key = DemoTwins.cipher(twin.device().mn(), Encoding.BASE64, padding);
			for (int kind = 0; kind < 3; kind++) {
				List<Upload.Part> parts = twin.parts(upload(kind, twin.device()));
				List<Hj212Item> items = new ArrayList<>();
				for (int p = 0; p < parts.size(); p++) {
					Hj212Frame frame = decode(parts.get(p).frame());
					String segment = frame.text();
					Hj212Packet header = Hj212Parser.parseHeader(frame.dataSegment()).orElseThrow();
					assertThat(header.version()).isEqualTo(ProtocolVersion.HJ212_2025);
					assertThat(header.mn()).isEqualTo(twin.device().mn());
					assertThat(header.qn()).isEqualTo(parts.get(p).qn());
					if (parts.size() == 1) {
						assertThat(header.flag()).isEqualTo(9);
					}
					else {
						assertThat(header.flag()).isEqualTo(11);
						assertThat(header.pnum()).isEqualTo(parts.size());
						assertThat(header.pno()).isEqualTo(p + 1);
					}
					String body = CpArea.of(segment).orElseThrow().body(segment);
					assertThat(body).doesNotContain("DataTime").doesNotContain("-Flag");

					Hj212Packet opened = Hj212Parser.parse(CpArea.of(segment).orElseThrow().replace(segment, key.decrypt(body)));
					assertThat(opened.dataTime()).isEqualTo("20261128230000");
					items.addAll(opened.items());
				}
				Hj212Packet inClear = Hj212Parser.parse(decode(clear.get(i).frame(upload(kind, demo.get(i)), "1")).dataSegment());
				assertThat(items).as("the parts' readings are the demo device's").isEqualTo(inClear.items());
			}
		}
	}

	@Test
	void aFlueGasTwinsHourIsSplitBecauseItsCiphertextExceeds1024Bytes() {
		List<SimulatedLogger> twins = Hj212Simulator.loggers(DemoDevices.all(),
				new Hj212Simulator.Sm4Setting(Encoding.HEX, Padding.ZERO), 212, () -> null);
		SimulatedLogger stack = twins.stream().filter(t -> t.name().equals(DemoScenario.FLAG_MN)).findFirst().orElseThrow();
		List<Upload.Part> parts = stack.parts(packets.hour(stack.device(), HOUR, Map.of(), new Random(1)));
		assertThat(parts).hasSizeGreaterThan(1);
		assertThat(parts).extracting(Upload.Part::qn).doesNotHaveDuplicates();
	}

	@Test
	void aTwinsDataAreaDoesNotOpenUnderAnotherTwinsKey() {
		List<SimulatedLogger> twins = Hj212Simulator.loggers(DemoDevices.all(),
				new Hj212Simulator.Sm4Setting(Encoding.BASE64, Padding.PKCS7), 212, () -> null);
		Hj212Frame frame = decode(twins.get(0).parts(packets.hour(twins.get(0).device(), HOUR, Map.of(), new Random(1)))
			.get(0)
			.frame());
		String body = CpArea.of(frame.text()).orElseThrow().body(frame.text());
		CpCipher other = DemoTwins.cipher(twins.get(1).device().mn(), Encoding.BASE64, Padding.PKCS7);
		assertThatExceptionOfType(CpDecryptionException.class).isThrownBy(() -> other.decrypt(body));
	}

	@Test
	void twinsHaveDistinct24HexNetworkCodesAndKeysAndTheDemoDevicesRegistryEntries() {
		List<DeviceProfile> demo = DemoDevices.all();
		Set<String> mns = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < demo.size(); i++) {
			String twin = DemoTwins.twinMn(i);
			assertThat(twin).hasSize(24).matches("[0-9A-F]{24}");
			mns.add(twin);
			keys.add(java.util.HexFormat.of().formatHex(DemoTwins.key(twin)));
			DemoTwins.Registration registration = DemoTwins.registration(demo.get(i).mn());
			assertThat(registration.enterpriseCode() == null).isNotEqualTo(registration.stationCode() == null);
		}
		assertThat(mns).hasSize(demo.size());
		assertThat(keys).hasSize(demo.size());
		assertThat(DemoTwins.registration(DemoScenario.EXCEEDANCE_MN).limits()).containsEntry("w01018", 50.0);
	}

	@Test
	void theStandardIsChosenOnTheCommandLine() {
		Set<String> names = Set.of("standard", "sm4-encoding", "sm4-padding");
		assertThat(Hj212Simulator.sm4Setting(CommandLine.parse(new String[0], names))).isNull();
		assertThat(Hj212Simulator.sm4Setting(CommandLine.parse(new String[] { "--standard", "2025" }, names)))
			.isEqualTo(new Hj212Simulator.Sm4Setting(Encoding.BASE64, Padding.ZERO));
		assertThat(Hj212Simulator.sm4Setting(CommandLine.parse(
				new String[] { "--standard", "2025", "--sm4-encoding", "hex", "--sm4-padding", "PKCS7" }, names)))
			.isEqualTo(new Hj212Simulator.Sm4Setting(Encoding.HEX, Padding.PKCS7));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Hj212Simulator.sm4Setting(CommandLine.parse(new String[] { "--sm4-encoding", "HEX" }, names)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Hj212Simulator.sm4Setting(CommandLine.parse(new String[] { "--standard", "2020" }, names)));
	}

	private Upload upload(int kind, DeviceProfile device) {
		return switch (kind) {
			case 0 -> packets.realtime(device, HOUR, new Random(7));
			case 1 -> packets.minute(device, HOUR, new Random(7));
			default -> packets.hour(device, HOUR, Map.of(), new Random(7));
		};
	}

	/** The frame as the platform's decoder takes it off the wire, with its CRC checked. */
	private static Hj212Frame decode(String wire) {
		EmbeddedChannel channel = new EmbeddedChannel(new Hj212FrameDecoder());
		channel.writeInbound(Unpooled.copiedBuffer(wire, StandardCharsets.UTF_8));
		Object decoded = channel.readInbound();
		channel.finishAndReleaseAll();
		assertThat(decoded).isInstanceOf(Hj212Frame.class);
		Hj212Frame frame = (Hj212Frame) decoded;
		assertThat(frame.lengthInCharacters()).isFalse();
		assertThat(frame.crcValid(EnumSet.of(CrcVariant.STANDARD))).isTrue();
		return frame;
	}

}

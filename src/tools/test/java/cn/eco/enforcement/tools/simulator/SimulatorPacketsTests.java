package cn.eco.enforcement.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import cn.eco.enforcement.monitoring.hj212.CrcVariant;
import cn.eco.enforcement.monitoring.hj212.Hj212Crc;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import org.junit.jupiter.api.Test;

/** The tools' packets as the platform's own codec reads them, and the answers as the tools read them. */
class SimulatorPacketsTests {

	private static final ZonedDateTime HOUR = ZonedDateTime.of(2026, 11, 28, 23, 0, 0, 0, ChinaTime.ZONE);

	private final PacketFactory packets = new PacketFactory("123456");

	@Test
	void everyDemoPacketFitsTheStandardAndParsesWithAValidCrc() {
		for (DeviceProfile device : DemoDevices.all()) {
			for (Upload upload : List.of(packets.realtime(device, HOUR, new Random(1)),
					packets.minute(device, HOUR, new Random(1)), packets.hour(device, HOUR, Map.of(), new Random(1)))) {
				String frame = upload.frame("20261128230000001");
				Hj212Packet packet = parse(frame);
				assertThat(packet.mn()).isEqualTo(device.mn());
				assertThat(packet.answerRequested()).isTrue();
				assertThat(packet.dataTime()).isEqualTo("20261128230000");
				assertThat(packet.items()).hasSize(device.factors().size());
				assertThat(packet.items()).allSatisfy(item -> assertThat(item.value("Flag")).hasValue("N"));
			}
		}
	}

	@Test
	void hourDataCarryAnomaliesAndFlueGasConvertedValues() {
		DeviceProfile stack = device(DemoScenario.FLAG_MN);
		Hj212Packet packet = parse(packets.hour(stack, HOUR, Map.of("a21026", Anomaly.flag("D")), new Random(1)).frame("1"));
		assertThat(packet.item("a21026").orElseThrow().value("Flag")).hasValue("D");
		assertThat(packet.item("a21026").orElseThrow().value("ZsAvg")).isPresent();

		DeviceProfile outlet = device(DemoScenario.FLAT_LINE_MN);
		Hj212Packet flat = parse(packets.hour(outlet, HOUR, Map.of("w01018", Anomaly.stuck(31.6)), new Random(1)).frame("1"));
		assertThat(flat.item("w01018").orElseThrow().values()).containsEntry("Min", "31.6")
			.containsEntry("Avg", "31.6")
			.containsEntry("Max", "31.6");
		assertThat(flat.item("w00000").orElseThrow().value("Cou")).isPresent();
	}

	@Test
	void normalDemoValuesStayWellUnderTheLimits() {
		Map<String, Double> limits = Map.of("w01018", 50.0, "w21003", 5.0, "a34004", 60.0, "a24088", 4.0, "a34041", 2.0);
		Random random = new Random(5);
		for (DeviceProfile device : DemoDevices.all()) {
			for (FactorProfile factor : device.factors()) {
				for (int i = 0; i < 2000; i++) {
					double value = factor.sample(HOUR.plusMinutes(i * 7L), random);
					assertThat(value).isPositive();
					if (limits.containsKey(factor.code())) {
						assertThat(value * Math.max(1, factor.conversion())).isLessThan(limits.get(factor.code()) * 0.8);
					}
				}
			}
		}
	}

	@Test
	void aWrongCrcFailsTheStandardCheck() {
		String frame = Upload.withWrongCrc(packets.realtime(device(DemoScenario.BAD_INPUT_MN), HOUR, new Random(1)).frame("1"));
		String segment = frame.substring(6, frame.length() - 6);
		assertThat(Hj212Crc.matches(segment.getBytes(StandardCharsets.UTF_8), frame.substring(frame.length() - 6, frame.length() - 2),
				EnumSet.allOf(CrcVariant.class)))
			.isEmpty();
	}

	@Test
	void readsThePlatformsAnswers() {
		Hj212Packet upload = parse(packets.realtime(device(DemoScenario.BAD_INPUT_MN), HOUR, new Random(1)).frame("20261128230000123"));

		Answer data = Answer.parse(strip(Hj212Messages.dataAnswer(upload, HOUR)));
		Answer refusal = Answer.parse(strip(Hj212Messages.requestAnswer(upload, 9)));

		assertThat(data).isEqualTo(new Answer("20261128230000123", "9014", DemoScenario.BAD_INPUT_MN, null, true));
		assertThat(refusal).isEqualTo(new Answer("20261128230000123", "9011", DemoScenario.BAD_INPUT_MN, 9, true));
	}

	@Test
	void benchmarkPacketsHaveUniqueMillisecondDataTimesAndFitWithAllFactors() {
		BenchDevice device = new BenchDevice("BENCH0001", "123456");
		SplittableRandom random = new SplittableRandom(1);
		Hj212Packet first = parse(device.minutePacket(BenchFactors.ALL, random).frame("1"));
		Hj212Packet second = parse(device.minutePacket(BenchFactors.ALL, random).frame("2"));
		assertThat(first.dataTime()).hasSize(17);
		assertThat(second.dataTime()).isGreaterThan(first.dataTime());
		assertThat(first.items()).hasSize(BenchFactors.ALL.size());
	}

	@Test
	void formatsDecimalsLikeLoggers() {
		assertThat(Decimals.format(72, 1)).isEqualTo("72.0");
		assertThat(Decimals.format(0.0849, 3)).isEqualTo("0.085");
		assertThat(Decimals.format(94.6, 0)).isEqualTo("95");
		assertThat(Decimals.format(-0.35, 2)).isEqualTo("-0.35");
		assertThat(Decimals.format(0.004, 4)).isEqualTo("0.0040");
	}

	@Test
	void parsesOptions() {
		CommandLine options = CommandLine.parse(new String[] { "--port", "9295", "--jdbc-password", "", "--skip-register" },
				Set.of("port", "jdbc-password", "skip-register"));
		assertThat(options.integer("port", 9212)).isEqualTo(9295);
		assertThat(options.text("jdbc-password", "x")).isEmpty();
		assertThat(options.has("skip-register")).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse(new String[] { "--nope" }, Set.of("port")));
		assertThat(Hj212Benchmark.enterpriseCode(31)).isEqualTo("ENT-0001");
		assertThat(JdbcBaseline.withBatchRewrite("jdbc:postgresql://h/db")).endsWith("?reWriteBatchedInserts=true");
	}

	private static Hj212Packet parse(String frame) {
		String segment = frame.substring(6, frame.length() - 6);
		byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).isLessThanOrEqualTo(Upload.MAX_SEGMENT_BYTES);
		assertThat(frame.substring(2, 6)).isEqualTo(String.format("%04d", bytes.length));
		assertThat(Hj212Crc.matches(bytes, frame.substring(frame.length() - 6, frame.length() - 2), EnumSet.of(CrcVariant.STANDARD)))
			.isPresent();
		return Hj212Parser.parse(bytes);
	}

	private static String strip(String frame) {
		return frame.substring(0, frame.length() - 2);
	}

	private static DeviceProfile device(String mn) {
		return DemoDevices.all().stream().filter(d -> d.mn().equals(mn)).findFirst().orElseThrow();
	}

}

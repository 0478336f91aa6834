package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.eco.enforcement.monitoring.hj212.Hj212Crc;
import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import org.junit.jupiter.api.Test;

/**
 * What HJ 212-2025 packets carry besides readings, read from whole frames as loggers send them: key
 * production conditions (ST=45, CN 2011) with their markers as sent, VOCs raw data (ST=27, CN 2013)
 * per factor with the spectrum file, and multimedia references; what the tables cannot hold is
 * refused, and the provisional field names can be replaced by configuration.
 */
class SupplementaryPacketsTests {

	static final String MN = "010000A8900016F000169DC0";

	@Test
	void productionConditionMarkersAreKeptExactlyAsSentWhateverTheyAre() {
		Hj212Packet packet = packet("45", "2011", "DataTime=20261207093000;p99101-Rtd=1;p99102-Rtd=S,p99102-Flag=N;p99103-Rtd=0.50");

		assertThat(SupplementaryPackets.claims(packet)).isTrue();
		SupplementaryPackets.Read read = SupplementaryPackets.read(packet, SupplementFields.defaults());

		assertThat(read.refusal()).isNull();
		assertThat(read.conditions()).containsExactly(new SupplementaryPackets.Condition("p99101", "1", null),
				new SupplementaryPackets.Condition("p99102", "S", "N"),
				new SupplementaryPackets.Condition("p99103", "0.50", null));
		assertThat(read.peaks()).isEmpty();
		assertThat(read.multimedia()).isEmpty();
	}

	@Test
	void onlyRawDataAndTheProductionConditionSystemAreClaimedOtherUploadsStayReadings() {
		assertThat(SupplementaryPackets.claims(packet("32", "2011", "w01018-Rtd=12"))).isFalse();
		assertThat(SupplementaryPackets.claims(packet("44", "2011", "d20405-Rtd=12"))).isFalse();
		assertThat(SupplementaryPackets.claims(packet("45", "2051", "p99101-Avg=1"))).isFalse();
		assertThat(SupplementaryPackets.claims(packet("27", "2013", "a24088-RT=1"))).isTrue();
		assertThat(SupplementaryPackets.claims(packet("32", "2013", "w01018-RT=1"))).isTrue();
	}

	@Test
	void vocsRawDataHaveEachFactorsPeakAndTheSpectrumFileOfTheAnalysis() {
		Hj212Packet packet = packet("27", "2013", "DataTime=20261207090000;SpectrumFile=/spectra/20261207090000.cdf;"
				+ "a24088-RT=3.215,a24088-PeakArea=125034.5,a24088-PeakHeight=8821,a24088-Flag=N;"
				+ "a25002-RT=7.9,a25002-PeakArea=5521.25,a25002-PeakHeight=410.5,a25002-SpectrumFile=/spectra/b.cdf;"
				+ "a25003-Avg=0.3");

		SupplementaryPackets.Read read = SupplementaryPackets.read(packet, SupplementFields.defaults());

		assertThat(read.refusal()).isNull();
		assertThat(read.peaks()).hasSize(2).as("a factor without a peak field is no raw datum");
		SupplementaryPackets.VocsPeak first = read.peaks().get(0);
		assertThat(first.factorCode()).isEqualTo("a24088");
		assertThat(first.retentionTime()).isEqualByComparingTo("3.215");
		assertThat(first.peakArea()).isEqualByComparingTo("125034.5");
		assertThat(first.peakHeight()).isEqualByComparingTo(new BigDecimal(8821));
		assertThat(first.spectrumFile()).as("the analysis's file").isEqualTo("/spectra/20261207090000.cdf");
		assertThat(first.flag()).isEqualTo("N");
		assertThat(read.peaks().get(1).spectrumFile()).as("a factor's own file wins").isEqualTo("/spectra/b.cdf");
	}

	@Test
	void aMultimediaReferenceIsReadWithItsNameTypeSizeAndDigest() {
		Hj212Packet packet = packet("27", "2013", "DataTime=20261207090000;FileName=谱图20261207.png;FileType=image/png;"
				+ "FileSize=48213;FileDigest=9b74c9897bac770ffc029102a200c5de;FileRef=https://logger.example/f/8812");

		SupplementaryPackets.Multimedia file = SupplementaryPackets.read(packet, SupplementFields.defaults()).multimedia()
			.orElseThrow();

		assertThat(file).isEqualTo(new SupplementaryPackets.Multimedia("谱图20261207.png", "image/png", 48213L,
				"9b74c9897bac770ffc029102a200c5de", "https://logger.example/f/8812"));
	}

	@Test
	void whatTheTablesCannotHoldIsRefusedWithItsFieldAndNothingIsRead() {
		assertThat(refusal("27", "2013", "a24088-RT=3.2,a24088-PeakArea=abc")).satisfies(r -> {
			assertThat(r.reason()).isEqualTo("VALUE_NOT_A_NUMBER");
			assertThat(r.detail()).contains("a24088-PeakArea=abc");
		});
		assertThat(refusal("27", "2013", "a24088-PeakHeight=1E17").reason()).isEqualTo("VALUE_OUT_OF_RANGE");
		assertThat(refusal("27", "2013", "FileName=a.jpg;FileSize=-3").reason()).isEqualTo("VALUE_NOT_A_NUMBER");
		assertThat(refusal("45", "2011", "p99101-Rtd=" + "X".repeat(65)).reason()).isEqualTo("FIELD_TOO_LONG");
		assertThat(refusal("45", "2011", "p99101-Rtd=1,p99101-Flag=TOOLONG").reason()).isEqualTo("FLAG_TOO_LONG");
	}

	@Test
	void theProvisionalFieldNamesAreReplacedByConfiguration() {
		SupplementFields fields = new SupplementFields("Rtd", "RetTime", "Area", "Height", "Chromatogram", "Name", "Type",
				"Size", "Md5", "Url");
		Hj212Packet packet = packet("27", "2013", "Chromatogram=/c/1.cdf;a24088-RetTime=1.5,a24088-Area=20,a24088-Height=3;"
				+ "Name=x.mp4;Size=10;Md5=abc;Url=/v/x.mp4;Type=video/mp4");

		SupplementaryPackets.Read read = SupplementaryPackets.read(packet, fields);

		assertThat(read.peaks()).singleElement().satisfies(p -> {
			assertThat(p.retentionTime()).isEqualByComparingTo("1.5");
			assertThat(p.spectrumFile()).isEqualTo("/c/1.cdf");
		});
		assertThat(read.multimedia().orElseThrow().reference()).isEqualTo("/v/x.mp4");
		assertThat(SupplementaryPackets.read(packet, SupplementFields.defaults()).peaks()).isEmpty();
	}

	private static Refusal refusal(String st, String cn, String cp) {
		SupplementaryPackets.Read read = SupplementaryPackets.read(packet(st, cn, cp), SupplementFields.defaults());
		assertThat(read.conditions()).isEmpty();
		assertThat(read.peaks()).isEmpty();
		assertThat(read.multimedia()).isEmpty();
		assertThat(read.refusal()).isNotNull();
		return read.refusal();
	}

	/** The packet as the platform reads it from a whole 2025 frame (Flag=9) with its CRC. */
	private static Hj212Packet packet(String st, String cn, String cp) {
		String frame = Hj212Messages.frame("QN=20261207093000123;ST=" + st + ";CN=" + cn + ";PW=123456;MN=" + MN
				+ ";Flag=9;CP=&&" + cp + "&&");
		byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
		byte[] segment = Arrays.copyOfRange(bytes, 6, bytes.length - 6);
		assertThat(frame).as("length and CRC as a logger frames it").startsWith(String.format("##%04d", segment.length))
			.endsWith(Hj212Crc.hex(Hj212Crc.of(segment)) + "\r\n");
		return Hj212Parser.parse(segment);
	}

}

package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.hj212.Hj212Item;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;

/**
 * Reads what HJ 212-2025 packets carry besides readings (field names from {@link SupplementFields}):
 * key production conditions (ST=45 with CN 2011: each {@code p991xx-Rtd} state marker, kept as sent),
 * VOCs raw data (CN 2013: per factor retention time, peak area, peak height and spectrum file) and a
 * multimedia file reference (appendix H) in the data area of either. What a table could not hold is a
 * {@link Refusal}, as for readings: it would fail at every re-send.
 */
final class SupplementaryPackets {

	static final String PRODUCTION_CONDITIONS_ST = "45";

	static final String RAW_DATA_CN = "2013";

	/** Values of the raw-data columns, NUMERIC(22, 6), must stay below this. */
	private static final BigDecimal MAX_VALUE = new BigDecimal("1E16");

	private SupplementaryPackets() {
	}

	/**
	 * Whether the packet is one of these rather than readings: CN 2013 (raw data), or CN 2011 from the
	 * production-condition system (ST=45). Cheap: the HJ 212 intake asks for every packet.
	 */
	static boolean claims(Hj212Packet packet) {
		return RAW_DATA_CN.equals(packet.cn()) || ("2011".equals(packet.cn()) && PRODUCTION_CONDITIONS_ST.equals(packet.st()));
	}

	static Read read(Hj212Packet packet, SupplementFields fields) {
		try {
			List<Condition> conditions = new ArrayList<>();
			List<VocsPeak> peaks = new ArrayList<>();
			if (RAW_DATA_CN.equals(packet.cn())) {
				String packetSpectrum = text(packet.other().get(fields.spectrumFile()), 1000, fields.spectrumFile());
				for (Hj212Item item : packet.items()) {
					vocsPeak(item, fields, packetSpectrum).ifPresent(peaks::add);
				}
			}
			else {
				for (Hj212Item item : packet.items()) {
					Optional<String> marker = item.value(fields.conditionMarker());
					if (marker.isPresent()) {
						code(item);
						conditions.add(new Condition(item.factorCode(),
								text(marker.get(), 64, item.factorCode() + "-" + fields.conditionMarker()), flag(item)));
					}
				}
			}
			return new Read(conditions, peaks, multimedia(packet, fields), null);
		}
		catch (Unstorable ex) {
			return new Read(List.of(), List.of(), Optional.empty(), ex.refusal);
		}
	}

	private static Optional<VocsPeak> vocsPeak(Hj212Item item, SupplementFields fields, String packetSpectrum) {
		String rt = item.values().get(fields.retentionTime());
		String area = item.values().get(fields.peakArea());
		String height = item.values().get(fields.peakHeight());
		String spectrum = item.values().get(fields.spectrumFile());
		if (rt == null && area == null && height == null && spectrum == null) {
			return Optional.empty();
		}
		code(item);
		String name = item.factorCode() + "-";
		return Optional.of(new VocsPeak(item.factorCode(), number(rt, name + fields.retentionTime()),
				number(area, name + fields.peakArea()), number(height, name + fields.peakHeight()),
				spectrum != null ? text(spectrum, 1000, name + fields.spectrumFile()) : packetSpectrum, flag(item)));
	}

	private static Optional<Multimedia> multimedia(Hj212Packet packet, SupplementFields fields) {
		String name = packet.other().get(fields.fileName());
		String reference = packet.other().get(fields.fileReference());
		if (blank(name) && blank(reference)) {
			return Optional.empty();
		}
		String size = packet.other().get(fields.fileSize());
		Long bytes = null;
		if (size != null) {
			try {
				bytes = Long.valueOf(size.strip());
			}
			catch (NumberFormatException ex) {
				bytes = -1L;
			}
			if (bytes < 0) {
				throw new Unstorable(new Refusal("VALUE_NOT_A_NUMBER", "文件大小须为非负整数（字节）：" + fields.fileSize() + "=" + size));
			}
		}
		return Optional.of(new Multimedia(text(name, 255, fields.fileName()),
				text(packet.other().get(fields.fileType()), 32, fields.fileType()), bytes,
				text(packet.other().get(fields.fileDigest()), 128, fields.fileDigest()),
				text(reference, 1000, fields.fileReference())));
	}

	private static void code(Hj212Item item) {
		if (Reading.longerThan(item.factorCode(), Reading.FACTOR_CODE_LENGTH)) {
			throw new Unstorable(new Refusal("FACTOR_CODE_TOO_LONG",
					"监测因子编码过长（最多 " + Reading.FACTOR_CODE_LENGTH + " 个字符）：" + item.factorCode()));
		}
	}

	private static String flag(Hj212Item item) {
		String flag = item.values().get("Flag");
		if (flag != null && Reading.longerThan(flag, Reading.FLAG_LENGTH)) {
			throw new Unstorable(new Refusal("FLAG_TOO_LONG", "数据标记过长（最多 " + Reading.FLAG_LENGTH + " 个字符）："
					+ item.factorCode() + "-Flag=" + flag));
		}
		return flag;
	}

	private static BigDecimal number(String value, String field) {
		if (value == null) {
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Unstorable(new Refusal("VALUE_NOT_A_NUMBER", "数值无法识别：" + field + "=" + value));
		}
		if (number.abs().compareTo(MAX_VALUE) >= 0) {
			throw new Unstorable(new Refusal("VALUE_OUT_OF_RANGE", "数值超出范围（绝对值须小于 10^16）：" + field + "=" + value));
		}
		return number.setScale(6, RoundingMode.HALF_UP);
	}

	private static String text(String value, int max, String field) {
		if (value != null && value.length() > max) {
			throw new Unstorable(new Refusal("FIELD_TOO_LONG", "字段过长（最多 " + max + " 个字符）：" + field));
		}
		return blank(value) ? null : value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** What a packet carried; {@code refusal} set (and nothing else) when it cannot be stored as sent. */
	record Read(List<Condition> conditions, List<VocsPeak> peaks, Optional<Multimedia> multimedia, Refusal refusal) {
	}

	/** One production-condition field: its state marker as sent. */
	record Condition(String factorCode, String marker, String flag) {
	}

	/** One factor's chromatographic peak. */
	record VocsPeak(String factorCode, BigDecimal retentionTime, BigDecimal peakArea, BigDecimal peakHeight,
			String spectrumFile, String flag) {
	}

	/** A multimedia file reference. */
	record Multimedia(String fileName, String fileType, Long fileSize, String digest, String reference) {

		String key() {
			return reference != null ? reference : fileName;
		}

	}

	private static final class Unstorable extends RuntimeException {

		private final Refusal refusal;

		Unstorable(Refusal refusal) {
			super(refusal.detail(), null, false, false);
			this.refusal = refusal;
		}

	}

}

package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.eco.enforcement.monitoring.hj212.FactorCodes;
import cn.eco.enforcement.monitoring.hj212.ProtocolVersion;

/**
 * Random valid HJ 212 packets of the 2005, 2017 and 2025 editions: header fields present or left
 * out as real loggers do, split uploads, real-time and period data with 2005 or 2017 factor codes,
 * facility states, site information in Chinese, and plain CP fields. The data segment stays within
 * a byte budget.
 */
final class PacketGenerator {

	private static final String[] CODES_2017 = { "w01018", "w01001", "w21003", "w21011", "w00000", "w01012",
			"a34013", "a21026", "a21002", "a00000", "a19001", "a01012", "a01014", "a34002", "a34004", "a05024",
			"a24088", "LA", "l01001" };

	private static final String[] CODES_2005 = { "011", "060", "001", "101", "065", "B01", "01", "02", "03", "S01",
			"S03", "B02", "925" };

	private static final String[] CNS = { "2011", "2011", "2051", "2061", "2031", "2021", "2081", "1011", "1062",
			"3020", "9011", "9012", "9013", "9014" };

	private static final String[] STS = { "21", "22", "23", "27", "31", "32", "39", "51", "91", "101" };

	private static final String[] DATA_FLAGS = { "N", "F", "M", "S", "D", "C", "T", "B" };

	private static final String[] CHINESE = { "正常", "维护中", "设备故障", "校准", "超标留样", "运行", "停运",
			"排口一号", "𝄞谱" };

	private final Random random;

	PacketGenerator(Random random) {
		this.random = random;
	}

	/** A packet whose data segment is at most {@code budget} UTF-8 bytes. */
	PacketSpec next(int budget) {
		ProtocolVersion edition = edition();
		Header header = header(edition);
		Map<String, Map<String, String>> items = items(edition, header.cn());
		Map<String, String> other = other();
		String dataTime = chance(10) ? null : DataFields.dataTime(random, edition == ProtocolVersion.HJ212_2005);
		PacketSpec spec = render(edition, header, dataTime, items, other);
		while (spec.bytes().length > budget && !(items.isEmpty() && other.isEmpty())) {
			shrink(items, other);
			spec = render(edition, header, dataTime, items, other);
		}
		return spec;
	}

	private ProtocolVersion edition() {
		int pick = random.nextInt(10);
		return (pick < 3) ? ProtocolVersion.HJ212_2005 : (pick < 9) ? ProtocolVersion.HJ212_2017 : ProtocolVersion.HJ212_2025;
	}

	private Header header(ProtocolVersion edition) {
		boolean old = edition == ProtocolVersion.HJ212_2005;
		Integer flag = (old && chance(30)) ? null : edition.flagBits() + random.nextInt(4);
		boolean split = (flag != null) ? (flag & 2) != 0 && chance(60) : chance(5);
		Integer pnum = split ? 1 + random.nextInt(20) : null;
		Integer pno = split ? 1 + random.nextInt(pnum) : null;
		String qn = chance(30) ? null : DataFields.qn(random);
		String pw = chance(5) ? null : DataFields.digits(random, 6);
		return new Header(qn, pick(STS), pick(CNS), pw, mn(old), flag, pnum, pno);
	}

	private String mn(boolean old) {
		int pick = random.nextInt(10);
		if (pick < 2) {
			return DataFields.alphanumeric(random, 6 + random.nextInt(24));
		}
		return (old || pick < 4) ? DataFields.digits(random, 14) : DataFields.hex(random, 24);
	}

	private Map<String, Map<String, String>> items(ProtocolVersion edition, String cn) {
		Map<String, Map<String, String>> items = new LinkedHashMap<>();
		Set<String> canonical = new HashSet<>();
		int count = random.nextInt(13);
		for (int i = 0; i < count; i++) {
			String code = code(edition);
			if (canonical.add(FactorCodes.canonical(code))) {
				items.put(code, values(code, cn));
			}
		}
		return items;
	}

	private String code(ProtocolVersion edition) {
		int pick = random.nextInt(10);
		if (pick == 0) {
			return "SB" + (1 + random.nextInt(9));
		}
		if (pick == 1) {
			return "i1200" + random.nextInt(10);
		}
		return (edition == ProtocolVersion.HJ212_2005) ? pick(CODES_2005) : pick(CODES_2017);
	}

	private Map<String, String> values(String code, String cn) {
		Map<String, String> values = new LinkedHashMap<>();
		if (code.startsWith("SB")) {
			values.put(chance(50) ? "RS" : "RT", String.valueOf(random.nextInt(6)));
		}
		else if (code.startsWith("i")) {
			values.put("Info", chance(50) ? pick(CHINESE) : String.valueOf(random.nextInt(11)));
		}
		else {
			for (String suffix : suffixes(cn)) {
				values.put(suffix, chance(15) ? pick(DATA_FLAGS) : DataFields.decimal(random));
			}
			values.put("Flag", pick(DATA_FLAGS));
		}
		return values;
	}

	private List<String> suffixes(String cn) {
		List<String> all = "2011".equals(cn) ? List.of("Rtd", "ZsRtd", "EFlag", "SampleTime")
				: List.of("Min", "Avg", "Max", "Cou", "ZsAvg");
		List<String> chosen = new ArrayList<>();
		for (String suffix : all) {
			if (chosen.isEmpty() || chance(50)) {
				chosen.add(suffix);
			}
		}
		return chosen;
	}

	private Map<String, String> other() {
		Map<String, String> other = new LinkedHashMap<>();
		if (chance(20)) {
			other.put("RtdInterval", String.valueOf(30 + random.nextInt(3571)));
		}
		if (chance(10)) {
			other.put("RestartTime", DataFields.dataTime(random, false));
		}
		if (chance(10)) {
			other.put("备注", pick(CHINESE));
		}
		if (chance(5)) {
			other.put("QnRtn", String.valueOf(1 + random.nextInt(9)));
		}
		return other;
	}

	private void shrink(Map<String, Map<String, String>> items, Map<String, String> other) {
		Map<String, ?> from = items.isEmpty() ? other : items;
		from.remove(from.keySet().iterator().next());
	}

	private PacketSpec render(ProtocolVersion edition, Header header, String dataTime,
			Map<String, Map<String, String>> items, Map<String, String> other) {
		String segment = DataSegmentWriter.write(random, header, dataTime, items, other);
		return new PacketSpec(edition, header.qn(), header.st(), header.cn(), header.pw(), header.mn(), header.flag(),
				header.pnum(), header.pno(), dataTime, Map.copyOf(items), Map.copyOf(other), segment);
	}

	private boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	/** The header fields of a packet, null when left out. */
	record Header(String qn, String st, String cn, String pw, String mn, Integer flag, Integer pnum, Integer pno) {
	}

}

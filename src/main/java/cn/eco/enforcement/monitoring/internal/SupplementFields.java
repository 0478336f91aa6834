package cn.eco.enforcement.monitoring.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CP field names of what HJ 212-2025 adds besides readings, in one place. The production-condition
 * marker suffix ({@code p991xx-Rtd}) is known; the names of the VOCs raw-data fields (ST=27, CN 2013)
 * and of the multimedia fields (appendix H) are not: the standard's text was not available and no
 * public implementation of them was found (caoyiliang/HJ212 sends a water-sample layout under CN
 * 2013). These are provisional names, each replaceable by a property under {@code app.hj212.fields}
 * once the text is known, without a code change.
 *
 * @param conditionMarker suffix of a production-condition state marker: {@code p99101-Rtd=…}
 * @param retentionTime per-factor suffix of a peak's retention time: {@code a24088-RT=…}
 * @param peakArea per-factor suffix of a peak's area: {@code a24088-PeakArea=…}
 * @param peakHeight per-factor suffix of a peak's height: {@code a24088-PeakHeight=…}
 * @param spectrumFile the spectrum file's reference, for the whole packet ({@code SpectrumFile=…}) or per
 * factor ({@code a24088-SpectrumFile=…}, which wins)
 * @param fileName multimedia file name ({@code FileName=…}), likewise type, size in bytes, digest and
 * reference (where the file is)
 */
@ConfigurationProperties("app.hj212.fields")
record SupplementFields(@DefaultValue("Rtd") String conditionMarker, @DefaultValue("RT") String retentionTime,
		@DefaultValue("PeakArea") String peakArea, @DefaultValue("PeakHeight") String peakHeight,
		@DefaultValue("SpectrumFile") String spectrumFile, @DefaultValue("FileName") String fileName,
		@DefaultValue("FileType") String fileType, @DefaultValue("FileSize") String fileSize,
		@DefaultValue("FileDigest") String fileDigest, @DefaultValue("FileRef") String fileReference) {

	/** The names as the code uses them when no Spring context provides them (codec tests). */
	static SupplementFields defaults() {
		return new SupplementFields("Rtd", "RT", "PeakArea", "PeakHeight", "SpectrumFile", "FileName", "FileType",
				"FileSize", "FileDigest", "FileRef");
	}

}

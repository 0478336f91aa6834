package cn.eco.enforcement.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * What HJ 212-2025 loggers send besides readings, shown with a device's readings: key production
 * conditions (ST=45), VOCs raw data (ST=27, CN 2013) and multimedia file references (appendix H);
 * and the start-up and shutdown periods declared for a device. Each list is oldest first, at most
 * {@code limit} entries. The caller has checked that the device exists and may be read.
 */
public interface DeviceDataApi {

	List<ProductionConditionView> productionConditions(String mn, Instant from, Instant to, int limit);

	List<VocsRawDataView> vocsRawData(String mn, Instant from, Instant to, int limit);

	List<MultimediaFileView> multimediaFiles(String mn, Instant from, Instant to, int limit);

	/** Records a declaration (append-only); the device must exist. */
	ConditionDeclarationView declare(DeclareCondition declaration);

	/** Every declaration for the device, newest period first. */
	List<ConditionDeclarationView> declarations(String mn);

}

package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores what arrived of split uploads that stay incomplete for {@code hj212.split-timeout} (their
 * parts were answered, so they must not be lost), on the device's writer like its other data, and
 * forgets completed sets after an hour.
 */
@Component
class SplitUploadSweep {

	/** How long a completed set's parts are still recognised as duplicates. */
	private static final Duration KEEP_COMPLETED = Duration.ofHours(1);

	private final SplitUploads parts;

	private final IngestQueue queue;

	private final Devices devices;

	private final Clock clock;

	private final Duration timeout;

	SplitUploadSweep(SplitUploads parts, IngestQueue queue, Devices devices, Clock clock,
			@Value("${hj212.split-timeout:PT5M}") Duration timeout) {
		this.parts = parts;
		this.queue = queue;
		this.devices = devices;
		this.clock = clock;
		this.timeout = timeout;
	}

	@Scheduled(fixedDelayString = "${hj212.split-check:PT1M}", initialDelayString = "PT1M")
	public void sweep() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		expireBefore(now.minus(timeout));
		parts.purgeCompletedBefore(now.minus(KEEP_COMPLETED));
	}

	/**
	 * Hands every set with a part received before the given time and still incomplete to its
	 * device's writer; the result completes when they are stored.
	 */
	CompletableFuture<Void> expireBefore(OffsetDateTime before) {
		List<CompletableFuture<?>> stored = new ArrayList<>();
		for (SplitUploads.SetKey set : parts.openBefore(before)) {
			Optional<Devices.Device> device = devices.find(set.mn());
			device.ifPresent(d -> stored.add(queue.expire(d, set)));
		}
		return CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new));
	}

}

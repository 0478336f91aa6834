package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.eco.enforcement.monitoring.IngestResult;
import cn.eco.enforcement.monitoring.ReadingBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for HJ 212 uploads: packets from all connections are stored by a few writers, each
 * committing whatever has queued up (up to {@code hj212.group-size}) in one transaction, and a
 * packet's future completes only after that commit. A device always goes to the same writer, so
 * its packets are judged in order and its conditions never race. A group that fails is retried
 * packet by packet, so one bad packet costs only its own acknowledgement. Parts of split uploads
 * go the same way: a part is kept in the group's transaction and the part that completes its set
 * adds the whole upload to the group ({@link SplitUploads}).
 */
@Component
class IngestQueue implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestQueue.class);

	private static final IngestResult NOTHING_STORED = new IngestResult(0, 0, List.of());

	private final MonitoringService service;

	private final SplitUploads splits;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final int groupSize;

	private final List<BlockingQueue<Item>> queues = new ArrayList<>();

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean running;

	IngestQueue(MonitoringService service, SplitUploads splits, Clock clock, PlatformTransactionManager transactions,
			@Value("${hj212.writers:4}") int writerCount, @Value("${hj212.group-size:200}") int groupSize) {
		this.service = service;
		this.splits = splits;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.groupSize = groupSize;
		for (int i = 0; i < writerCount; i++) {
			queues.add(new LinkedBlockingQueue<>(10_000));
		}
	}

	/** Queues an authenticated device's batch; completes after commit, or exceptionally when not stored. */
	CompletableFuture<IngestResult> submit(Devices.Device device, ReadingBatch batch) {
		return submit(device, (parts, now) -> Optional.of(batch));
	}

	/** Queues a part of a split upload; completes once the part is kept (and its set stored, if complete). */
	CompletableFuture<IngestResult> submitPart(Devices.Device device, SplitUploads.Part part) {
		return submit(device, (parts, now) -> parts.add(part, now));
	}

	/** Queues storing what arrived of a split upload that timed out (nothing if it completed meanwhile). */
	CompletableFuture<IngestResult> expire(Devices.Device device, SplitUploads.SetKey set) {
		return submit(device, (parts, now) -> parts.expire(set, now));
	}

	private CompletableFuture<IngestResult> submit(Devices.Device device, Work work) {
		Item item = new Item(device, work, new CompletableFuture<>());
		if (!running || !queues.get(Math.floorMod(device.mn().hashCode(), queues.size())).offer(item)) {
			item.result().completeExceptionally(new IllegalStateException("ingest queue full or stopped"));
		}
		return item.result();
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < queues.size(); i++) {
			BlockingQueue<Item> queue = queues.get(i);
			Thread writer = new Thread(() -> drain(queue), "hj212-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			writers.add(writer);
		}
	}

	private void drain(BlockingQueue<Item> queue) {
		List<Item> group = new ArrayList<>(groupSize);
		while (running || !queue.isEmpty()) {
			try {
				Item first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				queue.drainTo(group, groupSize - 1);
				commit(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				group.clear();
			}
		}
	}

	private void commit(List<Item> group) {
		try {
			List<IngestResult> results = transaction.execute(status -> store(group));
			for (int i = 0; i < group.size(); i++) {
				group.get(i).result().complete(results.get(i));
			}
		}
		catch (RuntimeException groupFailed) {
			if (group.size() == 1) {
				group.get(0).result().completeExceptionally(groupFailed);
				return;
			}
			log.warn("A group of {} HJ 212 packets failed ({}); storing them one by one", group.size(),
					groupFailed.toString());
			for (Item item : group) {
				commit(new ArrayList<>(List.of(item)));
			}
		}
	}

	/** Stores the group's readings with one write, in the caller's transaction; one result per item. */
	private List<IngestResult> store(List<Item> group) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Devices.Device> devices = new ArrayList<>();
		List<ReadingBatch> batches = new ArrayList<>();
		int[] batchOf = new int[group.size()];
		for (int i = 0; i < group.size(); i++) {
			Optional<ReadingBatch> batch = group.get(i).work().readings(splits, now);
			batchOf[i] = batch.isPresent() ? batches.size() : -1;
			if (batch.isPresent()) {
				devices.add(group.get(i).device());
				batches.add(batch.get());
			}
		}
		List<IngestResult> stored = service.storeGroup(devices, batches);
		List<IngestResult> results = new ArrayList<>(group.size());
		for (int index : batchOf) {
			results.add(index < 0 ? NOTHING_STORED : stored.get(index));
		}
		return results;
	}

	@Override
	public void stop() {
		running = false;
		for (Thread writer : writers) {
			try {
				writer.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		writers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// Up before the HJ 212 server accepts connections, down after it stopped.
		return Integer.MAX_VALUE - 200;
	}

	/** What a queued item stores, decided in the group's transaction. */
	private interface Work {
		Optional<ReadingBatch> readings(SplitUploads parts, OffsetDateTime now);
	}

	private record Item(Devices.Device device, Work work, CompletableFuture<IngestResult> result) {
	}

}

package org.haven.analytics.replay;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads every partition of the topic from offset 0 up to the end offsets taken when the job first opened
 * it, and no further: events published during the run belong to the next run. The next and end offsets live
 * in the step's ExecutionContext, so a restarted run resumes after the last committed chunk with the same
 * end. (Spring Kafka's KafkaItemReader has no upper bound and stops only on a poll timeout.)
 */
public class TopicReader implements ItemStreamReader<TopicRecord> {

    private static final String END = "topic.end.";
    private static final String NEXT = "topic.next.";
    private static final Duration POLL = Duration.ofMillis(500);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final String topic;
    private final Deque<ConsumerRecord<String, byte[]>> buffer = new ArrayDeque<>();
    private final Map<Integer, Long> end = new HashMap<>();
    private final Map<Integer, Long> next = new HashMap<>();
    private Consumer<String, byte[]> consumer;

    public TopicReader(Supplier<Consumer<String, byte[]>> consumers, String topic) {
        this.consumers = consumers;
        this.topic = topic;
    }

    @Override
    public void open(ExecutionContext context) {
        consumer = consumers.get();
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .toList();
        if (partitions.isEmpty()) {
            throw new ItemStreamException("topic " + topic + " does not exist");
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> endNow = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        for (TopicPartition partition : partitions) {
            int p = partition.partition();
            end.put(p, context.containsKey(END + p) ? context.getLong(END + p) : endNow.get(partition));
            long from = context.containsKey(NEXT + p) ? context.getLong(NEXT + p) : 0L;
            if (beginning.get(partition) > from) {
                throw new ItemStreamException("partition " + p + " of " + topic + " starts at offset "
                        + beginning.get(partition) + ": records were deleted (retention); the replay would be incomplete");
            }
            next.put(p, from);
            consumer.seek(partition, from);
        }
    }

    @Override
    public TopicRecord read() {
        while (buffer.isEmpty()) {
            if (finished()) {
                return null;
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(record.partition())) {
                    buffer.add(record);
                }
            }
            pauseFinishedPartitions();
        }
        ConsumerRecord<String, byte[]> record = buffer.poll();
        next.put(record.partition(), record.offset() + 1);
        return TopicRecordMapper.map(record);
    }

    /** Records read so far and the total to read, for progress. */
    public long[] progress() {
        long total = 0;
        long done = 0;
        for (var partition : end.entrySet()) {
            total += partition.getValue();
            done += Math.min(next.getOrDefault(partition.getKey(), 0L), partition.getValue());
        }
        return new long[] {done, total};
    }

    /** The end offsets a replay step recorded, by partition. */
    public static Map<Integer, Long> endOffsets(ExecutionContext context) {
        Map<Integer, Long> ends = new java.util.TreeMap<>();
        context.entrySet().stream().filter(entry -> entry.getKey().startsWith(END))
                .forEach(entry -> ends.put(Integer.parseInt(entry.getKey().substring(END.length())),
                        ((Number) entry.getValue()).longValue()));
        return ends;
    }

    @Override
    public void update(ExecutionContext context) {
        end.forEach((partition, offset) -> context.putLong(END + partition, offset));
        next.forEach((partition, offset) -> context.putLong(NEXT + partition, offset));
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
        buffer.clear();
    }

    /** Called with an empty buffer: done when every partition's position has reached its end offset. */
    private boolean finished() {
        return end.entrySet().stream().allMatch(partition ->
                consumer.position(new TopicPartition(topic, partition.getKey())) >= partition.getValue());
    }

    private void pauseFinishedPartitions() {
        List<TopicPartition> done = end.entrySet().stream()
                .filter(partition -> consumer.position(new TopicPartition(topic, partition.getKey())) >= partition.getValue())
                .map(partition -> new TopicPartition(topic, partition.getKey()))
                .toList();
        consumer.pause(done);
    }
}

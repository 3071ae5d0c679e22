package org.haven.events.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.events.HavenEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic is the contract between the service and the batch, and events written years ago must still be
 * read: today's code must write and read exactly the approved JSON. The fixtures are edited by hand only,
 * after review; a renamed or retyped field turns this test red.
 */
class ApprovedEventJsonTest {

    private final ObjectMapper mapper = EventJson.newMapper();
    private final EventCodec codec = EventCodec.standard();

    @Test
    void every_event_type_has_an_approved_example() {
        var exampleTypes = EventExamples.all().values().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(exampleTypes).containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }

    @TestFactory
    Stream<DynamicTest> todays_code_writes_exactly_the_approved_json() {
        return examples().map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
            String approved = new String(Fixtures.bytes(fixture(example.getKey())), StandardCharsets.UTF_8);
            String written = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(example.getValue());
            assertThat(written).isEqualTo(approved.stripTrailing());
            assertThat(mapper.readTree(codec.write(example.getValue()))).isEqualTo(mapper.readTree(approved));
        }));
    }

    @TestFactory
    Stream<DynamicTest> todays_code_reads_the_approved_json_into_the_same_event() {
        return examples().map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
            HavenEvent event = example.getValue();
            HavenEvent read = codec.read(event.getClass().getName(),
                    String.valueOf(EventTypes.revisionOf(event.getClass())), Fixtures.bytes(fixture(example.getKey())));
            assertThat(read).isEqualTo(event);
        }));
    }

    private static Stream<Map.Entry<String, HavenEvent>> examples() {
        return EventExamples.all().entrySet().stream().sorted(Map.Entry.comparingByKey());
    }

    private static String fixture(String name) {
        return "/fixtures/events/" + name + ".json";
    }
}

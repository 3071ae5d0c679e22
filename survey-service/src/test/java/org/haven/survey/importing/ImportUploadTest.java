package org.haven.survey.importing;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImportUploadTest {

    private static ImportUpload upload(byte[] body, long declaredLength, long maxBytes) {
        return new ImportUpload(new ByteArrayInputStream(body), declaredLength, maxBytes);
    }

    @Test
    void names_a_file_read_to_its_end_by_its_sha256() throws Exception {
        byte[] body = "participant_ref,wave,item_id,value\n".getBytes(StandardCharsets.UTF_8);
        ImportUpload file = upload(body, -1, 100);

        assertThat(file.readAllBytes()).isEqualTo(body);

        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        assertThat(file.bytesRead()).isEqualTo(body.length);
    }

    @Test
    void refuses_a_body_without_a_length_once_it_reads_past_the_limit() {
        ImportUpload file = upload(new byte[101], -1, 100);

        ImportFileException fault = catchThrowableOfType(ImportFileException.class, file::readAllBytes);

        assertThat(fault.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(file.sha256()).as("a file cut short has no digest").isNull();
    }

    @Test
    void accepts_a_body_of_exactly_the_limit() throws Exception {
        assertThat(upload(new byte[100], 100, 100).readAllBytes()).hasSize(100);
    }

    @Test
    void refuses_a_declared_length_over_the_limit_before_reading() {
        ImportUpload file = upload(new byte[0], 101, 100);

        assertThat(catchThrowableOfType(ImportFileException.class, file::refuseIfDeclaredTooLarge).status())
                .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void drains_the_rest_of_a_refused_file_so_its_digest_is_known() throws Exception {
        byte[] body = "not,the,header\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
        ImportUpload file = upload(body, -1, 100);
        file.read(new byte[4]);

        file.drainQuietly();

        assertThat(file.bytesRead()).isEqualTo(body.length);
        assertThat(file.sha256()).isNotNull();
    }
}

package org.haven.repository;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository explains itself: no file under version control may send a reader to a document that is not in
 * the repository (the team's design notes, stack notes or conventions) or to a work item by number. What those
 * documents said lives in docs/, in the project's own words. Runs in the first module, so the build fails early.
 */
class SelfContainedDocsTest {

    // Assembled from pieces so that this file does not match itself.
    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile(String.join("|",
            "DESIGN( ?\u00a7|\\.md| section)", "STACK" + "-NOTES", "CONVENTIONS" + "\\.md", "\\.\\./" + "shared",
            "[Ii]ssue [0-9]+", "[Ww]ork item [0-9#]"));

    @Test
    void no_file_refers_to_a_document_outside_the_repository_or_to_a_work_item() throws IOException {
        Path root = repositoryRoot();
        List<String> found = new ArrayList<>();
        for (Path file : versionedFiles(root)) {
            String text = textOf(root.resolve(file));
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE_REFERENCE.matcher(lines[i]).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("say it in docs/ and link there instead").isEmpty();
    }

    @Test
    void the_check_sees_the_repository() throws IOException {
        List<Path> files = versionedFiles(repositoryRoot());
        assertThat(files).contains(Path.of("README.md"), Path.of("docs", "methods.md"));
        assertThat(OUTSIDE_REFERENCE.matcher("see " + "DESIGN" + " section 5").find()).isTrue();
        assertThat(OUTSIDE_REFERENCE.matcher("fixed in " + "issue" + " 9").find()).isTrue();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (the folder with mvnw) above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }

    /** The files git tracks; without git (an unpacked source archive), every file outside build output. */
    private static List<Path> versionedFiles(Path root) throws IOException {
        if (Files.isDirectory(root.resolve(".git"))) {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (git.waitFor() == 0) {
                    return Stream.of(listing.split("\0")).filter(name -> !name.isEmpty()).map(Path::of).toList();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(path -> Stream.of("target", ".git", ".demo", ".bench", "node_modules")
                            .noneMatch(skip -> path.toString().startsWith(skip + "/") || path.toString().contains("/" + skip + "/")))
                    .toList();
        }
    }

    /** The file's text, or null for a binary file (a picture, a jar). */
    private static String textOf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

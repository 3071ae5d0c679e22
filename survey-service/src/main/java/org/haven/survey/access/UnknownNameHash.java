package org.haven.survey.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder.BCryptVersion;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The hash an unknown name's password is compared with, so that a wrong name costs as much time as a wrong
 * password: made with the algorithm and cost of the configured accounts' hashes. Spring's own stand-in uses the
 * encoder's default (bcrypt 10), which against accounts hashed at 12 answered an unknown name four times faster.
 * Where the accounts' costs differ, the most common one is taken (the costlier on a tie), so that unknown names
 * look like most accounts.
 */
final class UnknownNameHash {

    private static final Pattern BCRYPT = Pattern.compile("^\\{bcrypt}\\$(2[aby])\\$(\\d{2})\\$.{53}$");

    private UnknownNameHash() {
    }

    static String like(List<UserDetails> users) {
        Map<String, List<String>> bySetting = users.stream().map(UserDetails::getPassword)
                .collect(Collectors.groupingBy(UnknownNameHash::setting));
        List<String> common = bySetting.entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<String>>>comparingInt(entry -> entry.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalStateException("there is always at least one researcher account"));
        Matcher bcrypt = BCRYPT.matcher(common.get(0));
        if (!bcrypt.matches()) {
            // Another algorithm keeps its parameters inside the hash: an account's own hash is then the stand-in.
            // Its comparison's outcome is thrown away, so it lets no unknown name in.
            return common.get(0);
        }
        return "{bcrypt}" + new BCryptPasswordEncoder(version(bcrypt.group(1)), Integer.parseInt(bcrypt.group(2)))
                .encode(randomSecret());
    }

    /**
     * A new password's hash, made like the stand-in (bcrypt of the configured accounts' version and cost), so a
     * stored account costs the same time to check as a configured one or an unknown name; bcrypt 12 when the
     * configured accounts use another algorithm.
     */
    static String hashLike(String unknownNameHash, String password) {
        Matcher bcrypt = BCRYPT.matcher(unknownNameHash);
        BCryptPasswordEncoder encoder = bcrypt.matches()
                ? new BCryptPasswordEncoder(version(bcrypt.group(1)), Integer.parseInt(bcrypt.group(2)))
                : new BCryptPasswordEncoder(12);
        return "{bcrypt}" + encoder.encode(password);
    }

    /** What decides the cost of checking a password against the hash: for bcrypt its version and cost. */
    static String setting(String hash) {
        Matcher bcrypt = BCRYPT.matcher(hash);
        if (bcrypt.matches()) {
            return "{bcrypt}$" + bcrypt.group(1) + "$" + bcrypt.group(2);
        }
        int end = hash.indexOf('}');
        return end < 0 ? hash : hash.substring(0, end + 1);
    }

    private static BCryptVersion version(String version) {
        return switch (version) {
            case "2b" -> BCryptVersion.$2B;
            case "2y" -> BCryptVersion.$2Y;
            default -> BCryptVersion.$2A;
        };
    }

    private static String randomSecret() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}

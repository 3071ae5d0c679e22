package org.haven.demo.mail;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One contact mail as it reached the participant's mailbox: an invitation or a reminder (told apart by the
 * default subjects, which the demo's schedule keeps), the round it is about (from the default body's "round N")
 * and the token of its personal link, read from the link the way a participant's click would carry it.
 */
public record DeliveredMail(Kind kind, int wave, String token) {

    public enum Kind { INVITATION, REMINDER }

    static final String INVITATION_SUBJECT = "Study link";
    static final String REMINDER_SUBJECT = "A reminder from your study";

    /** The questionnaire link {@code <public-url>/p#<token>}, not the stop link {@code /p/stop#<token>}. */
    private static final Pattern LINK = Pattern.compile("/p#([A-Za-z0-9_-]{20,})");
    private static final Pattern ROUND = Pattern.compile("\\bround (\\d+)\\b");
    private static final Pattern TRANSFER_ENCODING = Pattern.compile(
            "(?im)^Content-Transfer-Encoding:\\s*([A-Za-z0-9-]+)");

    /** Empty for a mail that is not one of the contact engine's (another subject, no link, no round). */
    public static Optional<DeliveredMail> parse(String subject, String mime) {
        Kind kind = INVITATION_SUBJECT.equals(subject) ? Kind.INVITATION
                : REMINDER_SUBJECT.equals(subject) ? Kind.REMINDER : null;
        if (kind == null || mime == null) {
            return Optional.empty();
        }
        String body = body(mime);
        Matcher link = LINK.matcher(body);
        Matcher round = ROUND.matcher(body);
        if (!link.find() || !round.find()) {
            return Optional.empty();
        }
        return Optional.of(new DeliveredMail(kind, Integer.parseInt(round.group(1)), link.group(1)));
    }

    /** The single text part the default templates make, decoded: quoted-printable may break a long link. */
    static String body(String mime) {
        String normalized = mime.replace("\r\n", "\n");
        int split = normalized.indexOf("\n\n");
        String headers = split < 0 ? normalized : normalized.substring(0, split);
        String body = split < 0 ? "" : normalized.substring(split + 2);
        Matcher encoding = TRANSFER_ENCODING.matcher(headers);
        String name = encoding.find() ? encoding.group(1).toLowerCase(Locale.ROOT) : "7bit";
        return switch (name) {
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> new String(java.util.Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
            default -> body;
        };
    }

    private static String quotedPrintable(String body) {
        String joined = body.replaceAll("=[ \\t]*\\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

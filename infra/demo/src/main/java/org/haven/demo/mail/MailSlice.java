package org.haven.demo.mail;

import org.haven.demo.api.HavenClient;
import org.haven.demo.cohort.SyntheticParticipant;
import org.haven.demo.cohort.WaveAnswers;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The participants who get their links by e-mail only: enrolled with an address at example.org, so the service
 * issues them no token and its contact engine mails them. Each answers a wave with the token of the link in
 * that wave's delivered mail. Every second one leaves wave 1 until the engine's last reminder has arrived and
 * answers through the reminder's link instead.
 */
public final class MailSlice {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final HavenClient client;
    private final GreenMailInbox inbox;
    private final String studyId;
    private final PrintStream out;
    private final Map<SyntheticParticipant, String> addresses = new LinkedHashMap<>();
    private final List<SyntheticParticipant> waitingForReminder = new ArrayList<>();

    public MailSlice(HavenClient client, GreenMailInbox inbox, String studyId, PrintStream out) {
        this.client = client;
        this.inbox = inbox;
        this.studyId = studyId;
        this.out = out;
    }

    /** A participant's address: unique per study, so mailboxes of earlier demos on the same server stay apart. */
    static String address(String studyId, SyntheticParticipant participant) {
        return participant.ref() + "." + studyId.substring(0, Math.min(8, studyId.length())) + "@example.org";
    }

    public List<String> addresses() {
        return List.copyOf(addresses.values());
    }

    /** Enrolls the slice, waits for each wave's invitation and answers through those links. */
    public void answerInvitations(List<SyntheticParticipant> slice, int waves, Duration timeout)
            throws IOException, InterruptedException {
        for (SyntheticParticipant participant : slice) {
            String address = address(studyId, participant);
            client.enrollWithAddress(studyId, address);
            addresses.put(participant, address);
        }
        out.printf("  mail: %d participants enrolled with an address at example.org (no token in the answer)%n",
                slice.size());
        Map<SyntheticParticipant, List<DeliveredMail>> mails = await(slice, timeout, "an invitation for each of the "
                + waves + " waves", delivered -> invitedWaves(delivered) >= waves);
        int submissions = 0;
        for (int i = 0; i < slice.size(); i++) {
            SyntheticParticipant participant = slice.get(i);
            boolean waitsForReminder = i % 2 == 1;
            if (waitsForReminder) {
                waitingForReminder.add(participant);
            }
            for (WaveAnswers wave : participant.waves()) {
                if (waitsForReminder && wave.wave() == 1) {
                    continue;
                }
                submit(participant, wave, mail(mails.get(participant), DeliveredMail.Kind.INVITATION, wave.wave())
                        .orElseThrow());
                submissions++;
            }
        }
        out.printf("  mail: %d submissions through the links of delivered invitations; %d participants leave"
                + " wave 1 for the reminder%n", submissions, waitingForReminder.size());
    }

    /** Waits for the last reminder of wave 1 to those who left it and answers through its link. */
    public void answerReminders(Duration timeout) throws IOException, InterruptedException {
        if (waitingForReminder.isEmpty()) {
            return;
        }
        Map<SyntheticParticipant, List<DeliveredMail>> mails = await(waitingForReminder, timeout,
                "a reminder for wave 1", delivered -> mail(delivered, DeliveredMail.Kind.REMINDER, 1).isPresent());
        for (SyntheticParticipant participant : waitingForReminder) {
            WaveAnswers first = participant.waves().stream().filter(w -> w.wave() == 1).findFirst().orElseThrow();
            submit(participant, first, mail(mails.get(participant), DeliveredMail.Kind.REMINDER, 1).orElseThrow());
        }
        out.printf("  mail: %d submissions of wave 1 through the links of delivered reminders%n",
                waitingForReminder.size());
    }

    private void submit(SyntheticParticipant participant, WaveAnswers wave, DeliveredMail mail) {
        client.submit(mail.token(), participant.ref() + "-w" + wave.wave(), wave.wave(), wave.answers());
    }

    private static long invitedWaves(List<DeliveredMail> delivered) {
        return delivered.stream().filter(m -> m.kind() == DeliveredMail.Kind.INVITATION)
                .map(DeliveredMail::wave).distinct().count();
    }

    static Optional<DeliveredMail> mail(List<DeliveredMail> delivered, DeliveredMail.Kind kind, int wave) {
        return delivered.stream().filter(m -> m.kind() == kind && m.wave() == wave).findFirst();
    }

    private Map<SyntheticParticipant, List<DeliveredMail>> await(List<SyntheticParticipant> who, Duration timeout,
            String what, Predicate<List<DeliveredMail>> arrived) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<SyntheticParticipant, List<DeliveredMail>> mails = new LinkedHashMap<>();
        while (true) {
            int missing = 0;
            for (SyntheticParticipant participant : who) {
                if (!mails.containsKey(participant)) {
                    List<DeliveredMail> delivered = inbox.contactMails(addresses.get(participant));
                    if (arrived.test(delivered)) {
                        mails.put(participant, delivered);
                    } else {
                        missing++;
                    }
                }
            }
            if (missing == 0) {
                return mails;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(missing + " of " + who.size() + " mailboxes did not receive " + what
                        + " within " + timeout.toSeconds() + " s (see the service log's contact rounds)");
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}

package org.esafety.reminder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server (GreenMail) and the webhook receiver of {@link RemindersProfile}, on the ports its
 * configuration chose. A test class starts them before its tests and stops them after.
 */
final class Receivers implements AutoCloseable {

    /** One e-mail as received. */
    record Mail(String to, String subject, String body, String notificationId) {
        /** The announcement of a new incident, not a notice about one of its actions. */
        boolean isAnnouncement() {
            return subject.startsWith("[e-safety] New incident");
        }
    }

    final GreenMail smtp;
    final WebhookReceiver hooks;

    private Receivers(GreenMail smtp, WebhookReceiver hooks) {
        this.smtp = smtp;
        this.hooks = hooks;
    }

    static Receivers start() {
        var config = ConfigProvider.getConfig();
        int smtpPort = config.getValue("quarkus.mailer.port", Integer.class);
        int hooksPort = config.getValue("test.receivers.hooks-port", Integer.class);
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        WebhookReceiver hooks = new WebhookReceiver(hooksPort, Map.of(
                "/hooks/reminder-hooks/dsl", RemindersProfile.HOOKS_SECRET,
                "/hooks/reminder-failing-dsl/dsl", RemindersProfile.FAILING_SECRET));
        return new Receivers(smtp, hooks);
    }

    /** Every e-mail received so far. */
    List<Mail> mails() {
        return Arrays.stream(smtp.getReceivedMessages()).map(Receivers::mail).toList();
    }

    /** The e-mails about the actions of one incident (their link names it), not its announcement. */
    List<Mail> mailsAbout(String incidentId) {
        return everyMailAbout(incidentId).stream().filter(m -> !m.isAnnouncement()).toList();
    }

    /** Every e-mail about one incident, its announcement to the DSL and the deputy among them. */
    List<Mail> everyMailAbout(String incidentId) {
        return mails().stream().filter(m -> m.body().contains("/incidents/" + incidentId)).toList();
    }

    private static Mail mail(MimeMessage m) {
        try {
            Object content = m.getContent();
            return new Mail(m.getAllRecipients()[0].toString(), m.getSubject(),
                    content instanceof String text ? text : GreenMailUtil.getBody(m),
                    m.getHeader("X-Esafety-Notification", null));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        hooks.close();
        smtp.stop();
    }
}

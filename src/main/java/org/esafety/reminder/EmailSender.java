package org.esafety.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a notice as a plain-text e-mail over SMTP (quarkus-mailer; server in {@code quarkus.mailer.*}). */
@ApplicationScoped
class EmailSender {

    /** The header carrying the notification's id, so that a mail system can drop a copy it has seen. */
    static final String ID_HEADER = "X-Esafety-Notification";

    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    void send(Notice notice, String address) throws DeliveryFailedException {
        Mail mail = Mail.withText(address, notice.subject(), notice.text())
                .addHeader(ID_HEADER, notice.notificationId().toString());
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new DeliveryFailedException("smtp: " + rootCause(e).getClass().getSimpleName());
        }
    }

    /** The kind of the first failure (e.g. ConnectException), not its message, which may quote addresses. */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}

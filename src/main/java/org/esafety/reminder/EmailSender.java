package org.esafety.reminder;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a notice as a plain-text e-mail over SMTP (quarkus-mailer; server in {@code quarkus.mailer.*}).
 * <p>
 * Every send starts on one Vert.x event-loop context of this sender's own. When a send starts on a worker thread,
 * the Vert.x mail client (4.5) sets up a new connection partly on that thread and hands the rest to the event loop
 * as a task; the event loop may read the server's first bytes ("220 ..." at once, as GreenMail and most servers
 * greet) before that task installs the client's reader, and Vert.x drops bytes that arrive with no reader. The
 * client then waits for a greeting that already came while the server waits for EHLO, until one of them gives up
 * (GreenMail after 30 s, with a 421 the client takes for the greeting). Started on the event loop, the connection
 * and its reader are set up in one go, before anything is read.
 * <p>
 * One try takes at most {@code esafety.reminders.email.timeout}; a try that failed for a passing reason is
 * repeated at once, up to {@code esafety.reminders.email.retries} times, before the attempt counts as failed (and
 * the outbox's back-off and the fallback to the next role take over). A try that timed out may still reach the
 * server later: the repeat then delivers a second copy with the same {@link #ID_HEADER}.
 */
@ApplicationScoped
class EmailSender {

    /** The header carrying the notification's id, so that a mail system can drop a copy it has seen. */
    static final String ID_HEADER = "X-Esafety-Notification";

    private final ReactiveMailer mailer;
    private final Context context;
    private final Duration timeout;
    private final int retries;

    EmailSender(ReactiveMailer mailer, Vertx vertx, RemindersConfig config) {
        this.mailer = mailer;
        this.context = newEventLoopContext(vertx);
        this.timeout = config.email().timeout();
        this.retries = config.email().retries();
    }

    void send(Notice notice, String address) throws DeliveryFailedException {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("E-mail is sent from a worker thread, never from the event loop");
        }
        for (int tried = 1; ; tried++) {
            Mail mail = Mail.withText(address, notice.subject(), notice.text())
                    .addHeader(ID_HEADER, notice.notificationId().toString());
            try {
                mailer.send(mail).runSubscriptionOn(task -> context.runOnContext(v -> task.run()))
                        .await().atMost(timeout);
                return;
            } catch (RuntimeException e) {
                Throwable cause = rootCause(e);
                String reason = reason(cause);
                if (tried > retries || !isTransient(cause)) {
                    throw new DeliveryFailedException(reason);
                }
                Log.infof("Notification %s: e-mail try %d failed (%s), trying again", notice.notificationId(), tried,
                        reason);
            }
        }
    }

    /** A failure worth trying again at once: all but a permanent (5xx) reply and a message the mailer refuses. */
    static boolean isTransient(Throwable cause) {
        if (cause instanceof SMTPException smtp) {
            return !smtp.isPermanent();
        }
        return !(cause instanceof IllegalArgumentException);
    }

    /** The kind of failure and the SMTP reply code, never the reply's text, which may quote addresses. */
    static String reason(Throwable cause) {
        String kind = "smtp: " + cause.getClass().getSimpleName();
        return cause instanceof SMTPException smtp ? kind + " " + smtp.getReplyCode() : kind;
    }

    /** The kind of the first failure (e.g. ConnectException), not its message. */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * A new event-loop context: Vert.x creates one for a thread that has none, so ask from a thread of its own
     * (the caller's thread may carry a worker or a request's context).
     */
    private static Context newEventLoopContext(Vertx vertx) {
        CompletableFuture<Context> created = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                created.complete(vertx.getOrCreateContext());
            } catch (RuntimeException e) {
                created.completeExceptionally(e);
            }
        }, "esafety-mail-context");
        thread.start();
        Context context = created.join();
        if (!context.isEventLoopContext()) {
            throw new IllegalStateException("No event-loop context for sending e-mail");
        }
        return context;
    }
}

package org.esafety.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server whose misbehaviour a test chooses: how it opens each new connection (greets at once, greets
 * late, never greets, refuses with a reply and hangs up), and what it answers to RCPT for a domain. It records the
 * connections it accepted, the recipients asked for and the notification id of each message it took.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** How the server opens a connection: after {@code delay}, the {@code reply} (none: never a word), and then? */
    record Opening(Duration delay, String reply, boolean serve) {

        static final Opening GREET = new Opening(Duration.ZERO, "220 scripted.test ESMTP ready", true);
        static final Opening SILENT = new Opening(Duration.ZERO, null, true);

        static Opening greetAfter(Duration delay) {
            return new Opening(delay, GREET.reply, true);
        }

        static Opening refuse(String reply) {
            return new Opening(Duration.ZERO, reply, false);
        }
    }

    private final ServerSocket server;
    private final Queue<Opening> next = new ConcurrentLinkedQueue<>();
    private volatile Opening otherwise = Opening.GREET;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> recipients = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(int port) {
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "scripted-smtp:" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Forgets what was asked and recorded and hangs up on every client, so that the next send connects anew. */
    void reset() {
        next.clear();
        otherwise = Opening.GREET;
        rcptReplies.clear();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        connections.set(0);
        recipients.clear();
        received.clear();
    }

    /** The next connections open like this, one each, in order; after them, {@code otherwise}. */
    void next(Opening... openings) {
        next.addAll(List.of(openings));
    }

    void otherwise(Opening opening) {
        otherwise = opening;
    }

    /** The reply to RCPT TO for recipients of {@code domain}. */
    void rcptReply(String domain, String reply) {
        rcptReplies.put(domain.toLowerCase(Locale.ROOT), reply);
    }

    /** Connections accepted since the last reset. */
    int connections() {
        return connections.get();
    }

    /** Every RCPT TO address asked for since the last reset, in order. */
    List<String> recipients() {
        return List.copyOf(recipients);
    }

    /** The notification id of every message taken since the last reset. */
    List<String> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                open.add(socket);
                Opening opening = next.poll();
                Thread handler = new Thread(() -> serve(socket, opening == null ? otherwise : opening),
                        "scripted-smtp<-" + socket.getPort());
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void serve(Socket socket, Opening opening) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            Thread.sleep(opening.delay().toMillis());
            if (opening.reply() != null) {
                reply(out, opening.reply());
            }
            if (!opening.serve()) {
                return;
            }
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 scripted.test");
                    case "RCPT" -> reply(out, rcpt(line));
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String id = null;
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            if (data.startsWith(EmailSender.ID_HEADER + ": ")) {
                                id = data.substring(EmailSender.ID_HEADER.length() + 2).trim();
                            }
                        }
                        received.add(id);
                        reply(out, "250 2.0.0 Queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 Bye");
                        return;
                    }
                    case "MAIL", "RSET", "NOOP" -> reply(out, "250 2.0.0 OK");
                    default -> reply(out, "500 5.5.2 Command not recognised");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client or the test hung up
        } finally {
            open.remove(socket);
        }
    }

    private String rcpt(String line) {
        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase(Locale.ROOT);
        recipients.add(address);
        String domain = address.substring(address.indexOf('@') + 1);
        return rcptReplies.getOrDefault(domain, "250 2.1.5 OK");
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        reset();
    }
}

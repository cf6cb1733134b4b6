package org.esafety.ops;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import sun.misc.Signal;

/**
 * SIGTERM (docker stop, Kubernetes, systemd) is a request to stop, not a failure: the {@link ShutdownGate} closes
 * (new requests get 503), and the service stops as after {@code Quarkus.asyncExit(0)}: Quarkus' graceful shutdown
 * lets the requests in flight finish (at most {@code quarkus.shutdown.timeout}) and the process exits 0. Without
 * this handler the JVM runs the shutdown from its signal hook and exits 143, which orchestrators report as an
 * error. Only in a packaged run: tests and dev mode keep their own signal handling.
 */
@ApplicationScoped
public class TermSignal {

    private final ShutdownGate gate;

    public TermSignal(ShutdownGate gate) {
        this.gate = gate;
    }

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        try {
            Signal.handle(new Signal("TERM"), signal -> {
                Log.info("SIGTERM received: refusing new requests, finishing those in flight, then stopping");
                gate.close();
                Quarkus.asyncExit(0);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            Log.warnf("SIGTERM cannot be handled here (%s); the JVM's own shutdown applies", e.getMessage());
        }
    }
}

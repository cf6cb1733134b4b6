package org.esafety.bench;

import java.util.logging.Level;

import org.jboss.logmanager.LogContext;

/**
 * The service's log levels for Drools and KIE (application.properties: WARN), for benchmarks that run
 * the rule engine outside Quarkus. Without them Drools' per-firing trace messages are formatted on every
 * evaluation (the log manager outside Quarkus accepts every level), which the service never does.
 */
public final class ServiceLogging {

    private ServiceLogging() {
    }

    public static void apply() {
        LogContext context = LogContext.getLogContext();
        context.getLogger("org.drools").setLevel(Level.WARNING);
        context.getLogger("org.kie").setLevel(Level.WARNING);
    }
}

package org.esafety.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.esafety.common.InvalidRequestException;

/**
 * Every JSON body is checked to be strict UTF-8 before it is read ({@link Utf8Check}): a fault is a 400 problem
 * naming the field, and nothing is read or stored. Bodies are at most 64 KiB (BodyLimit), so holding one is cheap.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        Utf8Check.check(body).ifPresent(v -> {
            throw new InvalidRequestException(v.field(), v.message());
        });
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean json(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }
}

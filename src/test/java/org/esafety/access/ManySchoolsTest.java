package org.esafety.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A principal may be bound to hundreds of schools (a local authority's officer; the first admin is bound to every
 * configured school): the stored list is not cut short at a few thousand characters (V7).
 */
@QuarkusTest
class ManySchoolsTest {

    @Test
    void shouldKeepAUserAndAKeyBoundToAThousandSchools() {
        Set<String> schools = IntStream.range(0, 1000).mapToObj(i -> "academy-trust-school-" + i)
                .collect(Collectors.toSet());
        String name = "la-officer-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount user = new UserAccount();
            user.username = name;
            user.passwordHash = "not-a-real-hash";
            user.role = Roles.AUDITOR;
            user.schoolIds = SchoolIds.format(schools);
            user.createdAt = Instant.now();
            user.createdBy = "test";
            user.persist();
        });
        Set<String> read = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.<UserAccount>findByIdOptional(name).orElseThrow().schools());
        assertEquals(schools, read);
    }
}

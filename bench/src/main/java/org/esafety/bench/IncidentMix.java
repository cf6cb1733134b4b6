package org.esafety.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.StaffRole;
import org.esafety.policy.Case;
import org.esafety.policy.IncidentFacts;
import org.esafety.policy.Party;

/**
 * A realistic mix of incidents from a fixed seed: every category in turn, every instigator kind (staff
 * with each staff role, children of 8–18), a victim or exposed party half the time, random flags.
 */
public final class IncidentMix {

    private IncidentMix() {
    }

    public static List<IncidentFacts> incidents(int size, long seed) {
        Random random = new Random(seed);
        Category[] categories = Category.values();
        PartyKind[] kinds = PartyKind.values();
        List<IncidentFacts> incidents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Category category = categories[i % categories.length];
            PartyKind instigator = kinds[(i / categories.length) % kinds.length];
            List<Party> parties = new ArrayList<>();
            parties.add(new Party(PartyRole.INSTIGATOR, instigator,
                    instigator == PartyKind.STAFF ? StaffRole.values()[random.nextInt(StaffRole.values().length)] : null,
                    instigator == PartyKind.CHILD ? 8 + random.nextInt(11) : null));
            if (random.nextBoolean()) {
                parties.add(new Party(random.nextBoolean() ? PartyRole.VICTIM : PartyRole.EXPOSED,
                        random.nextInt(4) == 0 ? PartyKind.STAFF : PartyKind.CHILD, null, 6 + random.nextInt(12)));
            }
            incidents.add(new IncidentFacts(new Case(category, null, null, null, random.nextBoolean()),
                    flags(random), parties));
        }
        return incidents;
    }

    private static Circumstances flags(Random r) {
        return new Circumstances(r.nextInt(10) == 0, r.nextBoolean(), tri(r), tri(r), tri(r), tri(r), tri(r), tri(r),
                tri(r), tri(r), tri(r), r.nextInt(8) == 0, r.nextInt(10) == 0, tri(r), tri(r), tri(r), tri(r),
                r.nextBoolean(), r.nextBoolean(), null, null);
    }

    private static Boolean tri(Random r) {
        int n = r.nextInt(3);
        return n == 0 ? null : n == 1;
    }
}

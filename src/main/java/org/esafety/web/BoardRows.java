package org.esafety.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.esafety.incident.Category;

/** What the board shows of each action's incident beside the action: its category, in one query per page. */
@ApplicationScoped
public class BoardRows {

    private final EntityManager em;

    public BoardRows(EntityManager em) {
        this.em = em;
    }

    public Map<UUID, Category> categories(Collection<UUID> incidentIds) {
        Map<UUID, Category> categories = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return categories;
        }
        List<Object[]> found = em.createQuery("select i.id, i.category from Incident i where i.id in :ids", Object[].class)
                .setParameter("ids", incidentIds.stream().distinct().toList()).getResultList();
        for (Object[] row : found) {
            categories.put((UUID) row[0], (Category) row[1]);
        }
        return categories;
    }
}

package org.esafety.action;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the action catalogue injectable, read once. */
public class CatalogueProducer {

    @Produces
    @Singleton
    ActionCatalogue catalogue() {
        return ActionCatalogue.standard();
    }
}

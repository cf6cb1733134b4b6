package org.esafety.school;

import org.esafety.common.ResourceNotFoundException;

/** No school profile with this id. */
public class SchoolNotFoundException extends ResourceNotFoundException {

    public SchoolNotFoundException(String id) {
        super("no school profile with that id");
    }
}

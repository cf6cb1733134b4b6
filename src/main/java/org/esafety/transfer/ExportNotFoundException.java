package org.esafety.transfer;

import java.util.UUID;

import org.esafety.common.ResourceNotFoundException;

/** No export of this pupil's file with this id that the caller may see: 404. */
public class ExportNotFoundException extends ResourceNotFoundException {

    public ExportNotFoundException(UUID id) {
        super("no export " + id + " of this pupil's file at a school of yours");
    }
}

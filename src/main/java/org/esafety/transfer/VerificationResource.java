package org.esafety.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Roles;
import org.esafety.common.InvalidRequestException;

/** Checks a child's file archive against this service's signing key. */
@Path("/api/transfer/verification")
@Tag(name = "Audit")
public class VerificationResource {

    private final Signatures signatures;

    public VerificationResource(Signatures signatures) {
        this.signatures = signatures;
    }

    @POST
    @RolesAllowed({Roles.DSL, Roles.AUDITOR})
    @Consumes({TransferResource.ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyPupilFileArchive", summary = "Verify a child's file archive (the ZIP as body)",
            description = "valid: every file is the one signed and the HMAC-SHA256 over their hashes holds under this "
                    + "service's key; files: each file's sha256 as found and as signed; reason: why not, if not. The "
                    + "body limit of every request applies (quarkus.http.limits.max-body-size).")
    @APIResponse(responseCode = "200", description = "The verification, valid or not")
    @APIResponse(responseCode = "400", description = "The body is not a ZIP archive")
    @APIResponse(responseCode = "415", description = "The body is not application/zip")
    public Signatures.Verification verify(byte[] archive) {
        if (archive == null || archive.length == 0) {
            throw new InvalidRequestException("body", "the archive (application/zip) is required");
        }
        return signatures.verify(archive);
    }
}

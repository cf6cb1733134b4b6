package org.esafety.transfer;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.esafety.access.Roles;

/** A pupil's child-protection file sent to the pupil's next school, its exports and their receipts (DSL only). */
@Path("/api/pupils/{ref}/file")
@RolesAllowed(Roles.DSL)
@Tag(name = "Incidents")
public class TransferResource {

    static final String ZIP = "application/zip";

    private final Transfers transfers;
    private final TransferReceipts receipts;

    public TransferResource(Transfers transfers, TransferReceipts receipts) {
        this.transfers = transfers;
        this.receipts = receipts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPupilFile", summary = "Export the pupil's child-protection file to another school",
            description = "One signed ZIP archive (file.json, file.pdf, signature.json) of every incident of the school "
                    + "in which the pupil is a party and which the caller may open, with actions, notes, outcomes, "
                    + "closure and each incident's audit-chain verification; other parties by role and kind only; no "
                    + "images. The export is recorded and audited in each incident's chain.")
    @APIResponse(responseCode = "201", description = "The export, with the archive's link and the receipt's due date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    @APIResponse(responseCode = "400", description = "toSchool, reason, schoolId or ref missing or too long")
    @APIResponse(responseCode = "403", description = "Not a DSL of the school")
    @APIResponse(responseCode = "409", description = "No incident names the pupil, or no signing key is configured")
    public Response export(@PathParam("ref") String ref, @QueryParam("schoolId") String schoolId,
                           ExportRequest request) {
        ExportView view = transfers.export(ref, schoolId, request);
        return Response.created(URI.create(view.archive())).entity(view).build();
    }

    @GET
    @Path("exports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPupilFileExports", summary = "The exports of the pupil's file, newest first",
            description = "Each with its receipt state: receiptDueBy (five working days after the export), overdue, "
                    + "and the receipt once recorded.")
    public List<ExportView> list(@PathParam("ref") String ref, @QueryParam("schoolId") String schoolId) {
        return transfers.list(ref, schoolId);
    }

    @GET
    @Path("exports/{id}/archive")
    @Produces(ZIP)
    @Operation(operationId = "getPupilFileArchive", summary = "The archive exactly as exported (application/zip)")
    @APIResponse(responseCode = "200", description = "The ZIP archive",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such export of this pupil at a school of yours")
    public Response archive(@PathParam("ref") String ref, @PathParam("id") UUID id) {
        Transfers.Archived archived = transfers.archive(ref, id);
        return Response.ok(archived.bytes(), ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + archived.fileName() + "\"").build();
    }

    @POST
    @Path("exports/{id}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPupilFileReceipt", summary = "Record that the receiving school has the file",
            description = "Marked by hand by a DSL, or posted by the receiving school's system with an API key of the "
                    + "dsl role of the sending school. Once: a second receipt is refused (409).")
    @APIResponse(responseCode = "200", description = "The export with its receipt")
    @APIResponse(responseCode = "409", description = "The receipt is recorded already")
    public ExportView receipt(@PathParam("ref") String ref, @PathParam("id") UUID id, ReceiptRequest request) {
        return receipts.record(ref, id, request);
    }
}

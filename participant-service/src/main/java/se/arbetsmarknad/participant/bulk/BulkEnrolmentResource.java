package se.arbetsmarknad.participant.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.participant.common.Actors;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/participants/bulk")
@Tag(name = "Deltagare / Participants")
public class BulkEnrolmentResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    BulkEnrolmentService service;
    @Inject
    Actors actors;

    @POST
    @RolesAllowed(Roles.CASE_OFFICER)
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, BulkEnrolmentResource.XLSX })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skriv in från remisslista (CSV eller Excel) / Bulk enrolment from a referral list (CSV or Excel)",
            description = "CSV (',' eller ';', UTF-8 eller Windows-1252) eller Excel (.xlsx, första bladet). Rubrikrad med kolumnnamn (personnummer krävs; övriga: firstName, lastName, officer, enrolledOn, gender, "
                    + "bornAbroad, educationLevel, swedishLevel, childrenInHousehold, singleParent, assistanceSince, supportObstacle, "
                    + "referralSource, occupationInterests (mellanslag- eller |-separerade), drivingLicence, protectedIdentity; stora och små bokstäver lika). Ja/nej som ja, j, x, nej, n, 1, 0; datum ÅÅÅÅ-MM-DD. "
                    + "Alla rader kontrolleras först; har någon fel skrivs inget och svaret är 400 med fel per rad (rows[n].fält). / "
                    + "Header row; every row is validated first; if any fails nothing is written and the answer is 400 listing each row's errors.")
    @RequestBody(content = { @Content(mediaType = "text/csv", examples = @ExampleObject(name = "remisslista",
            value = "personnummer;firstName;lastName;gender;educationLevel;swedishLevel;assistanceSince;referralSource;drivingLicence\n"
                    + "20040312-2383;Sara;Ali;K;forgymnasial;sfi-2;2025-01-01;ekonomiskt-bistand;nej\n")),
            @Content(mediaType = XLSX) })
    @APIResponse(responseCode = "201", description = "Alla inskrivna, resultat per rad / all enrolled, per-row result")
    @APIResponse(responseCode = "400", description = "Fel per rad; inget skrevs / per-row errors; nothing written")
    public Response enrol(byte[] file) {
        return Response.status(201).entity(service.enrol(actors.current(), file)).build();
    }
}

package se.arbetsmarknad.participant.intervention;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import se.arbetsmarknad.participant.intervention.InterventionDtos.KindView;
import se.arbetsmarknad.participant.intervention.InterventionDtos.NewKind;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/intervention-kinds")
@Tag(name = "Insatstyper / Intervention kinds", description = "Referensdata / reference data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KindResource {

    @Inject
    InterventionService service;

    @GET
    @Authenticated
    @Operation(summary = "Insatstyper / Intervention kinds", description = "Kod, kategori, svenskt och engelskt namn / code, category, names")
    @APIResponse(responseCode = "200", description = "Typerna / the kinds")
    public List<KindView> list() {
        return service.kinds();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Lägg till insatstyp / Add an intervention kind")
    @APIResponse(responseCode = "201", description = "Tillagd / added")
    @APIResponse(responseCode = "409", description = "Koden finns redan / code exists")
    public Response add(@Valid @NotNull NewKind kind) {
        return Response.status(201).entity(service.addKind(kind)).build();
    }
}

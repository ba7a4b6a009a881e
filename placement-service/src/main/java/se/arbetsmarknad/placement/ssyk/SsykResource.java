package se.arbetsmarknad.placement.ssyk;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;

@Path("/api/ssyk")
@Tag(name = "SSYK 2012", description = "Yrkesklassificering / Occupational classification")
public class SsykResource {

    @Inject
    SsykCatalogue catalogue;

    @GET
    @RolesAllowed({Roles.CASE_OFFICER, Roles.PLACEMENT_PROVIDER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Sök i SSYK 2012 / Search SSYK 2012", description = "q: kod eller del av namn; level: 1-4 / q: code prefix or part of the name; level: 1-4")
    public List<SsykCatalogue.Entry> search(@QueryParam("q") String q, @QueryParam("level") Integer level) {
        return catalogue.search(q, level);
    }
}

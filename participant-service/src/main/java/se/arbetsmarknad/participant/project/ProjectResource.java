package se.arbetsmarknad.participant.project;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import se.arbetsmarknad.participant.project.ProjectService.ProjectView;

@Path("/api/projects")
@Tag(name = "Projekt / Projects", description = "Externt finansierade projekt (ESF, Finsam) / externally funded projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService service;

    @GET
    @Authenticated
    @Operation(summary = "Projekt och delprojekt / Projects and sub-projects")
    @APIResponse(responseCode = "200", description = "Projekten / the projects")
    public List<ProjectView> projects() {
        return service.projects();
    }
}

package se.arbetsmarknad.goals.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER })
@Tag(name = "Uppföljning / Follow-up", description = "Frysta månadsuppföljningar, delår och årsbokslut / "
        + "Frozen monthly, interim and year-end follow-ups")
public class FollowUpResource {

    @Inject
    FollowUpService followUps;
    @Inject
    CurrentUser user;

    @Schema(description = "Frys en avslutad månad / Freeze an ended month")
    public record FreezeRequest(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Schema(example = "2022-08") String month,
            @Pattern(regexp = "monthly|interim|year-end")
            @Schema(description = "Härleds när den saknas / Derived when absent", example = "interim") String kind) {
    }

    @Schema(description = "Kommentar / Comment")
    public record CommentRequest(@NotBlank @Size(max = 8000)
            @Schema(example = "Praktik ökar under hösten med Framsteget.") String text) {
    }

    public record CommentView(UUID id, String author, OffsetDateTime writtenAt, String text) {
    }

    public record RowView(UUID goalId, String title, String target, String targetKind, String unit, String statistic,
            Double actual, Double forecast, String forecastMethod, String computedStatus, String judgement,
            String judgementComment, String judgedBy) {
    }

    @Schema(description = "En fryst uppföljning / A frozen follow-up")
    public record FollowUpView(UUID id, UUID planId, @Schema(example = "2022-08") String month,
            @Schema(example = "interim") String kind, LocalDate asOf, OffsetDateTime frozenAt, String frozenBy,
            List<RowView> goals, List<CommentView> comments) {

        public static FollowUpView of(FollowUp f) {
            return new FollowUpView(f.id, f.planId, f.month, f.kind, f.asOf, f.frozenAt, f.frozenBy,
                    f.rows.stream().map(r -> new RowView(r.goalId, r.title, r.target, r.targetKind, r.unit, r.statistic,
                            r.actual, r.forecast, r.forecastMethod, r.computedStatus, r.judgement, r.judgementComment,
                            r.judgedBy)).toList(),
                    f.comments.stream().map(c -> new CommentView(c.id, c.author, c.writtenAt, c.text)).toList());
        }
    }


    @GET
    @Path("{id}")
    @Operation(summary = "Läs en uppföljning / Read a follow-up")
    @APIResponse(responseCode = "404", description = "Finns inte / Not found")
    public FollowUpView get(@PathParam("id") UUID id) {
        return FollowUpView.of(followUps.get(id));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Kommentera en uppföljning / Comment on a follow-up")
    @APIResponse(responseCode = "201", description = "Sparad / Saved")
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull CommentRequest request) {
        return Response.status(201).entity(FollowUpView.of(followUps.comment(id, request.text(), user.username())))
                .build();
    }
}

package se.arbetsmarknad.platform.testing.contract;

import java.util.Arrays;
import java.util.Map;

import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * The columns of an access table: who calls, and whether the request names the fixture's resources
 * (in the scope of the primary case officer and provider) or resources that do not exist.
 */
public enum Caller {
    ANONYMOUS("anonymous", false),
    EXPIRED("expired", false),
    CASE_OFFICER("case-officer", false),
    PLACEMENT_PROVIDER("placement-provider", false),
    MANAGER("manager", false),
    ADMIN("admin", false),
    /** A case officer of another unit asking for the fixture's resources: they exist, outside their scope. */
    OFFICER_OTHER_UNIT("officer-other-unit", false),
    /** A provider of another organisation asking for the fixture's resources. */
    PROVIDER_OTHER_ORG("provider-other-org", false),
    /** The primary case officer naming resources that do not exist. */
    OFFICER_UNKNOWN_ID("officer-unknown-id", true),
    PROVIDER_UNKNOWN_ID("provider-unknown-id", true),
    ADMIN_UNKNOWN_ID("admin-unknown-id", true);

    private final String column;
    private final boolean unknownIds;

    Caller(String column, boolean unknownIds) {
        this.column = column;
        this.unknownIds = unknownIds;
    }

    public String column() {
        return column;
    }

    /** True when the request names the fixture's unknown ids instead of its own. */
    public boolean unknownIds() {
        return unknownIds;
    }

    public static Caller ofColumn(String column) {
        return Arrays.stream(values()).filter(c -> c.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown caller column '" + column + "'"));
    }

    /** The bearer token of this caller in {@code scope}, or null for no token at all. */
    public String token(AccessFixture.Scope scope) {
        return switch (this) {
            case ANONYMOUS -> null;
            case EXPIRED -> TestTokens.expired("expired.admin", Map.of(), "admin");
            case CASE_OFFICER, OFFICER_UNKNOWN_ID -> TestTokens.caseOfficer("matrix.officer", scope.unit());
            case PLACEMENT_PROVIDER, PROVIDER_UNKNOWN_ID -> TestTokens.provider("matrix.provider", scope.organisation());
            case MANAGER -> TestTokens.manager("matrix.manager");
            case ADMIN, ADMIN_UNKNOWN_ID -> TestTokens.admin("matrix.admin");
            case OFFICER_OTHER_UNIT -> TestTokens.caseOfficer("matrix.officer.other", scope.otherUnit());
            case PROVIDER_OTHER_ORG -> TestTokens.provider("matrix.provider.other", scope.otherOrganisation());
        };
    }
}

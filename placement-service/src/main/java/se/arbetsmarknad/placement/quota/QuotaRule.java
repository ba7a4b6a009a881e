package se.arbetsmarknad.placement.quota;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.placement.placement.PlacementKind;

/** The fördelningsmodell's rule (a single row): a share of employees, or a city-wide total. */
@Entity
@Table(name = "quota_rule")
public class QuotaRule extends PanacheEntityBase {
    @Id
    public int id = 1;
    public QuotaMethod method;
    public BigDecimal sharePercent;
    public Integer total;
    /** Comma-separated placement kinds (codes) that count as places in the table. */
    public String kinds;
    public String updatedBy;
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public List<PlacementKind> kindList() {
        return Arrays.stream(kinds.split(",")).filter(s -> !s.isBlank())
                .map(code -> Coded.find(PlacementKind.class, code).orElseThrow()).toList();
    }

    public static QuotaRule current() {
        return findById(1);
    }
}

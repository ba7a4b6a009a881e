package se.arbetsmarknad.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.arbetsmarknad.web.clients.PlacementDtos.QuotaRule;
import se.arbetsmarknad.web.clients.PlacementDtos.QuotaRuleChange;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.errors.Snapshot;
import se.arbetsmarknad.web.format.Formats;
import se.arbetsmarknad.web.format.Labels;

/** The fördelningsmodell's rule as form fields, and as the form shows it (for a stale save's list of changes). */
final class QuotaRuleForm {

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("method", "Regel");
        LABELS.put("sharePercent", "Andel av de anställda (procent)");
        LABELS.put("total", "Totalt antal platser i kommunen");
        LABELS.put("kinds", "Slag av platser som räknas");
    }

    private QuotaRuleForm() {
    }

    static QuotaRuleChange read(Form f) {
        return new QuotaRuleChange(f.raw("method"), FormInput.decimal(f, "sharePercent"), FormInput.integer(f, "total"),
                FormInput.values(f, "kinds"));
    }

    static Form fill(Form f, QuotaRule r) {
        f.value("method", r.method()).value("total", r.total()).value("version", r.version())
                .value("sharePercent", r.sharePercent() == null ? null : r.sharePercent().stripTrailingZeros().toPlainString().replace('.', ','));
        if (r.kinds() != null) {
            f.value("kinds", String.join("\n", r.kinds()));
        }
        return f.value(Snapshot.FIELD, displayed(r.method(), r.sharePercent(), r.total(), r.kinds()).encode());
    }

    static Snapshot displayed(String method, java.math.BigDecimal share, Integer total, List<String> kinds) {
        return new Snapshot().put("method", Labels.of("quotaMethod", method)).put("sharePercent", Formats.number(share))
                .put("total", Formats.number(total))
                .put("kinds", kinds == null ? null : String.join(", ", kinds.stream().map(k -> Labels.of("placementKind", k)).toList()));
    }
}

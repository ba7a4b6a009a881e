package se.arbetsmarknad.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.platform.problem.ProblemException;

/** Format, century, date and check digit rules of personnummer and samordningsnummer (plain unit test). */
class PersonnummerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void everyAcceptedFormGivesTheSameCanonicalForm() {
        // 811218-9876 is Skatteverket's textbook example.
        for (String form : new String[] { "811218-9876", "8112189876", "19811218-9876", "198112189876", " 19811218-9876 " }) {
            Personnummer p = Personnummer.parse(form, TODAY, "personnummer");
            assertThat(p.canonical()).isEqualTo("19811218-9876");
            assertThat(p.birthDate()).isEqualTo(LocalDate.of(1981, 12, 18));
            assertThat(p.gender()).isEqualTo('M');
            assertThat(p.coordinationNumber()).isFalse();
        }
    }

    @Test
    void plusMeansAHundredYearsOrOlderAndTheCenturyFollowsToday() {
        String nine = "201124" + "123";
        String check = String.valueOf(Personnummer.luhn(nine));
        assertThat(Personnummer.parse("201124-123" + check, TODAY, "p").canonical()).isEqualTo("20201124-123" + check);
        assertThat(Personnummer.parse("201124+123" + check, TODAY, "p").canonical()).isEqualTo("19201124-123" + check);
        // Tomorrow's date in this year-of-century: the person was born a century ago.
        String check3 = String.valueOf(Personnummer.luhn("261124" + "123"));
        assertThat(Personnummer.parse("261124-123" + check3, TODAY, "p").canonical()).isEqualTo("19261124-123" + check3);
        String nine2 = "051122" + "246";
        String check2 = String.valueOf(Personnummer.luhn(nine2));
        assertThat(Personnummer.parse("051122-246" + check2, TODAY, "p").canonical()).isEqualTo("20051122-246" + check2);
        assertThat(Personnummer.parse("051122-246" + check2, TODAY, "p").gender()).isEqualTo('K');
    }

    @Test
    void samordningsnummerHasDayPlusSixty() {
        String nine = "811278" + "987";
        String pnr = "19811278-987" + Personnummer.luhn(nine);
        Personnummer p = Personnummer.parse(pnr, TODAY, "personnummer");
        assertThat(p.coordinationNumber()).isTrue();
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1981, 12, 18));
        assertThat(p.canonical()).isEqualTo(pnr);
    }

    @Test
    void rejectsWrongCheckDigitDateFormatAndFuture() {
        for (String bad : new String[] { "19811218-9875", "19811318-9876", "19810230-1234", "19811292-1234", "1981-12-18",
                "abc", "", "19811218+9876", "20301218-1234", "19811218 9876", "811218 9876", "811218.9876", "19811218.9876",
                "19811218--9876", "８１１２１８-９８７６" }) {
            assertThatThrownBy(() -> Personnummer.parse(bad, TODAY, "personnummer"))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("personnummer"));
        }
        assertThat(Personnummer.parse("19811218-9876", TODAY, "p").toString()).doesNotContain("9876");
    }

    @Test
    void birthNumber000IsNeverIssued() {
        String check = String.valueOf(Personnummer.luhn("811218" + "000"));
        for (String form : new String[] { "19811218-000" + check, "811218-000" + check, "811218000" + check }) {
            assertThatThrownBy(() -> Personnummer.parse(form, TODAY, "personnummer"))
                    .isInstanceOf(ProblemException.class).hasMessageContaining("000");
        }
    }

    @Test
    void plusIsAcceptedInTheTwelveDigitFormWhenThePersonIsAHundredOrOlder() {
        // Born 1925: 100 or older in 2026, so '+' in either form; the canonical form always has '-'.
        String check = String.valueOf(Personnummer.luhn("251124" + "123"));
        assertThat(Personnummer.parse("19251124+123" + check, TODAY, "p").canonical()).isEqualTo("19251124-123" + check);
        assertThat(Personnummer.parse("251124+123" + check, TODAY, "p").canonical()).isEqualTo("19251124-123" + check);
        // The year turning 100 counts (Skatteverket switches the separator on 1 January of that year).
        String check26 = String.valueOf(Personnummer.luhn("261223" + "123"));
        assertThat(Personnummer.parse("19261223+123" + check26, TODAY, "p").birthDate()).isEqualTo(LocalDate.of(1926, 12, 23));
        // '+' with a year under 100 contradicts itself.
        assertThatThrownBy(() -> Personnummer.parse("19811218+9876", TODAY, "personnummer")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("100");
    }

    /**
     * The shared test data of the personnummer libraries (github.com/personnummer/meta, testdata/list.json,
     * used by personnummer/js, personnummer/java and the others): each number in its five written forms
     * (the integer form does not apply: a JSON number is refused before it gets here), whether it is valid,
     * whether it is a samordningsnummer ("con") and the gender. Copied as data, with the source named.
     */
    @Test
    void agreesWithThePersonnummerLibrariesSharedTestData() {
        record Case(String longFormat, String shortFormat, String separated, String separatedLong, boolean valid,
                boolean coordination, boolean male) {
        }
        List<Case> cases = List.of(
                new Case("201509160006", "1509160006", "150916-0006", "20150916-0006", false, false, false),
                new Case("190905271474", "0905271474", "090527+1474", "19090527+1474", true, false, true),
                new Case("198707049996", "8707049996", "870704-9996", "19870704-9996", false, false, true),
                new Case("198211059954", "8211059954", "821105-9954", "19821105-9954", true, false, true),
                new Case("193901829913", "3901829913", "390182-9913", "19390182-9913", false, true, true),
                new Case("195705749959", "5705749959", "570574-9959", "19570574-9959", true, true, true),
                new Case("201211209941", "1211209941", "121120-9941", "20121120-9941", false, false, false),
                new Case("199012119948", "9012119948", "901211-9948", "19901211-9948", true, false, false),
                new Case("201210759984", "1210759984", "121075-9984", "20121075-9984", false, true, false),
                new Case("197306749982", "7306749982", "730674-9982", "19730674-9982", true, true, false),
                new Case("187912219990", "7912219990", "791221+9990", "18791221+9990", true, false, true),
                new Case("200012099891", "0012099891", "001209-9891", "20001209-9891", true, false, true),
                // testdata/3.1/list.json adds these
                new Case("200904179998", "0904179998", "090417-9998", "20090417-9998", false, false, true),
                new Case("197605239917", "7605239917", "760523-9917", "19760523-9917", true, false, true),
                new Case("198706769971", "8706769971", "870676-9971", "19870676-9971", false, true, true),
                new Case("200308659978", "0308659978", "030865-9978", "20030865-9978", true, true, true),
                new Case("202201319983", "2201319983", "220131-9983", "20220131-9983", false, false, false),
                new Case("196703049988", "6703049988", "670304-9988", "19670304-9988", true, false, false),
                new Case("199509729980", "9509729980", "950972-9980", "19950972-9980", false, true, false),
                new Case("198406829906", "8406829906", "840682-9906", "19840682-9906", true, true, false),
                new Case("191509149991", "1509149991", "150914+9991", "19150914+9991", true, false, true),
                new Case("200007169915", "0007169915", "000716-9915", "20000716-9915", true, false, true),
                // a space is no separator
                new Case("19090527 1474", "090527 1474", "090527 1474", "19090527 1474", false, false, true));
        List<String> interim = List.of("P", "T", "R", "S", "U", "W", "X", "J", "K", "L", "M", "N", "A");
        for (Case c : cases) {
            for (String form : List.of(c.longFormat(), c.shortFormat(), c.separated(), c.separatedLong())) {
                if (!c.valid()) {
                    assertThatThrownBy(() -> Personnummer.parse(form, TODAY, "personnummer")).as(form)
                            .isInstanceOf(ProblemException.class);
                    continue;
                }
                Personnummer p = Personnummer.parse(form, TODAY, "personnummer");
                String canonical = c.longFormat().substring(0, 8) + "-" + c.longFormat().substring(8);
                if (form.equals(c.shortFormat())) {
                    // Without a separator the century is the latest one that fits (under 100): same digits.
                    assertThat(p.canonical().substring(2)).as(form).isEqualTo(canonical.substring(2));
                } else {
                    assertThat(p.canonical()).as(form).isEqualTo(canonical);
                }
                assertThat(p.coordinationNumber()).as(form).isEqualTo(c.coordination());
                assertThat(p.gender()).as(form).isEqualTo(c.male() ? 'M' : 'K');
            }
        }
        // Interim numbers (a letter in the birth number, e.g. 20000101-P220) are not personnummer: refused.
        for (String letter : interim) {
            for (String form : List.of("20000101" + letter + "220", "000101" + letter + "220", "000101-" + letter + "220",
                    "20000101-" + letter + "220")) {
                assertThatThrownBy(() -> Personnummer.parse(form, TODAY, "personnummer")).as(form).isInstanceOf(ProblemException.class);
            }
        }
    }
}

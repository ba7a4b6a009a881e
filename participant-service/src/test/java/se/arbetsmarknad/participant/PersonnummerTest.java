package se.arbetsmarknad.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.platform.problem.ProblemException;

/** Format, century, date and check digit rules of personnummer and samordningsnummer (plain unit test). */
class PersonnummerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void everyAcceptedFormGivesTheSameCanonicalForm() {
        // 811218-9876 is Skatteverket's textbook example.
        for (String form : new String[] { "811218-9876", "8112189876", "19811218-9876", "198112189876", " 19811218 9876 " }) {
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
                "abc", "", "19811218+9876", "20301218-1234" }) {
            assertThatThrownBy(() -> Personnummer.parse(bad, TODAY, "personnummer"))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("personnummer"));
        }
        assertThat(Personnummer.parse("19811218-9876", TODAY, "p").toString()).doesNotContain("9876");
    }
}

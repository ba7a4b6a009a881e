package se.arbetsmarknad.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

class UnitScopeTest {

    @Test
    void oneUnitIncludesOnlyThatUnitInJavaAndInSql() {
        UnitScope scope = UnitScope.only("unga-18-24");
        assertTrue(scope.includes("unga-18-24"));
        assertFalse(scope.includes("arbete-forsorjning"));
        assertEquals(new UnitScope.Predicate("e.unit = :scopeUnit", Map.of("scopeUnit", "unga-18-24")), scope.sql("e.unit"));
        assertEquals("m.unit = :mine", scope.sql("m.unit", "mine").sql());
        ProblemException hidden = assertThrows(ProblemException.class, () -> scope.require("arbete-forsorjning", "Deltagaren"));
        assertEquals(ProblemType.NOT_FOUND, hidden.type());
    }

    @Test
    void everyUnitAndNoUnit() {
        assertTrue(UnitScope.ALL.includes("any"));
        assertEquals("1 = 1", UnitScope.ALL.sql("e.unit").sql());
        assertTrue(UnitScope.ALL.sql("e.unit").parameters().isEmpty());
        assertFalse(UnitScope.NONE.includes("any"));
        assertEquals("1 = 0", UnitScope.NONE.sql("e.unit").sql());
    }

    @Test
    void aRequestedUnitFilterIsNarrowedToTheScopeAndAnotherUnitIsNotFound() {
        assertNull(UnitScope.ALL.filter(null));
        assertEquals("x", UnitScope.ALL.filter("x"));
        UnitScope mine = UnitScope.only("unga-18-24");
        assertEquals("unga-18-24", mine.filter(null));
        assertEquals("unga-18-24", mine.filter(" "));
        assertEquals("unga-18-24", mine.filter("unga-18-24"));
        assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class, () -> mine.filter("other")).type());
        assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class, () -> UnitScope.NONE.filter(null)).type());
    }

    @Test
    void aUnitScopeNamesExactlyOneUnit() {
        assertThrows(IllegalArgumentException.class, () -> UnitScope.only(" "));
        assertThrows(IllegalArgumentException.class, () -> new UnitScope(UnitScope.Kind.ALL, "x"));
    }
}

package se.arbetsmarknad.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.platform.problem.ProblemException;

class PageRequestTest {

    @Test
    void defaultsLimitsAndOffsets() {
        assertEquals(new PageRequest(0, 50), PageRequest.of(null, null));
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null, 20));
        assertEquals(150, PageRequest.of(3, 50).offset());
        assertEquals("size", assertThrows(ProblemException.class, () -> PageRequest.of(0, 0)).errors().get(0).field());
        assertEquals("size", assertThrows(ProblemException.class, () -> PageRequest.of(0, 101, 100)).errors().get(0).field());
        assertEquals("page", assertThrows(ProblemException.class, () -> PageRequest.of(-1, 10)).errors().get(0).field());
        assertEquals("page", assertThrows(ProblemException.class, () -> PageRequest.of(PageRequest.MAX_PAGE + 1, 10)).errors().get(0).field());
        assertEquals("size", assertThrows(ProblemException.class, () -> new PageParams() {
            {
                size = "x";
            }
        }.request()).errors().get(0).field());
    }

    @Test
    void aPageKnowsItsLastPageAndMapsItsRows() {
        Page<Integer> p = PageRequest.of(1, 2).of(List.of(3, 4), 5);
        assertEquals(2, p.lastPage());
        assertTrue(p.hasNext());
        assertEquals(List.of("3", "4"), p.map(String::valueOf).items());
        assertEquals(0, PageRequest.of(0, 2).of(List.of(), 0).lastPage());
        assertFalse(PageRequest.of(2, 2).of(List.of(5), 5).hasNext());
    }
}

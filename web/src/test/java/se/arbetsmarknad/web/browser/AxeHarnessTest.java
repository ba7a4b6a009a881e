package se.arbetsmarknad.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.results.Rule;

/**
 * The accessibility check itself can fail: a page with typical violations (an image without text, an input
 * without a label, too little contrast, no lang) is reported with each rule, and the same page done right passes.
 */
class AxeHarnessTest extends OneBrowser {

    @Test
    void aPageWithViolationsFailsNamingEachRule() {
        browser.driver().get(page("violations.html"));
        assertThat(Axe.violations(browser.driver())).extracting(Rule::getId)
                .contains("image-alt", "label", "color-contrast", "html-has-lang");
        assertThatThrownBy(() -> Axe.assertAccessible(browser.driver(), "the broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("label");
    }

    @Test
    void theSamePageDoneRightPasses() {
        browser.driver().get(page("accessible.html"));
        Axe.assertAccessible(browser.driver(), "the fixed page");
    }

    private static String page(String name) {
        try {
            return Path.of(AxeHarnessTest.class.getResource("/axe/" + name).toURI()).toUri().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

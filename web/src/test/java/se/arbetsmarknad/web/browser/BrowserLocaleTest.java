package se.arbetsmarknad.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The test browser is a Swedish user's: it asks for Swedish pages and formats as Swedish users see it. Date
 * fields follow the browser's own locale (Intl's default), which chromium on Linux takes from the environment
 * and only with its Swedish language pack; without them every date field showed mm/dd/yyyy in the screenshots.
 */
class BrowserLocaleTest extends OneBrowser {

    @Test
    void theBrowserAsksForSwedishAndFormatsDatesTheSwedishWay() throws URISyntaxException {
        browser.driver().get(Path.of(BrowserLocaleTest.class.getResource("/axe/accessible.html").toURI()).toUri().toString());
        assertThat(browser.driver().executeScript("return navigator.languages.join(',')")).isEqualTo("sv-SE,sv");
        assertThat(browser.driver().executeScript("return Intl.DateTimeFormat().resolvedOptions().locale")).isIn("sv", "sv-SE");
        assertThat(browser.driver().executeScript("return new Date(2026, 11, 1).toLocaleDateString()")).isEqualTo("2026-12-01");
    }
}

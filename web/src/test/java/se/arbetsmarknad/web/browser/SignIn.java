package se.arbetsmarknad.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs in the way a user does: the web app sends the browser to Keycloak's login page and back. */
public final class SignIn {

    public static final String PASSWORD = "demo";

    private SignIn() {
    }

    /** The web application's address: -Dweb.url, else SUITE_WEB_PORT on localhost, else 8080. */
    public static String baseUrl() {
        String url = System.getProperty("web.url", "");
        if (url.isBlank() || url.startsWith("$")) {
            String port = System.getenv().getOrDefault("SUITE_WEB_PORT", "8080");
            url = "http://localhost:" + port;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Opens {@code path}, signs in on the provider's page as {@code user}, and waits until back on the app. */
    public static void as(WebDriver driver, String user, String path) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl() + path);
        WebDriverWait wait = new WebDriverWait(driver, Browser.WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(baseUrl()) && d.findElements(By.id("innehall")).size() == 1);
    }

    public static void as(Browser browser, String user, String path) {
        as(browser.driver(), user, path);
    }

    public static void signOut(Browser browser) {
        signOut(browser.driver());
    }

    public static void signOut(WebDriver driver) {
        driver.get(baseUrl() + "/logga-ut");
        new WebDriverWait(driver, Browser.WAIT).until(d -> d.getCurrentUrl().contains("/utloggad")
                || d.getPageSource().contains("Du är utloggad"));
    }
}

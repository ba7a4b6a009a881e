package se.arbetsmarknad.web.layout;

import io.quarkus.qute.TemplateExtension;

/**
 * What user tags need from the request ({@code {web:csrf}}, {@code {web:today}}): tags are isolated from
 * the page's data, namespaced extensions reach them everywhere.
 */
@TemplateExtension(namespace = "web")
public final class WebExtensions {

    private WebExtensions() {
    }

    public static String csrf() {
        return Globals.csrf();
    }

    public static String today() {
        return Globals.today();
    }
}

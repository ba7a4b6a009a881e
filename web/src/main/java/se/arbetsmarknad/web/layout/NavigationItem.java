package se.arbetsmarknad.web.layout;

/** A link in the main menu; {@code order} sorts the menu (lower first). */
public record NavigationItem(String label, String href, int order) {
}

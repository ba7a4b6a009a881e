package se.arbetsmarknad.reporting.charts;

import java.awt.Color;

/**
 * Colours of Försäkringskassan's design system FKUI (the look of the suite's web pages), as named in
 * {@code @fkui/theme-default} 6.59.0 ({@code dist/palette.json}; MIT). Series colours are the palette's
 * full-strength tones; each has at least 3:1 contrast against the white background (WCAG 2.1 1.4.11),
 * and no chart relies on colour alone: lines differ in marker and dash, bars in fill pattern.
 */
final class FkuiPalette {

    static final Color BLACK_100 = new Color(0x1b1e23);
    static final Color BLACK_70 = new Color(0x5f6165);
    static final Color BLACK_50 = new Color(0x8d8e91);
    static final Color BLACK_15 = new Color(0xddddde);
    static final Color WHITE = Color.WHITE;
    static final Color BLUEBELL_100 = new Color(0x4a52b6);
    static final Color GREEN_A_100 = new Color(0x116a3e);
    static final Color PLOMMON_100 = new Color(0xa73a64);
    static final Color SENAP_100 = new Color(0xba7918);
    static final Color HAV_100 = new Color(0x4c669f);
    static final Color TEGEL_100 = new Color(0xd34503);

    /** Series colours in order: the first series gets bluebell, the second green A, and so on. */
    static final Color[] SERIES = {BLUEBELL_100, GREEN_A_100, BLACK_70, PLOMMON_100, SENAP_100, HAV_100, TEGEL_100};

    /** FKUI's font stack ({@code --f-font-family}) for text in SVG, where the reader's browser has the fonts. */
    static final String FONT_FAMILY = "ExpFont, NeueHass, Helvetica Neue, Helvetica, Roboto, Arial, sans-serif";

    private FkuiPalette() {
    }
}

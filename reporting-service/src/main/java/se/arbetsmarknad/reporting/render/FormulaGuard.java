package se.arbetsmarknad.reporting.render;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return may be run as a formula when the file is
 * opened in Excel or LibreOffice. Free text in reports (goal titles, comments, organisation names) comes
 * from users, so such text is written with a leading apostrophe, which spreadsheets read as "this is
 * text" and do not show. Numbers are never guarded: they are written as numbers.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it is safe to write into a CSV field. */
    static String guard(String text) {
        return isRisky(text) ? "'" + text : text;
    }
}

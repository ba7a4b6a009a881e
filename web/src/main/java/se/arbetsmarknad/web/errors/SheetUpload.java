package se.arbetsmarknad.web.errors;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Locale;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A spreadsheet (Excel or CSV) on a two-step upload page (bulk registration of placements, the monthly assistance
 * figures): step 1 reads the chosen file and the service checks it as a dry run; step 2 sends the same file
 * again, carried back in the report page's form as base64, so no replica has to keep uploads. Either way a
 * file that cannot be taken is a Swedish sentence for the page instead.
 */
public record SheetUpload(byte[] bytes, String type, String filename) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    /** The file, or why there is none. */
    public record Read(SheetUpload upload, String problem) {
    }

    /** Step 1: the form's file, at most {@code maxBytes}. */
    public static Read fromForm(FileUpload file, long maxBytes) {
        if (file == null || file.size() == 0) {
            return problem("Välj en fil att läsa in (CSV eller Excel).");
        }
        if (file.size() > maxBytes) {
            return problem("Filen är större än " + maxBytes / 1_000_000 + " MB. Dela upp den i flera filer.");
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return new Read(new SheetUpload(bytes, typeOf(file.fileName(), bytes), name(file.fileName())), null);
        } catch (IOException e) {
            return problem("Filen gick inte att läsa. Försök igen.");
        }
    }

    /** Step 2: the file as the report page's form carried it back ({@link #content()}, its type and name). */
    public static Read fromConfirmation(String content, String type, String filename, long maxBytes) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content == null ? "" : content);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length == 0 || bytes.length > maxBytes) {
            return problem("Filen kom inte med. Läs in den igen.");
        }
        return new Read(new SheetUpload(bytes, XLSX.equals(type) ? XLSX : CSV, name(filename)), null);
    }

    /** The bytes as base64, for the confirmation form's hidden field. */
    public String content() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Excel by its name or its zip signature, CSV otherwise. */
    public static String typeOf(String filename, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip || (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")) ? XLSX : CSV;
    }

    private static String name(String filename) {
        return filename == null || filename.isBlank() ? null : filename.strip();
    }

    private static Read problem(String sentence) {
        return new Read(null, sentence);
    }
}

package se.arbetsmarknad.platform.http;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * The paging query parameters every list takes: {@code ?page=0&size=50}. Use it as
 * {@code @BeanParam PageParams paging} and call {@link #request()}. The values are read as text so that
 * {@code size=x} is a 400 naming {@code size}, not JAX-RS' bare 404.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Sidnummer från 0 / page number from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + PageRequest.MAX_PAGE,
                    defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Rader per sida / rows per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
    String size;

    public PageParams() {
    }

    public PageParams(Integer page, Integer size) {
        this.page = page == null ? null : page.toString();
        this.size = size == null ? null : size.toString();
    }

    /** @throws ProblemException 400 naming page or size */
    public PageRequest request() {
        return request(PageRequest.MAX_SIZE);
    }

    /** With the list's own, lower limit of rows per page. */
    public PageRequest request(int maxSize) {
        return PageRequest.of(number(page, "page"), number(size, "size"), maxSize);
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "ska vara ett heltal / must be a whole number");
        }
    }
}

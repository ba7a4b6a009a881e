package se.arbetsmarknad.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpMethod;

class JsonBodyFirstTest {

    @Test
    void readsJsonBodiesOfWritesFirst() {
        assertTrue(JsonBodyFirst.isJson(HttpMethod.POST, "application/json"));
        assertTrue(JsonBodyFirst.isJson(HttpMethod.PUT, "Application/JSON; charset=UTF-8"));
        assertTrue(JsonBodyFirst.isJson(HttpMethod.PATCH, "application/merge-patch+json"));
    }

    @Test
    void leavesUploadsFormsAndReadsToStream() {
        assertFalse(JsonBodyFirst.isJson(HttpMethod.POST, "text/csv"));
        assertFalse(JsonBodyFirst.isJson(HttpMethod.POST, "multipart/form-data; boundary=x"));
        assertFalse(JsonBodyFirst.isJson(HttpMethod.POST, "application/x-www-form-urlencoded"));
        assertFalse(JsonBodyFirst.isJson(HttpMethod.POST, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertFalse(JsonBodyFirst.isJson(HttpMethod.POST, null));
        assertFalse(JsonBodyFirst.isJson(HttpMethod.GET, "application/json"));
        assertFalse(JsonBodyFirst.isJson(HttpMethod.DELETE, "application/json"));
    }
}

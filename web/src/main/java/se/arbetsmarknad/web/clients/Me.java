package se.arbetsmarknad.web.clients;

import java.util.List;

/** GET /api/me of every service: who the service thinks the caller is. */
public record Me(String username, List<String> roles, String unit, String organisation) {
}

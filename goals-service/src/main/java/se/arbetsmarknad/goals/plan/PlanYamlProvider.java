package se.arbetsmarknad.goals.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;


/**
 * A plan document as YAML over HTTP ({@code application/yaml}, {@code text/yaml}): JAX-RS picks it by
 * Content-Type and Accept like the JSON it stands beside, so the resources only declare what they take
 * and give. Validation stays with {@code @Valid} on the resource parameter.
 */
@Provider
@Consumes({ PlanFormats.YAML, PlanFormats.TEXT_YAML })
@Produces(PlanFormats.YAML)
public class PlanYamlProvider implements MessageBodyReader<PlanDocument>, MessageBodyWriter<PlanDocument> {

    @Inject
    PlanFormats formats;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PlanDocument.class.equals(type);
    }

    @Override
    public PlanDocument readFrom(Class<PlanDocument> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        return formats.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PlanDocument.class.equals(type);
    }

    @Override
    public void writeTo(PlanDocument doc, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", PlanFormats.YAML + ";charset=UTF-8");
        out.write(formats.write(doc, true).getBytes(StandardCharsets.UTF_8));
    }
}

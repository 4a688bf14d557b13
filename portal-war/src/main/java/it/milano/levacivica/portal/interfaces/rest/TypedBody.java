package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.interfaces.JsonBuilders;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON bodies of the API into the portal's command records, typed, before any service sees them
 * ({@link TypedJson}): a value of the wrong type (a text for {@code minutes}, an unknown name of a list, a
 * date that is not one) answers 400 {@code /problems/invalid-input} with every such field named in
 * {@code errors}. A body that is not JSON, or not an object, answers 400 {@code /problems/malformed-body};
 * an empty body or JSON {@code null} is no command at all (the services say which fields are required).
 * The body has already passed {@link BodyLimit}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class TypedBody implements MessageBodyReader<Record> {

    /** The server's JSON-P provider, looked up once, when the first body is read. */
    private static final class Readers {
        static final JsonReaderFactory FACTORY = JsonBuilders.PROVIDER.createReaderFactory(Map.of());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("it.milano.levacivica.portal.") && TypedJson.supports(type);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readAllBytes();
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        JsonValue json;
        try (JsonReader reader = Readers.FACTORY.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException(e);
        }
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(json instanceof JsonObject object)) {
            throw new BadRequestException(new JsonException("the body is not a JSON object"));
        }
        List<TypedJson.FieldError> errors = new ArrayList<>();
        Record command = TypedJson.read(type, object, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return command;
    }

    /** Thrown, as a 400 naming each field, when values of a body are not of their fields' types. */
    public static final class Invalid extends WebApplicationException {
        private static final long serialVersionUID = 1L;

        private final transient List<TypedJson.FieldError> errors;

        Invalid(List<TypedJson.FieldError> errors) {
            super(Response.Status.BAD_REQUEST);
            this.errors = List.copyOf(errors);
        }

        /** @return the fields, in the order of the body's record */
        List<TypedJson.FieldError> errors() {
            return errors;
        }
    }
}

package scot.cairn.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Every string in a JSON body is read as Jackson reads it, then refused when it holds a NUL character, so the API
 * answers 400 naming the field ({@link JsonProblems}) instead of failing when PostgreSQL will not store it.
 */
@Configuration(proxyBeanMethods = false)
class JsonStrings {

    @Bean
    JacksonModule nulFreeStrings() {
        return new SimpleModule("cairn-nul-free-strings").addDeserializer(String.class, new NulFree());
    }

    /** Thrown for a string with a NUL; {@link JsonProblems} words it. */
    static final class NulInString extends InvalidFormatException {
        NulInString(JsonParser parser, String value) {
            super(parser, "A string holds a NUL character", value, String.class);
        }
    }

    static final class NulFree extends StdScalarDeserializer<String> {

        NulFree() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(parser, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulInString(parser, value);
            }
            return value;
        }
    }
}

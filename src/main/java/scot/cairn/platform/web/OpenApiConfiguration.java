package scot.cairn.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API at {@code /v3/api-docs}: every operation needs a personal API token sent
 * as a bearer token, and every error answer is an RFC 9457 problem (see {@link ApiErrors}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI cairnOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Cairn API")
                        .version("v1")
                        .description("Run Public Social Partnerships from first idea to awarded contract: partnerships,"
                                + " partners and members, stages and gates. Errors are RFC 9457 Problem Details;"
                                + " invalid input answers 400 with an 'errors' list of {field, message}, a missing or"
                                + " unknown token 401, a change you may not make 403, a record you may not see 404,"
                                + " and a change based on a stale version 409."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, shown once when it is created:"
                                                + " 'Authorization: Bearer <token>'.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Describes every error answer as a problem, and adds the 400 and 401 answers the handlers do not declare. The
     * problem schema is added here, after springdoc has dropped schemas nothing referred to yet.
     */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problem());
            api.getPaths().values().forEach(path -> path.readOperationsMap().forEach(OpenApiConfiguration::problems));
        };
    }

    private static void problems(PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        if (method != PathItem.HttpMethod.GET || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
            responses.putIfAbsent("400", new ApiResponse().description("Invalid input: see 'errors'"));
        }
        responses.putIfAbsent("401", new ApiResponse().description("No valid bearer token"));
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) {
                response.content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    private static Schema<?> problem() {
        var fieldMessage = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, as a JSON path; empty for the whole"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 Problem Details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldMessage).description("Only for 400"));
    }
}
